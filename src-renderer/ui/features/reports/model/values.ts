/**
 * One cell of a report table, kept as what it measures so the same tables
 * read right on screen and paper (formatted text) and in the workbook
 * (numbers in a stated unit, which a spreadsheet can sum and chart).
 */
import type { TFunction } from 'i18next';
import { fixedHalfUp, percentHalfUp, roundHalfUp, shiftDecimal } from '../../../../domain/reports/rounding';
import type { Cell } from '../../../export/sheet';
import { formatAmount, formatDateTime } from '../../../components/format';
import { formatDuration, shownSpan } from '../../cases/format';

/** What a number measures: a count, a fraction (rate or share), a 5-point score, a span of ms, an instant, yuan. */
export type Measure = 'count' | 'rate' | 'score' | 'duration' | 'date' | 'amount';

export type ReportValue =
  /** `href`: where the text leads on screen (a case's page from its number); paper and the workbook show the text. */
  | { kind: 'text'; text: string; href?: string }
  | { kind: Measure; value: number | null }
  /**
   * A change against last month; `better` says which way is good news (null: neither). `sheet`: the
   * change as the workbook's figures differ, where they are written more finely than on screen (durations).
   */
  | { kind: 'change'; of: Exclude<Measure, 'date'>; value: number | null; better: 'up' | 'down' | null; sheet?: number | null };

export const text = (value: string): ReportValue => ({ kind: 'text', text: value });
export const linkedText = (value: string, href: string): ReportValue => ({ kind: 'text', text: value, href });
export const count = (value: number): ReportValue => ({ kind: 'count', value });
export const rate = (value: number | null): ReportValue => ({ kind: 'rate', value });
export const score = (value: number | null): ReportValue => ({ kind: 'score', value });
export const duration = (value: number | null): ReportValue => ({ kind: 'duration', value });
export const date = (value: number | null): ReportValue => ({ kind: 'date', value });
export const amount = (value: number): ReportValue => ({ kind: 'amount', value });

/** Changes this small are rounding noise, shown as 持平. */
const SAME: Record<Exclude<Measure, 'date'>, number> = { count: 0.5, rate: 0.0005, score: 0.005, duration: 60_000, amount: 0.005 };

export type Tone = 'good' | 'bad' | 'flat';

/** Whether a change is good news, bad news or none; null when there is nothing to compare. */
export function changeTone(value: ReportValue): Tone | null {
  if (value.kind !== 'change' || value.value === null) return null;
  if (Math.abs(value.value) < SAME[value.of] || value.better === null) return 'flat';
  return (value.value > 0) === (value.better === 'up') ? 'good' : 'bad';
}

const percent = (fraction: number) => `${percentHalfUp(fraction, 1).toFixed(1)}%`;

function magnitude(t: TFunction, of: Exclude<Measure, 'date'>, size: number): string {
  switch (of) {
    case 'count':
      return String(roundHalfUp(size, 0));
    case 'rate':
      return t('reports.change.points', { value: percentHalfUp(size, 1).toFixed(1) });
    case 'score':
      return fixedHalfUp(size, 2);
    case 'duration':
      return formatDuration(t, size, 'nearest');
    case 'amount':
      return formatAmount(roundHalfUp(size, 2));
  }
}

/** The cell as people read it: 91.7%, 4.25, 1天3小时, 2026-11-23 14:05, ↑ 5.0 个百分点. */
export function displayValue(t: TFunction, value: ReportValue): string {
  const blank = t('reports.blank');
  if (value.kind === 'text') return value.text === '' ? blank : value.text;
  if (value.value === null) return blank;
  switch (value.kind) {
    case 'count':
      return String(value.value);
    case 'rate':
      return percent(value.value);
    case 'score':
      return fixedHalfUp(value.value, 2);
    case 'duration':
      return formatDuration(t, value.value, 'nearest');
    case 'date':
      return formatDateTime(value.value);
    case 'amount':
      return formatAmount(roundHalfUp(value.value, 2));
    case 'change': {
      if (Math.abs(value.value) < SAME[value.of]) return t('reports.change.same');
      return `${value.value > 0 ? '↑' : '↓'} ${magnitude(t, value.of, Math.abs(value.value))}`;
    }
  }
}

/** The unit a number of this kind is written in, in the workbook; null for counts, texts and dates. */
export function sheetUnit(t: TFunction, value: ReportValue): string | null {
  const measure = value.kind === 'change' ? value.of : value.kind;
  switch (measure) {
    case 'rate':
      return t('reports.units.percent');
    case 'score':
      return t('reports.units.points');
    case 'duration':
      return t('reports.units.hours');
    case 'amount':
      return t('payout.report.yuan');
    default:
      return null;
  }
}

/** The same rounding as the screen's and the paper's: half up, decimal-safe (`roundHalfUp`). */
const round = roundHalfUp;

/**
 * A figure at the precision the report writes it on screen and paper (a rate to 0.1 %, a score to
 * 0.01, a duration to the hour from a day up and to the minute below, as formatDuration shows it) or,
 * `inSheet`, in the workbook (durations to 0.1 h): a change is the difference of the two figures beside it.
 */
export function asShown(of: Exclude<Measure, 'date'>, value: number, inSheet = false): number {
  switch (of) {
    case 'count':
      return round(value, 0);
    case 'rate':
      return round(value, 3);
    case 'score':
      return round(value, 2);
    case 'duration':
      return inSheet ? round(value / 3_600_000, 1) * 3_600_000 : Math.sign(value) * shownSpan(Math.abs(value), 'nearest');
    case 'amount':
      return round(value, 2);
  }
}

/**
 * Whether the shares of a whole split into parts, each rounded on its own to 0.1 % (as `rate` shows
 * them: equal parts, equal shares; 4 of 9 is 44.4 %), add up to other than 100.0 %, so the table says why.
 * Not when the parts are not the whole (a case counted in two rows, or in none).
 */
export function sharesOffWhole(parts: readonly number[], total: number): boolean {
  if (total === 0 || parts.reduce((sum, n) => sum + n, 0) !== total) return false;
  return parts.reduce((sum, part) => sum + shiftDecimal(roundHalfUp(part / total, 3), 3), 0) !== 1000;
}

/** The cell as the workbook holds it: rates in per cent, durations in hours, so Excel can compute with them. */
export function sheetValue(value: ReportValue): Cell {
  if (value.kind === 'text') return value.text;
  if (value.kind === 'change' && value.sheet !== undefined) return sheetValue({ kind: value.of, value: value.sheet });
  if (value.value === null) return null;
  const measure = value.kind === 'change' ? value.of : value.kind;
  switch (measure) {
    case 'count':
      return value.value;
    case 'rate':
      return percentHalfUp(value.value, 1);
    case 'score':
      return round(value.value, 2);
    case 'duration':
      return round(value.value / 3_600_000, 1);
    case 'date':
      return new Date(value.value);
    case 'amount':
      return round(value.value, 2);
  }
}
