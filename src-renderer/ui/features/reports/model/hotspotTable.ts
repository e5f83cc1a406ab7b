/**
 * 九、批量投诉苗头 of the monthly report: the hot-spots found on the month's days, one row per
 * hot-spot and run of days, with the cases it counted, on screen, on paper and in the workbook.
 */
import type { TFunction } from 'i18next';
import dayjs from 'dayjs';
import { isCategory } from '../../../../domain/assist/hotspots';
import type { MonthHotspot } from '../../../../domain/reports/hotspots';
import type { MonthlyReport } from '../../../../domain/reports/monthly';
import type { ReportSection, ReportTable } from './tables';
import { count, text } from './values';

const day = (at: number) => dayjs(at).format('YYYY-MM-DD');

/** What a hot-spot is about: a category by its name, a product as typed, a keyword as found. */
export function hotspotName(t: TFunction, line: Pick<MonthHotspot, 'kind' | 'key' | 'label'>): string {
  if (line.kind === 'category') return isCategory(line.key) ? t(`category.${line.key}`) : line.key;
  return line.label ?? line.key;
}

/** The case numbers of a line; when there were more than it keeps, how many in all. */
function caseNumbers(t: TFunction, line: MonthHotspot): string {
  const nos = line.cases.map((c) => c.no).join(t('case.listSeparator'));
  return line.caseCount > line.cases.length ? t('reports.hotspots.more', { nos, count: line.caseCount }) : nos;
}

function hotspotTable(t: TFunction, lines: readonly MonthHotspot[]): ReportTable {
  return {
    id: 'hotspots',
    title: t('reports.tables.hotspots'),
    columns: [
      { header: t('reports.columns.hotspotKind'), numeric: false, width: 10, keepWords: true },
      // A hotspot's name and the case numbers stay whole on paper (物流配送 / 配送延误, TS-20261110-0001):
      // kept words break only between them, where free text (flows) would break anywhere.
      { header: t('reports.columns.hotspot'), numeric: false, width: 16, keepWords: true },
      { header: t('reports.columns.firstDay'), numeric: false, width: 12, nowrap: true },
      { header: t('reports.columns.lastDay'), numeric: false, width: 12, nowrap: true },
      { header: t('reports.columns.days'), numeric: true },
      { header: t('reports.columns.hotspotCases'), numeric: true },
      { header: t('reports.columns.caseNos'), numeric: false, width: 40, keepWords: true },
    ],
    rows: lines.map((line) => [
      text(t(`reports.hotspots.kind.${line.kind}`)),
      text(hotspotName(t, line)),
      text(day(line.firstDay)),
      text(day(line.lastDay)),
      count(line.days),
      count(line.caseCount),
      text(caseNumbers(t, line)),
    ]),
    note: t('reports.hotspots.note'),
  };
}

export function hotspotSection(t: TFunction, report: MonthlyReport): ReportSection {
  const { hotspots } = report;
  return {
    id: 'hotspots',
    title: t('reports.sections.hotspots'),
    summary: hotspots.length === 0 ? t('reports.hotspots.none') : t('reports.hotspots.found', { count: hotspots.length }),
    tables: [hotspotTable(t, hotspots)],
  };
}
