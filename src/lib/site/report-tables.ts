import { LOSS_COLUMNS, PLACE_LEVELS, REPORT_MEASURES, REPORT_SHEETS, TARGET_STATUS } from '../../i18n/report.ts';
import { TRACKS } from '../../schemas/vocabulary.ts';
import type { Cell } from '../publish/open-data.ts';
import type { ScoreStat, SetStats } from './criterion-stats.ts';
import { HISTORY_MEASURES, MEASURE_KEYS, type HistoryPoint, type ReportRow, type YearReport } from './year-report.ts';

/** A column of a report table: its key (CSV header, datapackage field), its label (workbook header) and type. */
export interface ReportColumn {
  key: string;
  label: string;
  type: 'string' | 'integer' | 'number';
}

/** One table of the report as the downloads carry it: the CSV, one sheet of the workbook, one resource of datapackage.json. */
export interface ReportTable {
  /** CSV name under /du-lieu/, without ".csv". */
  name: string;
  sheet: string;
  title: string;
  columns: ReportColumn[];
  rows: Cell[][];
}

const LEVELS: Record<ReportRow['level'], string> = { total: 'tong', track: 'khoi', kind: 'loai', place: 'dia_ban' };

function countColumns(previousYear: number | null): ReportColumn[] {
  const now = MEASURE_KEYS.map((m): ReportColumn => ({ key: m, label: REPORT_MEASURES[m], type: 'integer' }));
  const prev = previousYear === null ? [] : MEASURE_KEYS.map((m): ReportColumn => ({ key: `${m}_nam_truoc`, label: `${REPORT_MEASURES[m]} năm ${previousYear}`, type: 'integer' }));
  return [...now, ...prev];
}

function countTable(name: string, sheet: string, title: string, firstLabel: string, report: YearReport, rows: readonly ReportRow[]): ReportTable {
  return {
    name,
    sheet,
    title,
    columns: [
      { key: 'nam', label: 'Năm', type: 'integer' },
      { key: 'cap', label: 'Cấp dòng', type: 'string' },
      { key: 'ma', label: 'Mã', type: 'string' },
      { key: 'ten', label: firstLabel, type: 'string' },
      ...countColumns(report.previousYear),
    ],
    rows: rows.map((r) => [report.year, LEVELS[r.level], r.key, r.label, ...MEASURE_KEYS.map((m) => r.counts[m]), ...(report.previousYear === null ? [] : MEASURE_KEYS.map((m) => r.previous![m]))]),
  };
}

/** The report's tables, each as CSV, workbook sheet and datapackage resource take it. */
export function reportTables(report: YearReport, stats: readonly SetStats[]): ReportTable[] {
  const { year } = report;
  return [
    countTable(`bao-cao-${year}-theo-loai`, REPORT_SHEETS.kinds, `Báo cáo năm ${year}: theo khối và loại đơn vị`, 'Khối, loại đơn vị', report, report.byKind),
    countTable(`bao-cao-${year}-theo-dia-ban`, REPORT_SHEETS.places, `Báo cáo năm ${year}: theo địa bàn`, PLACE_LEVELS[report.placeLevel], report, report.byPlace),
    {
      name: `bao-cao-${year}-chi-tieu`,
      sheet: REPORT_SHEETS.targets,
      title: `Báo cáo năm ${year}: kết quả so với chỉ tiêu`,
      columns: [
        { key: 'nam', label: 'Năm', type: 'integer' },
        { key: 'nhom', label: 'Nhóm', type: 'string' },
        { key: 'chi_tieu', label: 'Chỉ tiêu', type: 'string' },
        { key: 'loai_chi_tieu', label: 'Chỉ tiêu đếm', type: 'string' },
        { key: 'pham_vi', label: 'Phạm vi', type: 'string' },
        { key: 'dat_duoc', label: 'Đạt được', type: 'integer' },
        { key: 'muc_tieu', label: 'Mục tiêu', type: 'integer' },
        { key: 'tinh_trang', label: 'Tình trạng', type: 'string' },
        ...(report.previousYear === null
          ? []
          : [
              { key: 'dat_duoc_nam_truoc', label: `Đạt được năm ${report.previousYear}`, type: 'integer' as const },
              { key: 'muc_tieu_nam_truoc', label: `Mục tiêu năm ${report.previousYear}`, type: 'integer' as const },
            ]),
        { key: 'nguon', label: 'Văn bản giao chỉ tiêu', type: 'string' },
      ],
      rows: report.targets.map((t) => [year, t.group, t.ask, t.measure, t.scope, t.achieved, t.goal, TARGET_STATUS[t.status], ...(report.previousYear === null ? [] : [t.previous?.achieved ?? null, t.previous?.goal ?? null]), t.source]),
    },
    criteriaTable(`bao-cao-${year}-tieu-chi`, `Năm ${year}: điểm thẩm định theo tiêu chí`, stats),
  ];
}

/** Where points are lost, group and criterion rows of every set of the years given. */
export function criteriaTable(name: string, title: string, stats: readonly SetStats[]): ReportTable {
  return {
    name,
    sheet: REPORT_SHEETS.criteria,
    title,
    columns: [
      { key: 'nam', label: 'Năm', type: 'integer' },
      { key: 'bo_tieu_chi', label: 'Bộ tiêu chí', type: 'string' },
      { key: 'khoi', label: 'Khối', type: 'string' },
      { key: 'nhom', label: 'Nhóm', type: 'integer' },
      { key: 'tieu_chi', label: 'Tiêu chí (trống: cả nhóm)', type: 'integer' },
      { key: 'diem_toi_da', label: 'Điểm tối đa', type: 'number' },
      { key: 'so_don_vi', label: 'Số đơn vị có điểm thẩm định', type: 'integer' },
      { key: 'diem_tham_dinh_tb', label: LOSS_COLUMNS.averageAppraised.long, type: 'number' },
      { key: 'ty_le_tb', label: LOSS_COLUMNS.averageShare.long, type: 'number' },
      { key: 'so_duoi_toi_da', label: LOSS_COLUMNS.belowMax.long, type: 'integer' },
      { key: 'chenh_lech_tb', label: LOSS_COLUMNS.averageGap.long, type: 'number' },
    ],
    rows: stats.flatMap((s) => {
      // A group's row has no criterion number; its criteria follow it, read the same way.
      const row = (group: number, criterion: number | null, x: ScoreStat): Cell[] => [s.year, s.set.id, TRACKS[s.track], group, criterion, x.max, x.scored, x.averageAppraised, x.averageShare, x.belowMax, x.averageGap];
      return s.groups.flatMap((g) => [row(g.no, null, g), ...g.criteria.map((c) => row(g.no, c.no, c))]);
    }),
  };
}

/** Recognitions, maintenance and lapses per year and track. */
export function historyTable(points: readonly HistoryPoint[]): ReportTable {
  return {
    name: 'bao-cao-cac-nam',
    sheet: 'Các năm',
    title: 'Công nhận, duy trì, không duy trì và thu hồi qua các năm',
    columns: [
      { key: 'nam', label: 'Năm', type: 'integer' },
      { key: 'khoi', label: 'Khối', type: 'string' },
      ...HISTORY_MEASURES.map((m): ReportColumn => ({ key: m, label: REPORT_MEASURES[m], type: 'integer' })),
    ],
    rows: points.map((p) => [p.year, TRACKS[p.track], ...HISTORY_MEASURES.map((m) => p[m])]),
  };
}
