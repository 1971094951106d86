import { KINDS, TRACK_OF_KIND, TRACKS, type Kind, type Outcome, type Track } from '../../schemas/vocabulary.ts';
import { REPORT_MEASURES, type PlaceLevel, type ReportMeasure } from '../../i18n/report.ts';
import type { StoredResult } from '../../schemas/result.ts';
import type { TargetMeasure, TargetScope } from '../../schemas/target.ts';
import type { Unit } from '../../schemas/unit.ts';
import { collator } from '../text/format.ts';
import { oncePer, oncePerPair } from '../domain/memo.ts';
import type { ResultLine, Site, YearSummary } from './site-index.ts';
import type { TargetProgress } from '../domain/target-progress.ts';
import { targetAsk } from './target-text.ts';

export const MEASURE_KEYS = Object.keys(REPORT_MEASURES) as ReportMeasure[];
export type ReportCounts = Record<ReportMeasure, number>;

/** One row of a report table: its counts this year and, when the site has it, the year before. */
export interface ReportRow {
  /** Stable key: `tong`, `khoi:dia_ban`, `loai:xa`, `tinh:99`, `xa:99001`. */
  key: string;
  label: string;
  level: 'total' | 'track' | 'kind' | 'place';
  counts: ReportCounts;
  previous: ReportCounts | null;
}

export interface TargetRow {
  group: string;
  ask: string;
  measure: TargetMeasure;
  scope: TargetScope;
  achieved: number;
  goal: number;
  status: TargetProgress['status'];
  source: string;
  /** The same target (group, measure, scope) of the year before, when there was one. */
  previous: { achieved: number; goal: number; status: TargetProgress['status'] } | null;
}

/** A year's report as a steering committee sends it upward. */
export interface YearReport {
  year: number;
  previousYear: number | null;
  /** Units with a result this year. */
  units: number;
  /** The latest decision of the year (ISO): the date of the data; null before any decision. */
  dataDate: string | null;
  byKind: ReportRow[];
  placeLevel: PlaceLevel;
  byPlace: ReportRow[];
  targets: TargetRow[];
}

export function emptyReportCounts(): ReportCounts {
  return Object.fromEntries(MEASURE_KEYS.map((m) => [m, 0])) as ReportCounts;
}

/** What a result adds to each measure: registered, selected to build (a registered building year), and its outcome. */
export function countResult(counts: ReportCounts, r: Pick<StoredResult, 'registered' | 'stage' | 'outcome'>): void {
  if (r.registered) counts.dang_ky++;
  if (r.registered && r.stage === 'xay_dung') counts.chon_xay_dung++;
  if (r.outcome in counts) counts[r.outcome as ReportMeasure]++;
}

function tally(lines: readonly ResultLine[], keyOf: (u: Unit) => string): Map<string, ReportCounts> {
  const out = new Map<string, ReportCounts>();
  for (const { unit, result } of lines) {
    const key = keyOf(unit);
    let c = out.get(key);
    if (!c) out.set(key, (c = emptyReportCounts()));
    countResult(c, result);
  }
  return out;
}

/** Whether the site's units span several provinces: then places are provinces, else communes. */
export const placeLevelOf = oncePer((site: Site): PlaceLevel => (new Set(site.units.map((u) => u.provinceCode)).size > 1 ? 'tinh' : 'xa'));

function placeKey(level: PlaceLevel, u: Unit): string {
  return level === 'tinh' ? `tinh:${u.provinceCode}` : `xa:${u.communeCode}`;
}

/** Kinds of a target as one text, a thị trấn counted as the đặc khu that replaced it in the 2025 reorganisation. */
const kindsKey = (t: TargetProgress['target']) => [...new Set(t.kinds.map((k) => (k === 'thi_tran' ? 'dac_khu' : k)))].sort().join('/');
/** The same target in another year: same measure and scope, and the same group name or the same kinds ("Xã, phường, thị trấn" became "Xã, phường, đặc khu"). */
const sameTarget = (a: TargetProgress['target'], b: TargetProgress['target']) => a.measure === b.measure && a.scope === b.scope && (a.group === b.group || kindsKey(a) === kindsKey(b));

function makeReport(site: Site, summary: YearSummary): YearReport {
  const { year } = summary;
  const prevSummary = site.yearSummaries.get(year - 1);
  const previousYear = prevSummary && prevSummary.lines.length > 0 ? year - 1 : null;
  const prevLines = previousYear === null ? [] : prevSummary!.lines;

  const kindNow = tally(summary.lines, (u) => u.kind);
  const kindPrev = tally(prevLines, (u) => u.kind);
  const byKind: ReportRow[] = [];
  const add = (a: ReportCounts, b: ReportCounts | undefined) => {
    if (b) for (const m of MEASURE_KEYS) a[m] += b[m];
  };
  const total = emptyReportCounts();
  const totalPrev = emptyReportCounts();
  for (const track of Object.keys(TRACKS) as Track[]) {
    const kinds = (Object.keys(KINDS) as Kind[]).filter((k) => TRACK_OF_KIND[k] === track && (kindNow.has(k) || kindPrev.has(k)));
    if (kinds.length === 0) continue;
    const trackRow: ReportRow = { key: `khoi:${track}`, label: TRACKS[track], level: 'track', counts: emptyReportCounts(), previous: previousYear === null ? null : emptyReportCounts() };
    byKind.push(trackRow);
    for (const k of kinds) {
      const counts = kindNow.get(k) ?? emptyReportCounts();
      const previous = previousYear === null ? null : (kindPrev.get(k) ?? emptyReportCounts());
      byKind.push({ key: `loai:${k}`, label: KINDS[k], level: 'kind', counts, previous });
      add(trackRow.counts, counts);
      if (previous) add(trackRow.previous!, previous);
    }
    add(total, trackRow.counts);
    if (trackRow.previous) add(totalPrev, trackRow.previous);
  }
  const totalRow: ReportRow = { key: 'tong', label: 'Tổng cộng', level: 'total', counts: total, previous: previousYear === null ? null : totalPrev };
  byKind.push(totalRow);

  const level = placeLevelOf(site);
  const placeNow = tally(summary.lines, (u) => placeKey(level, u));
  const placePrev = tally(prevLines, (u) => placeKey(level, u));
  const names = new Map<string, string>();
  for (const { unit } of [...summary.lines, ...prevLines]) names.set(placeKey(level, unit), level === 'tinh' ? unit.province : unit.commune);
  const byPlace: ReportRow[] = [...names]
    .sort((a, b) => collator.compare(a[1], b[1]) || a[0].localeCompare(b[0]))
    .map(([key, label]) => ({ key, label, level: 'place', counts: placeNow.get(key) ?? emptyReportCounts(), previous: previousYear === null ? null : (placePrev.get(key) ?? emptyReportCounts()) }));
  byPlace.push({ ...totalRow });

  // The territorial track's targets first, then by group name: the same order every year.
  const trackRank = (p: TargetProgress) => (p.target.kinds.some((k) => TRACK_OF_KIND[k] === 'dia_ban') ? 0 : 1);
  const ordered = [...summary.targets].sort((a, b) => trackRank(a) - trackRank(b) || collator.compare(a.target.group, b.target.group));
  const targets = ordered.map((p): TargetRow => {
    const before = previousYear === null ? undefined : prevSummary!.targets.find((q) => sameTarget(q.target, p.target));
    return {
      group: p.target.group,
      ask: targetAsk(p),
      measure: p.target.measure,
      scope: p.target.scope,
      achieved: p.achieved,
      goal: p.goal,
      status: p.status,
      source: p.target.source,
      previous: before ? { achieved: before.achieved, goal: before.goal, status: before.status } : null,
    };
  });

  // ISO dates compare as text.
  let dataDate: string | null = null;
  for (const { result } of summary.lines) {
    const d = result.decision?.date;
    if (d && (dataDate === null || d > dataDate)) dataDate = d;
  }
  return { year, previousYear, units: summary.lines.length, dataDate, byKind, placeLevel: level, byPlace, targets };
}

/** The report of a year, made once per build (its page, its workbook and its CSV all ask). */
export const yearReport: (site: Site, year: number) => YearReport = oncePerPair((site: Site, year: number) => makeReport(site, site.yearSummaries.get(year)!));

/** The years that have a report: those with results. */
export function reportYears(site: Site): number[] {
  return site.years.filter((y) => (site.yearSummaries.get(y)?.lines.length ?? 0) > 0);
}

/** Recognitions, maintenance and lapses of one track in one year, for the report index. */
export interface HistoryPoint {
  year: number;
  track: Track;
  cong_nhan: number;
  duy_tri: number;
  khong_duy_tri: number;
  thu_hoi: number;
}

export const HISTORY_MEASURES = ['cong_nhan', 'duy_tri', 'khong_duy_tri', 'thu_hoi'] as const;
type HistoryMeasure = (typeof HISTORY_MEASURES)[number];
const isHistoryMeasure = (o: Outcome): o is HistoryMeasure => (HISTORY_MEASURES as readonly Outcome[]).includes(o);

/** Every year with results, each track that had any result that year, oldest first. */
export const reportHistory = oncePer((site: Site): HistoryPoint[] => {
  const out: HistoryPoint[] = [];
  for (const year of reportYears(site)) {
    const byTrack = new Map<Track, HistoryPoint>();
    for (const { unit, result } of site.yearSummaries.get(year)!.lines) {
      let p = byTrack.get(unit.track);
      if (!p) byTrack.set(unit.track, (p = { year, track: unit.track, cong_nhan: 0, duy_tri: 0, khong_duy_tri: 0, thu_hoi: 0 }));
      if (isHistoryMeasure(result.outcome)) p[result.outcome]++;
    }
    for (const track of Object.keys(TRACKS) as Track[]) if (byTrack.has(track)) out.push(byTrack.get(track)!);
  }
  return out;
});
