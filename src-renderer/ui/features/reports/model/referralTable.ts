/**
 * 八、12315 转办反馈 of the monthly report: one table of the month's figures, each row named, as on
 * screen, on paper and in the workbook.
 */
import type { TFunction } from 'i18next';
import type { MonthlyReport } from '../../../../domain/reports/monthly';
import type { ReferralSummary } from '../../../../domain/reports/referrals';
import type { ReportSection, ReportTable } from './tables';
import { count, rate, text, type ReportValue } from './values';

/** In the order the summary reads them: owed at the start, received, replied, owed at the end (the three add up to it). */
const ROWS = ['owedAtStart', 'received', 'withoutDeadline', 'due', 'met', 'missed', 'rate', 'overdue', 'notDue', 'terminated'] as const satisfies readonly (keyof ReferralSummary)[];

function referralTable(t: TFunction, summary: ReferralSummary): ReportTable {
  const value = (row: (typeof ROWS)[number]): ReportValue => (row === 'rate' ? rate(summary.rate) : count(summary[row]));
  return {
    id: 'referrals',
    title: t('referral.report.title'),
    columns: [
      { header: t('reports.columns.indicator'), numeric: false, width: 24 },
      { header: t('reports.columns.current'), numeric: true },
    ],
    rows: ROWS.map((row) => [text(t(`referral.report.${row}`)), value(row)]),
  };
}

export function referralSection(t: TFunction, report: MonthlyReport): ReportSection {
  return { id: 'referrals', title: t('reports.sections.referrals'), summary: t('referral.report.summary'), tables: [referralTable(t, report.referrals)] };
}
