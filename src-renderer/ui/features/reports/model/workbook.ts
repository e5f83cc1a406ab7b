/**
 * The report's tables as workbook sheets: numbers stay numbers, in the unit
 * named by the column header (按时率 (%)), or, where a column mixes units as
 * the KPI table does, in a 单位 column of its own.
 */
import type { TFunction } from 'i18next';
import type { MonthlyReport } from '../../../../domain/reports/monthly';
import type { Row, Sheet, SheetColumn } from '../../../export/sheet';
import { formatDateTime } from '../../../components/format';
import { dataAsOf, periodRangeText } from './period';
import { reportSections, type ReportTable } from './tables';
import { sheetUnit, sheetValue, type ReportValue } from './values';

/** A row's unit in the 单位 column: counts are named too (宗), unlike in a header. */
function unitLabel(t: TFunction, value: ReportValue): string {
  const isCount = value.kind === 'count' || (value.kind === 'change' && value.of === 'count');
  return sheetUnit(t, value) ?? (isCount ? t('reports.units.count') : '');
}

export function tableSheet(t: TFunction, table: ReportTable): Sheet {
  const units = table.columns.map((_, c) => new Set(table.rows.map((row) => (row[c] ? sheetUnit(t, row[c]) : null))));
  const mixed = units.map((set) => set.size > 1);
  const columns: SheetColumn[] = table.columns.map((column, c) => {
    const only = units[c]?.size === 1 ? [...units[c]!][0] : null;
    // A header that names its scale in brackets already (平均分（5 分制）, Average (of 5)) takes no second pair.
    const bracketed = /[)）]$/.test(column.header);
    const header = only && !mixed[c] && !bracketed ? `${column.header} (${only})` : column.header;
    return { header, width: Math.max(column.width ?? 10, header.length * 2 + 2) };
  });
  const firstMixed = mixed.indexOf(true);
  if (firstMixed >= 0) columns.push({ header: t('reports.columns.unit'), width: 8 });
  const rows: Row[] = table.rows.map((row) => {
    const cells = row.map(sheetValue);
    const unitOf = firstMixed >= 0 ? row[firstMixed] : undefined;
    return unitOf ? [...cells, unitLabel(t, unitOf)] : cells;
  });
  return { name: table.title, columns, rows: [rows], totalRows: rows.length };
}

/** Where the workbook stands: the centre it is of and when it was taken from the desk. */
export interface WorkbookContext {
  centreName: string;
  exportedAt: number;
}

/**
 * 报告概况, the workbook's first sheet: which report, of which centre and month, counted up to when
 * (a month under way says so), whether it is the finalised edition (by whom, when) and when its data
 * run to, and sections 十 and 十一, the manager's analysis and recommendations, which hold no table —
 * a workbook passed on alone says what the printed report says.
 */
function overviewSheet(t: TFunction, report: MonthlyReport, { centreName, exportedAt }: WorkbookContext): Sheet {
  const { notes } = report;
  const note = (text: string | undefined) => (text?.trim() ? text : t('reports.notes.notWritten'));
  const { finalised } = report.edition;
  const edition =
    report.edition.kind === 'final' && finalised
      ? t('reports.edition.overviewFinal', { name: finalised.by.name, at: formatDateTime(finalised.at) })
      : t('reports.edition.overviewLive');
  const rows: Row[] = [
    [t('reports.overview.report'), t('reports.printTitle', { year: report.year, month: report.month })],
    [t('reports.overview.centre'), centreName],
    [t('reports.overview.period'), periodRangeText(t, report)],
    [t('reports.edition.overview'), edition],
    [t('reports.edition.overviewAsOf'), formatDateTime(dataAsOf(report))],
    [t('reports.kpi.received'), report.figures.received.total],
    [t('reports.sections.analysis'), note(notes?.analysis)],
    [t('reports.sections.recommendations'), note(notes?.recommendations)],
    ...(notes ? [[t('reports.overview.notesSaved'), t('reports.overview.notesSavedBy', { name: notes.updatedBy.name, at: formatDateTime(notes.updatedAt) })]] : []),
    [t('reports.overview.exportedAt'), formatDateTime(exportedAt)],
  ];
  return {
    name: t('reports.overview.sheet'),
    columns: [
      { header: t('reports.overview.item'), width: 18 },
      { header: t('reports.overview.content'), width: 80 },
    ],
    rows: [rows],
    totalRows: rows.length,
  };
}

/** 报告概况, then one sheet per table of the report, in the report's order. */
export function reportSheets(t: TFunction, report: MonthlyReport, context: WorkbookContext): Sheet[] {
  return [overviewSheet(t, report, context), ...reportSections(t, report).flatMap((section) => section.tables.map((table) => tableSheet(t, table)))];
}
