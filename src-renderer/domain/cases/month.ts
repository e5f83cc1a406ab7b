import type { CaseSummary } from './case';
import { CHANNELS, SEVERITIES, type Channel, type Severity } from './vocabulary';

/** Local-time bounds of a calendar month: [start, end). Month is 1–12. */
export function monthRange(year: number, month: number): { start: number; end: number } {
  return { start: new Date(year, month - 1, 1).getTime(), end: new Date(year, month, 1).getTime() };
}

export interface MonthSummary {
  year: number;
  month: number;
  total: number;
  bySeverity: Record<Severity, number>;
  byChannel: Record<Channel, number>;
  /** Index 0 is the first day of the month. */
  byDay: number[];
}

/** Counts the cases received in one month by severity, channel and day. */
export function summarizeMonth(year: number, month: number, rows: Pick<CaseSummary, 'receivedAt' | 'severity' | 'channel'>[]): MonthSummary {
  const { start, end } = monthRange(year, month);
  const days = new Date(year, month, 0).getDate();
  const summary: MonthSummary = {
    year,
    month,
    total: 0,
    bySeverity: Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>,
    byChannel: Object.fromEntries(CHANNELS.map((c) => [c, 0])) as Record<Channel, number>,
    byDay: new Array<number>(days).fill(0),
  };
  for (const row of rows) {
    if (row.receivedAt < start || row.receivedAt >= end) continue;
    summary.total += 1;
    summary.bySeverity[row.severity] += 1;
    summary.byChannel[row.channel] += 1;
    const day = new Date(row.receivedAt).getDate() - 1;
    summary.byDay[day] = (summary.byDay[day] ?? 0) + 1;
  }
  return summary;
}
