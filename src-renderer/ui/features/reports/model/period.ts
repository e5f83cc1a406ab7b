/**
 * What span a monthly report's figures cover. The report of the month under
 * way counts only up to the moment it was asked for; said as a whole month it
 * would read as complete, and its 较上月 would compare a few days with a whole
 * month without saying so.
 */
import type { TFunction } from 'i18next';
import dayjs from 'dayjs';
import type { MonthlyReport } from '../../../../domain/reports/monthly';
import { formatDateTime } from '../../../components/format';

type Span = Pick<MonthlyReport, 'from' | 'to'> & { figures: Pick<MonthlyReport['figures'], 'asOf'> };

const day = (at: number) => dayjs(at).format('YYYY-MM-DD');

/** Whether the month had not ended when the figures were counted. */
export function isMonthUnderWay(report: Span): boolean {
  return report.figures.asOf < report.to;
}

/** 统计期间：2026-11-01 至 2026-11-30, or for the month under way up to today, with the moment counted. */
export function periodText(t: TFunction, report: Span): string {
  const from = day(report.from);
  if (!isMonthUnderWay(report)) return t('reports.period', { from, to: day(report.to - 1) });
  const { asOf } = report.figures;
  return t('reports.periodSoFar', { from, to: day(asOf), asOf: formatDateTime(asOf) });
}

/** The same span without its label, for a cell beside 统计期间: 2026-11-01 至 2026-11-30, or up to when it was counted. */
export function periodRangeText(t: TFunction, report: Span): string {
  const from = day(report.from);
  if (!isMonthUnderWay(report)) return t('reports.periodRange', { from, to: day(report.to - 1) });
  const { asOf } = report.figures;
  return t('reports.periodRangeSoFar', { from, to: day(asOf), asOf: formatDateTime(asOf) });
}

/** The caveat over 主要指标 for the month under way: 本月 is part of a month, 上月 a whole one. Null for a month that has ended. */
export function partialComparisonText(t: TFunction, report: Span): string | null {
  if (!isMonthUnderWay(report)) return null;
  return t('reports.partialComparison', { from: day(report.from), to: day(report.figures.asOf) });
}

type Edition = Pick<MonthlyReport, 'edition'> & { figures: Pick<MonthlyReport['figures'], 'asOf'> };

/** The instant the report's data run to: when it was finalised, or when it was computed. */
export function dataAsOf(report: Edition): number {
  return report.edition.kind === 'final' && report.edition.finalised ? report.edition.finalised.at : report.figures.asOf;
}

/** On paper and in the workbook: 定稿：总监周，2026-12-02 10:00 数据截至 …, or 未定稿 数据截至 …. */
export function editionLine(t: TFunction, report: Edition): string {
  const asOf = formatDateTime(dataAsOf(report));
  const { finalised } = report.edition;
  if (report.edition.kind === 'final' && finalised) return t('reports.edition.finalLine', { name: finalised.by.name, at: formatDateTime(finalised.at), asOf });
  return t('reports.edition.liveLine', { asOf });
}
