/**
 * Reading the cells of a historical spreadsheet: instants in the forms people type (or Excel
 * stores), amounts with currency marks, and vocabulary values by their Chinese or English label
 * or code. Pure; instants without a zone are local wall-clock time.
 */
import { normaliseHeader } from './fields';
import { withoutInvisible } from '../common/invisible';

/**
 * 24:00 is the end of the day it is written with (ISO 8601; old systems export a day's last
 * moment so): the next day's 00:00. Only exactly 24:00 — 24:30 is no time.
 */
const isEndOfDay = (h: number, mi: number, s: number, ms: number) => h === 24 && mi === 0 && s === 0 && ms === 0;

/** Builds a local instant, or null when a part is out of range (Feb 30, 25:00…). */
function localInstant(y: number, mo: number, d: number, h = 0, mi = 0, s = 0, ms = 0): number | null {
  const endOfDay = isEndOfDay(h, mi, s, ms);
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || (h > 23 && !endOfDay) || mi > 59 || s > 59) return null;
  const date = new Date(y, mo - 1, d, endOfDay ? 0 : h, mi, s, ms);
  // new Date rolls Feb 30 over into March: a rolled date is not the one typed.
  if (date.getFullYear() !== y || date.getMonth() !== mo - 1 || date.getDate() !== d) return null;
  // The next calendar day, not 24 hours on: a day of a clock change is not 24 hours long.
  return endOfDay ? new Date(y, mo - 1, d + 1).getTime() : date.getTime();
}

const num = (text: string | undefined) => (text === undefined || text === '' ? 0 : Number(text));
/** `.5` → 500 ms, `.123456` → 123 ms. */
const millis = (fraction: string | undefined) => (fraction === undefined ? 0 : Number(fraction.slice(0, 3).padEnd(3, '0')));

/** `2026-11-23 10:05`, `2026/11/23`, `2026.1.5 9:05:30`, `2026-11-23T10:05:00.000` */
const DASHED = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[\sTt]+(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.(\d+))?)?)?$/;
/** `2026年11月23日 10时05分`, `2026年11月23日10:05`, `2026年1月5号 9点` */
const CHINESE = /^(\d{4})年(\d{1,2})月(\d{1,2})[日号]?(?:\s*(\d{1,2})\s*[时点:：]\s*(?:(\d{1,2})\s*分?)?\s*(?:[:：]?\s*(\d{1,2})\s*秒?)?)?$/;
/** `20261123`, `20261123 1005`, `202611231005` */
const COMPACT = /^((?:19|20)\d{2})(\d{2})(\d{2})(?:\s*(\d{2}):?(\d{2})(?::?(\d{2}))?)?$/;
/**
 * A date-time with a zone, from ISO 8601 and database exports: `2026-11-23T10:05:00Z`,
 * `2026-11-23 10:05:00+08` (PostgreSQL), `…+0800`, `…+08:00`.
 */
const ZONED = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})[\sT]+(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.(\d+))?)?\s*(?:Z|UTC|GMT|([+-])(\d{2})(?::?(\d{2}))?)$/i;
/**
 * A 12-hour time as WPS and Excel write it under Chinese or English formats: before the time
 * (`2026/11/23 下午 2:30`, `2026年11月23日下午2点`) or after it (`2026/11/23 2:30 PM`).
 */
const PERIOD_BEFORE = /^(.+?)\s*(上午|下午|中午|晚上|凌晨)\s*(\d.*)$/;
const PERIOD_AFTER = /^(.+?\d)\s*(上午|下午|中午|晚上|凌晨|[ap]\.?m\.?)$/i;
/** An Excel date serial (days since 1899-12-30), as a date cell reads when it was stored as a number. */
const SERIAL = /^\d{5}(?:\.\d+)?$/;
const SERIAL_MIN = 25_569; // 1970-01-01
const SERIAL_MAX = 73_051; // 2100-01-01

/**
 * The 24-hour hour a 12-hour one names in its part of the day, or null when that is not clear.
 * Excel's 上午12:30 (12:30 AM) is half past midnight; 中午1点 is 13:00; 晚上12点 (which day's
 * midnight?) and 晚上3点 are refused. An hour already past 12 is kept where it fits the part.
 */
function hourOfPeriod(period: string, hour: number): number | null {
  const within = (from: number, to: number) => hour >= from && hour <= to;
  switch (period.replaceAll('.', '').toLowerCase()) {
    case '上午':
    case 'am':
      return hour === 12 ? 0 : within(0, 11) ? hour : null;
    case '下午':
    case 'pm':
      return within(1, 11) ? hour + 12 : within(12, 23) ? hour : null;
    case '中午':
      return within(1, 2) ? hour + 12 : within(11, 14) ? hour : null;
    case '晚上':
      return within(6, 11) ? hour + 12 : within(18, 23) ? hour : null;
    case '凌晨':
      return hour === 12 ? 0 : within(0, 6) ? hour : null;
    default:
      return null;
  }
}

/** The cell without its part-of-day word, and that word ('' when it has none). */
function splitPeriod(text: string): { text: string; period: string } {
  const before = PERIOD_BEFORE.exec(text);
  if (before) return { text: `${before[1]} ${before[3]}`, period: before[2]! };
  const after = PERIOD_AFTER.exec(text);
  if (after) return { text: after[1]!, period: after[2]! };
  return { text, period: '' };
}

function zonedInstant(match: RegExpExecArray): number | null {
  const [, y, mo, d, h, mi, s, fraction, sign, offsetH, offsetM] = match;
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(num) as [number, number, number, number, number, number];
  const offset = (sign === '-' ? -1 : 1) * (num(offsetH) * 60 + num(offsetM));
  const endOfDay = isEndOfDay(hour, minute, second, millis(fraction));
  if (month < 1 || month > 12 || day < 1 || day > 31 || (hour > 23 && !endOfDay) || minute > 59 || second > 59 || num(offsetH) > 14 || num(offsetM) > 59) return null;
  const utc = new Date(Date.UTC(year, month - 1, day, endOfDay ? 0 : hour, minute, second, millis(fraction)));
  if (utc.getUTCFullYear() !== year || utc.getUTCMonth() !== month - 1 || utc.getUTCDate() !== day) return null;
  return utc.getTime() + (endOfDay ? 86_400_000 : 0) - offset * 60_000;
}

/** A weekday as WPS and Excel long dates write it (`2024/3/5 星期二`, `2024年3月5日(周二) 14:30`): it adds nothing to the date. */
const WEEKDAY = /\s*\(?(?:星期|周|礼拜)[一二三四五六日天]\)?\s*/;

/** The instant a cell states, or null when it is not a date in any form we read. */
export function parseInstant(raw: string): number | null {
  const trimmed = raw.normalize('NFKC').replace(WEEKDAY, ' ').trim();
  if (trimmed === '') return null;
  const zoned = ZONED.exec(trimmed);
  if (zoned) return zonedInstant(zoned);
  const { text, period } = splitPeriod(trimmed);
  const dashed = DASHED.exec(text);
  const match = dashed ?? CHINESE.exec(text) ?? COMPACT.exec(text);
  if (match) {
    const [, y, mo, d, h, mi, s] = match;
    let hour = num(h);
    if (period !== '') {
      // A part of the day without a time (`2026/11/23 下午`) says nothing we can keep.
      const inPeriod = h === undefined ? null : hourOfPeriod(period, hour);
      if (inPeriod === null) return null;
      hour = inPeriod;
    }
    return localInstant(num(y), num(mo), num(d), hour, num(mi), num(s), millis(dashed?.[7]));
  }
  if (period !== '' || !SERIAL.test(text)) return null;
  const serial = Number(text);
  if (serial < SERIAL_MIN || serial >= SERIAL_MAX) return null;
  const days = Math.floor(serial);
  const seconds = Math.round((serial - days) * 86_400);
  const base = new Date(1899, 11, 30 + days);
  return localInstant(base.getFullYear(), base.getMonth() + 1, base.getDate(), Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60);
}

/**
 * `¥1,280.50`, `1280元`, `￥ 99` → the number; null when the cell is empty; NaN when it is not a
 * number. A comma only groups thousands: `1.234,50` (a decimal comma, as European Excel writes it)
 * or `12,50` is NaN, not 1.2345 or 1250, so the check names the row instead of storing it wrong.
 */
export function parseAmount(raw: string): number | null {
  const text = raw
    .normalize('NFKC')
    .trim()
    .replace(/^(?:¥|￥|RMB|CNY)\s*/i, '')
    .replace(/\s*(?:元|RMB|CNY)$/i, '')
    .replace(/\s/g, '');
  if (text === '') return null;
  if (!/^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/.test(text)) return Number.NaN;
  return Number(text.replace(/,/g, ''));
}

/** A mainland mobile number after the country code written without its plus: `86-138…`, `86 138 1234 5678`. */
const COUNTRY_CODE_MOBILE = /^(?:\+|00)?86[\s\-\u2010-\u2015\u2212]*(1[3-9][\d\s\-\u2010-\u2015\u2212]*)$/;

/**
 * A phone cell as other tools export it, made fit for the desk's own phone rules: a number column
 * written as a float by pandas or Excel (`13812345678.0`), and a mobile number behind a bare 86
 * or 0086 (`86-13812345678`, `8613812345678`), which no desk number starts with (mobile numbers
 * start with 1, landlines with 0). Anything else comes back as it was, for the check to judge.
 */
export function phoneCell(raw: string): string {
  let text = raw.normalize('NFKC').trim();
  if (/^\d+\.0+$/.test(text)) text = text.slice(0, text.indexOf('.'));
  const mobile = COUNTRY_CODE_MOBILE.exec(text)?.[1]?.replace(/\D/g, '');
  return mobile !== undefined && /^1[3-9]\d{9}$/.test(mobile) ? mobile : text;
}

/** A lookup from every label of a vocabulary (normalised) to its code. */
export type LabelIndex<C extends string> = ReadonlyMap<string, C>;

export function labelIndex<C extends string>(labels: Record<C, readonly string[]>): LabelIndex<C> {
  const index = new Map<string, C>();
  for (const code of Object.keys(labels) as C[]) {
    index.set(normaliseHeader(code), code);
    for (const label of labels[code]) index.set(normaliseHeader(label), code);
  }
  return index;
}

/**
 * The configured departments by their normalised names, to the spelling the settings give them:
 * `售后服务部 ` and `售后服务部` are one department, and the case keeps the configured spelling, so
 * it counts in that department's figures and alerts its members. Built once per check.
 */
export type DepartmentIndex = ReadonlyMap<string, string>;

export function departmentIndex(departments: readonly string[]): DepartmentIndex {
  const index = new Map<string, string>();
  for (const department of departments) {
    const key = normaliseHeader(department);
    if (!index.has(key)) index.set(key, department);
  }
  return index;
}


/** Control characters (a tab, a line break inside a label): never part of a value. */
const CONTROL = /\p{Cc}/gu;

/** A cell's value as the user sees it: without invisible characters (`withoutInvisible`) or control characters, trimmed. */
export function visibleValue(value: string): string {
  return withoutInvisible(value).replace(CONTROL, '').trim();
}

/**
 * What a value map (对应取值) keys a cell's value by: the value as labels are compared, or — for a
 * value that is all punctuation (`-`, `/`, which ledgers write for none) — the value itself,
 * trimmed; invisible characters left out either way.
 */
export function valueKey(value: string): string {
  const visible = visibleValue(value);
  return normaliseHeader(visible) || visible;
}

/** The code a cell names, or null when it names none; invisible characters (`退款\u200b`) do not count. */
export function parseLabel<C extends string>(index: LabelIndex<C>, raw: string): C | null {
  return index.get(normaliseHeader(visibleValue(raw))) ?? null;
}

/** Several values in one cell: `退款、道歉`, `refund; apology`, `退款/换货`. */
const LIST_SEPARATORS = /[、,，;；|\n]+|\s+\/\s+|\/(?=[^\s/])/;

export interface LabelList<C extends string> {
  codes: readonly C[];
  unknown: readonly string[];
  notes: readonly string[];
}

const NONE: readonly never[] = Object.freeze([]);
/** An empty cell's list, shared: most rows of a file have no demand, and the check reads every row. */
const EMPTY_LIST: LabelList<never> = Object.freeze({ codes: NONE, unknown: NONE, notes: NONE });

/**
 * Every code a list cell names, in order and once each; `unknown` holds the parts that name none
 * (as `visibleValue` gives them). A part the labels do not name may be named by `mapped` (对应取值,
 * keyed by `valueKey`); its text is kept all the same: `notes` holds every part the labels do not
 * name, mapped or not, in order. A part of invisible characters only is no part. Labels are looked
 * up without invisible characters (`退款\u200b` is 退款), as the scan lists values. The arrays of
 * the result may be shared (an empty cell's, a list without notes): read them, never change them.
 */
export function parseLabelList<C extends string>(index: LabelIndex<C>, raw: string, mapped?: ReadonlyMap<string, C>): LabelList<C> {
  const visible = visibleValue(raw);
  if (visible === '') return EMPTY_LIST;
  // A label with a slash of its own (应用/小程序) is one value, not two.
  const whole = index.get(normaliseHeader(visible));
  if (whole !== undefined) return { codes: [whole], unknown: NONE, notes: NONE };
  const codes: C[] = [];
  let unknown: string[] | null = null;
  let notes: string[] | null = null;
  for (const part of raw.split(LIST_SEPARATORS)) {
    const value = visibleValue(part);
    if (value === '') continue;
    const key = normaliseHeader(value);
    const code = index.get(key) ?? null;
    if (code !== null) {
      if (!codes.includes(code)) codes.push(code);
      continue;
    }
    (notes ??= []).push(value);
    // As `valueKey` keys it: a part of punctuation only by itself.
    const target = mapped?.get(key || value);
    if (target === undefined) (unknown ??= []).push(value);
    else if (!codes.includes(target)) codes.push(target);
  }
  return { codes, unknown: unknown ?? NONE, notes: notes ?? NONE };
}
