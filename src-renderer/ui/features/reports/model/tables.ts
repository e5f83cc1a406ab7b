/**
 * The monthly report as sections of tables, built once from the store's
 * answer and drawn three ways: on screen, on A4 and as the workbook's sheets.
 */
import type { TFunction } from 'i18next';
import { CHANNELS, SEVERITIES, SURVEY_DIMENSIONS, type Category } from '../../../../domain/cases/vocabulary';
import type { KpiDrift } from '../../../../domain/reports/edition';
import type { KpiId, MonthlyReport } from '../../../../domain/reports/monthly';
import { formatDateTime } from '../../../components/format';
import { hotspotSection } from './hotspotTable';
import { partialComparisonText } from './period';
import { referralSection } from './referralTable';
import { amount, asShown, count, date, displayValue, duration, linkedText, rate, score, sharesOffWhole, text, type Measure, type ReportValue } from './values';

export interface ReportColumn {
  header: string;
  numeric: boolean;
  /** Width in the workbook, in characters (a CJK character counts as two). */
  width?: number;
  /**
   * Never broken over two lines (a case number, a date): the table gives it the width it needs; on
   * paper, where there is room (a page too narrow for every column breaks it as a last resort).
   */
  nowrap?: boolean;
  /** Short words (a department, a status) never broken inside (已关/闭); they may break between words. */
  keepWords?: boolean;
  /**
   * Free text (a customer's name, an outcome): on paper it wraps wherever the column ends, a long
   * company name (内蒙古自治区呼和浩特市…有限责任公司) over several lines, before a case number or a
   * heading breaks.
   */
  flows?: boolean;
}

export interface ReportTable {
  id: string;
  title: string;
  columns: ReportColumn[];
  rows: ReportValue[][];
  /** Under the table: how its figures are counted. */
  note?: string;
}

export interface ReportSection {
  id: string;
  title: string;
  /** A sentence before the tables. */
  summary?: string;
  tables: ReportTable[];
}

const KPI_MEASURE: Record<KpiId, Exclude<Measure, 'date'>> = {
  received: 'count',
  major: 'count',
  responseRate: 'rate',
  resolutionRate: 'rate',
  resolutionMeanMs: 'duration',
  satisfaction: 'score',
  notReachedRate: 'rate',
  reopenRate: 'rate',
  repeatRate: 'rate',
  repeats: 'count',
  resolutionMissed: 'count',
  overdueAtEnd: 'count',
};

/** Which way is good news: fewer complaints and delays, higher on-time rates and scores. */
const KPI_BETTER: Record<KpiId, 'up' | 'down'> = {
  received: 'down',
  major: 'down',
  responseRate: 'up',
  resolutionRate: 'up',
  resolutionMeanMs: 'down',
  satisfaction: 'up',
  notReachedRate: 'down',
  reopenRate: 'down',
  repeatRate: 'down',
  repeats: 'down',
  resolutionMissed: 'down',
  overdueAtEnd: 'down',
};

const col = (header: string, numeric = false, width?: number): ReportColumn => ({ header, numeric, ...(width ? { width } : {}) });

function kpiValue(id: KpiId, value: number | null): ReportValue {
  const measure = KPI_MEASURE[id];
  return measure === 'count' ? count(value ?? 0) : { kind: measure, value };
}

/** A headline figure as the KPI table writes it (91.7%, 4.25, 1天3小时). */
export function kpiText(t: TFunction, id: KpiId, value: number | null): string {
  return displayValue(t, kpiValue(id, value));
}

/**
 * The headline figures changed since 定稿 as the KPI table writes them, with their two values: only
 * those whose figure reads otherwise (9/195 and 9/196 are both 4.6%: no change to tell).
 */
export function shownDrift(t: TFunction, drift: readonly KpiDrift[]): Array<{ id: KpiId; final: string; live: string }> {
  return drift.flatMap((item) => {
    const final = kpiText(t, item.id, item.final);
    const live = kpiText(t, item.id, item.live);
    return final === live ? [] : [{ id: item.id, final, live }];
  });
}

function kpiTable(t: TFunction, report: MonthlyReport): ReportTable {
  const { comparedWith } = report;
  // 上月 as last month's paper gave it, when it was finalised: said in the header and under the table.
  const previous = t(comparedWith ? 'reports.columns.previousFinal' : 'reports.columns.previous');
  const finalNote = comparedWith ? t('reports.edition.comparedWithFinal', { name: comparedWith.by.name, at: formatDateTime(comparedWith.at) }) : null;
  return {
    id: 'kpis',
    title: t('reports.tables.kpis'),
    // A figure's name stays whole on paper (回访未联系上比例, not 回访未联系上比 / 例): it has the width of its longest.
    columns: [{ ...col(t('reports.columns.indicator'), false, 24), keepWords: true }, col(t('reports.columns.current'), true), col(previous, true), col(t('reports.columns.change'), true, 14)],
    rows: report.kpis.map((kpi) => [
      text(t(`reports.kpi.${kpi.id}`)),
      kpiValue(kpi.id, kpi.value),
      kpiValue(kpi.id, kpi.previous),
      {
        kind: 'change',
        of: KPI_MEASURE[kpi.id],
        value: kpi.value === null || kpi.previous === null ? null : asShown(KPI_MEASURE[kpi.id], kpi.value) - asShown(KPI_MEASURE[kpi.id], kpi.previous),
        sheet: kpi.value === null || kpi.previous === null ? null : asShown(KPI_MEASURE[kpi.id], kpi.value, true) - asShown(KPI_MEASURE[kpi.id], kpi.previous, true),
        better: KPI_BETTER[kpi.id],
      },
    ]),
    note: finalNote ? `${t('reports.overdueNote')}\n${finalNote}` : t('reports.overdueNote'),
  };
}

const share = (part: number, total: number): ReportValue => rate(total === 0 ? null : part / total);

/**
 * The rows of a table whose rows split the month's total (labels, count, share), and its note when
 * the shares, each rounded on its own (equal counts, equal shares), do not add up to 100.0 %.
 */
function rowsWithShares<T>(
  t: TFunction,
  items: readonly T[],
  countOf: (item: T) => number,
  total: number,
  labels: (item: T) => ReportValue[],
): Pick<ReportTable, 'rows' | 'note'> {
  const counts = items.map(countOf);
  const rows = items.map((item, i) => [...labels(item), count(counts[i]!), share(counts[i]!, total)]);
  return { rows, ...(sharesOffWhole(counts, total) ? { note: t('reports.sharesRounded') } : {}) };
}

function distributionTables(t: TFunction, report: MonthlyReport): ReportTable[] {
  const { received, categories, topIssues } = report.figures;
  const countColumns = [col(t('reports.count'), true), col(t('reports.share'), true)];
  const categoryLabel = (category: Category | null) => (category === null ? t('reports.ungraded') : t(`category.${category}`));
  return [
    {
      id: 'byChannel',
      title: t('reports.tables.byChannel'),
      columns: [col(t('reports.columns.channel'), false, 14), ...countColumns],
      ...rowsWithShares(t, CHANNELS, (c) => received.channelTotals[c], received.total, (c) => [text(t(`channel.${c}`))]),
    },
    {
      id: 'bySeverity',
      title: t('reports.tables.bySeverity'),
      columns: [col(t('reports.columns.severity'), false, 12), ...countColumns],
      ...rowsWithShares(t, SEVERITIES, (s) => received.severityTotals[s], received.total, (s) => [text(t(`severity.${s}`))]),
    },
    {
      id: 'byCategory',
      title: t('reports.tables.byCategory'),
      columns: [col(t('reports.columns.category'), false, 14), col(t('reports.columns.subCategory'), false, 20), ...countColumns],
      ...rowsWithShares(
        t,
        categories.flatMap(({ category, subCategories }) => subCategories.map((s) => ({ category, ...s }))),
        (s) => s.count,
        received.total,
        (s) => [text(categoryLabel(s.category)), text(s.subCategory)],
      ),
    },
    {
      id: 'topIssues',
      title: t('reports.tables.topIssues'),
      columns: [col(t('reports.columns.rank'), true), col(t('reports.columns.category'), false, 14), col(t('reports.columns.subCategory'), false, 20), ...countColumns],
      rows: topIssues.map((issue, i) => [count(i + 1), text(categoryLabel(issue.category)), text(issue.subCategory), count(issue.count), share(issue.count, received.total)]),
    },
  ];
}

function onTimeTable(t: TFunction, report: MonthlyReport): ReportTable {
  const { response, resolution } = report.figures;
  return {
    id: 'onTime',
    title: t('reports.tables.onTime'),
    columns: [
      col(t('reports.columns.clock'), false, 10),
      col(t('reports.columns.met'), true),
      col(t('reports.columns.missed'), true),
      col(t('reports.columns.rate'), true),
      col(t('reports.columns.mean'), true, 14),
      col(t('reports.columns.p90'), true, 14),
    ],
    rows: (
      [
        ['response', response],
        ['resolution', resolution],
      ] as const
    ).map(([clock, f]) => [text(t(`reports.clock.${clock}`)), count(f.met), count(f.missed), rate(f.rate), duration(f.meanMs), duration(f.p90Ms)]),
  };
}

/** 补偿赔付: what the plans whose handling was completed in the month promised, beside what was paid (counted per plan). */
function compensationTable(t: TFunction, report: MonthlyReport): ReportTable {
  const { plans, promised, paid, waived, unconfirmed } = report.compensation;
  return {
    id: 'compensation',
    title: t('payout.report.title'),
    columns: [
      col(t('payout.report.plans'), true, 14),
      col(t('payout.report.promised'), true, 16),
      col(t('payout.report.paid'), true, 16),
      col(t('payout.report.waived'), true, 12),
      col(t('payout.report.unconfirmed'), true, 12),
    ],
    rows: [[count(plans), amount(promised), amount(paid), count(waived), count(unconfirmed)]],
  };
}

function satisfactionTable(t: TFunction, report: MonthlyReport): ReportTable {
  const { averages, overall } = report.figures.satisfaction;
  return {
    id: 'satisfaction',
    title: t('reports.tables.satisfaction'),
    columns: [col(t('reports.columns.dimension'), false, 14), col(t('reports.columns.average'), true, 16)],
    rows: [...SURVEY_DIMENSIONS.map((d) => [text(t(`flow.survey.${d}`)), score(averages[d])]), [text(t('reports.overall')), score(overall)]],
  };
}

/**
 * The month's figures per department. A report of a month past prints the same later: the live
 * 当前超时 of the dashboard is not in it (it listed today's overdue cases under any month, and
 * departments with nothing in the month); the month's late resolutions are.
 */
function departmentTable(t: TFunction, report: MonthlyReport): ReportTable {
  const active = report.figures.byDepartment.filter((d) => d.received + d.response.met + d.response.missed + d.resolution.met + d.resolution.missed + d.surveys > 0);
  return {
    id: 'departments',
    title: t('reports.tables.departments'),
    columns: [
      { ...col(t('reports.columns.department'), false, 16), keepWords: true },
      col(t('reports.columns.received'), true),
      col(t('reports.columns.responseRate'), true, 12),
      col(t('reports.columns.resolutionRate'), true, 12),
      col(t('reports.columns.resolutionMean'), true, 14),
      col(t('reports.columns.satisfaction'), true),
      col(t('reports.columns.reopenRate'), true, 12),
      col(t('reports.columns.resolutionMissed'), true),
    ],
    rows: active.map((d) => [
      text(d.department || t('reports.noDepartment')),
      count(d.received),
      rate(d.response.rate),
      rate(d.resolution.rate),
      duration(d.resolution.meanMs),
      score(d.satisfaction),
      rate(d.reopenRate),
      count(d.resolution.missed),
    ]),
  };
}

function majorTable(t: TFunction, report: MonthlyReport): ReportTable {
  return {
    id: 'major',
    title: t('reports.tables.major'),
    columns: [
      { ...col(t('reports.columns.caseNo'), false, 18), nowrap: true },
      { ...col(t('reports.columns.receivedAt'), false, 17), nowrap: true },
      // A name stays whole (罗平欣, not 罗平|欣); the outcome is the column that flows.
      { ...col(t('reports.columns.customer'), false, 10), keepWords: true },
      { ...col(t('reports.columns.category'), false, 14), keepWords: true },
      { ...col(t('reports.columns.department'), false, 12), keepWords: true },
      { ...col(t('reports.columns.status'), false, 12), keepWords: true },
      { ...col(t('reports.columns.outcome'), false, 40), flows: true },
      col(t('reports.columns.satisfaction'), true),
    ],
    rows: report.majorCases.map((c) => [
      // On screen the number opens the case: the director acts on what the report shows.
      linkedText(c.no, `#/cases/${c.id}`),
      date(c.receivedAt),
      text(c.customerName),
      text(c.category === null ? t('reports.ungraded') : c.subCategory ? `${t(`category.${c.category}`)} / ${c.subCategory}` : t(`category.${c.category}`)),
      text(c.department || t('reports.noDepartment')),
      text(t(`status.${c.status}`)),
      text(c.outcome),
      c.surveyDeclined ? text(t('tracking.surveyDeclined')) : score(c.satisfaction),
    ]),
  };
}

function improvementTable(t: TFunction, report: MonthlyReport): ReportTable {
  const states = (line: MonthlyReport['improvements']['lines'][number]) =>
    (['opened', 'closed', 'ineffective', 'inProgress', 'overdue'] as const)
      .filter((s) => line[s])
      .map((s) => t(`reports.monthState.${s}`))
      .join(t('case.listSeparator'));
  const verdict = (effective: boolean | null) => t(`reports.effective.${effective === null ? 'pending' : effective ? 'yes' : 'no'}`);
  return {
    id: 'improvements',
    title: t('reports.tables.improvements'),
    columns: [
      { ...col(t('reports.columns.action'), false, 30), flows: true },
      { ...col(t('reports.columns.owner'), false, 10), flows: true },
      { ...col(t('reports.columns.createdAt'), false, 17), nowrap: true },
      { ...col(t('reports.columns.dueAt'), false, 17), nowrap: true },
      { ...col(t('reports.columns.verifiedAt'), false, 17), nowrap: true },
      col(t('reports.columns.effective'), false, 10),
      col(t('reports.columns.monthState'), false, 16),
    ],
    rows: report.improvements.lines.map((line) => [
      text(line.title),
      text(line.ownerName),
      date(line.createdAt),
      date(line.dueAt),
      date(line.verifiedAt),
      text(verdict(line.verifiedAt === null ? null : line.effective)),
      text(states(line)),
    ]),
  };
}

/** Sections one to nine of the report; ten and eleven are the manager's notes. */
export function reportSections(t: TFunction, report: MonthlyReport): ReportSection[] {
  const { opened, closed, ineffective, inProgress, overdue } = report.improvements;
  const partial = partialComparisonText(t, report);
  return [
    { id: 'kpis', title: t('reports.sections.kpis'), ...(partial ? { summary: partial } : {}), tables: [kpiTable(t, report), compensationTable(t, report)] },
    { id: 'distribution', title: t('reports.sections.distribution'), tables: distributionTables(t, report) },
    { id: 'timeliness', title: t('reports.sections.timeliness'), tables: [onTimeTable(t, report)] },
    {
      id: 'satisfaction',
      title: t('reports.sections.satisfaction'),
      summary:
        report.figures.satisfaction.declined > 0
          ? t('reports.surveysDeclined', { count: report.figures.satisfaction.count, declined: report.figures.satisfaction.declined })
          : t('reports.surveys', { count: report.figures.satisfaction.count }),
      tables: [satisfactionTable(t, report)],
    },
    { id: 'departments', title: t('reports.sections.departments'), tables: [departmentTable(t, report)] },
    { id: 'major', title: t('reports.sections.major'), tables: [majorTable(t, report)] },
    {
      id: 'improvements',
      title: t('reports.sections.improvements'),
      summary: t('reports.improvementSummary', { opened, closed, ineffective, inProgress, overdue }),
      tables: [improvementTable(t, report)],
    },
    referralSection(t, report),
    hotspotSection(t, report),
  ];
}

/** The tables of a finalised edition compared with the data now: those counted from the month's figures and its 重大 lines. */
const COMPARED_TABLES = ['byChannel', 'bySeverity', 'byCategory', 'topIssues', 'onTime', 'satisfaction', 'departments', 'major'];

/** A table's changed rows named by more than this many are said as a count beyond it. */
const ROWS_NAMED = 5;

/** A row's name: its leading labels (a rank before them aside): 物流配送 / 配送延误, a department, a case number. */
function rowName(t: TFunction, row: readonly ReportValue[]): string {
  const from = row.findIndex((cell) => cell.kind === 'text');
  if (from < 0) return '';
  const to = row.findIndex((cell, i) => i > from && cell.kind !== 'text');
  return row
    .slice(from, to < 0 ? undefined : to)
    .map((cell) => displayValue(t, cell))
    .join(' / ');
}

/** A table's rows by name, each as the report writes it. */
function rowsByName(t: TFunction, table: ReportTable): Map<string, string> {
  return new Map(table.rows.map((row) => [rowName(t, row), row.map((cell) => displayValue(t, cell)).join('\u0000')]));
}

/**
 * The tables of a finalised edition (besides its headline figures) that read otherwise with the
 * data as they stand now (`edition.live`: a grading, a closure, a late complaint since), each
 * with the rows that differ, appeared or went, named as the table names them.
 */
export function changedTables(t: TFunction, report: MonthlyReport): Array<{ id: string; title: string; rows: string[] }> {
  const live = report.edition.live;
  if (report.edition.kind !== 'final' || !live) return [];
  const tablesOf = (one: MonthlyReport) => new Map(reportSections(t, one).flatMap((section) => section.tables.map((table) => [table.id, table] as const)));
  const was = tablesOf(report);
  const now = tablesOf({ ...report, figures: live.figures, majorCases: live.majorCases });
  return COMPARED_TABLES.flatMap((id) => {
    const before = was.get(id);
    const after = now.get(id);
    if (!before || !after) return [];
    const rowsBefore = rowsByName(t, before);
    const rowsAfter = rowsByName(t, after);
    const names = [...new Set([...rowsAfter.keys(), ...rowsBefore.keys()])];
    const rows = names.filter((name) => rowsBefore.get(name) !== rowsAfter.get(name));
    return rows.length === 0 ? [] : [{ id, title: before.title, rows }];
  });
}

/** A changed table as the edition's note lists it: 按类别：物流配送 / 配送延误、其他 等 8 行. */
export function changedTableText(t: TFunction, table: { title: string; rows: readonly string[] }): string {
  const named = table.rows.slice(0, ROWS_NAMED).map((row) => (row === '' ? t('reports.blank') : row));
  const rows = named.join(t('case.listSeparator'));
  return table.rows.length > ROWS_NAMED
    ? t('reports.edition.tableDriftMore', { table: table.title, rows, count: table.rows.length })
    : t('reports.edition.tableDrift', { table: table.title, rows });
}
