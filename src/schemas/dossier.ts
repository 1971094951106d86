import { cell, table } from './cell.ts';

/** Which requests a document belongs to: a first recognition, a maintenance year, or both. */
export const DOSSIER_USES = {
  ca_hai: 'Công nhận và duy trì',
  cong_nhan: 'Công nhận',
  duy_tri: 'Duy trì',
} as const;
export type DossierUse = keyof typeof DOSSIER_USES;

/** A document of the dossier (hồ sơ) a year's plan asks for. */
export interface DossierDocument {
  year: number;
  document: string;
  use: DossierUse;
  source: string;
}

/** `data/ho-so.csv` (optional): the plan's dossier, a document per row, in the plan's order. */
export const dossierTable = table(
  {
    nam: cell.year(),
    tai_lieu: cell.text(),
    ap_dung: cell.optionalVocabulary(DOSSIER_USES),
    nguon: cell.text(),
  },
  ['ap_dung'],
  (r): DossierDocument => ({ year: r.nam, document: r.tai_lieu, use: r.ap_dung ?? 'ca_hai', source: r.nguon }),
);
