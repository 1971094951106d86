import type { OpenDataFile } from '../publish/open-data-files.ts';

/** One dataset on the open data page: its CSV with the size a reader downloads, and the JSON beside it. */
export interface DataFileRow {
  title: string;
  csv: string;
  json: string;
  /** "3 KB": whole kilobytes of the UTF-8 body, at least 1. */
  size: string;
}

/** A row for each CSV of the open data, in their order. */
export function dataFileRows(files: readonly OpenDataFile[]): DataFileRow[] {
  const encoder = new TextEncoder();
  return files
    .filter((f) => f.mediaType === 'text/csv')
    .map((f) => ({ title: f.title, csv: f.name, json: f.name.replace(/\.csv$/, '.json'), size: `${Math.max(1, Math.round(encoder.encode(f.body).length / 1024))} KB` }));
}
