/**
 * Reading the cells of a historical spreadsheet: instants in the forms people type (or Excel
 * stores), amounts with currency marks, and vocabulary values by their Chinese or English label
 * or code. Pure; instants without a zone are local wall-clock time.
 */
import { normaliseHeader } from './fields';

/** Builds a local instant, or null when a part is out of range (Feb 30, 25:00…). */
function localInstant(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): number | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return null;
  const date = new Date(y, mo - 1, d, h, mi, s);
  // new Date rolls Feb 30 over into March: a rolled date is not the one typed.
  if (date.getFullYear() !== y || date.getMonth() !== mo - 1 || date.getDate() !== d) return null;
  return date.getTime();
}

const num = (text: string | undefined) => (text === undefined || text === '' ? 0 : Number(text));

/** `2026-11-23 10:05`, `2026/11/23`, `2026.1.5 9:05:30` */
const DASHED = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[\sT]+(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.\d+)?)?)?$/;
/** `2026年11月23日 10时05分`, `2026年11月23日10:05`, `2026年1月5号 9点` */
const CHINESE = /^(\d{4})年(\d{1,2})月(\d{1,2})[日号]?(?:\s*(\d{1,2})\s*[时点:：]\s*(?:(\d{1,2})\s*分?)?\s*(?:[:：]?\s*(\d{1,2})\s*秒?)?)?$/;
/** `20261123`, `20261123 1005`, `202611231005` */
const COMPACT = /^((?:19|20)\d{2})(\d{2})(\d{2})(?:\s*(\d{2}):?(\d{2})(?::?(\d{2}))?)?$/;
/** ISO 8601 with a `T` and optionally a zone: `2026-11-23T10:05:00Z`, `…+08:00`. */
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?$/i;
/** An Excel date serial (days since 1899-12-30), as a date cell reads when it was stored as a number. */
const SERIAL = /^\d{5}(?:\.\d+)?$/;
const SERIAL_MIN = 25_569; // 1970-01-01
const SERIAL_MAX = 73_051; // 2100-01-01

/** The instant a cell states, or null when it is not a date in any form we read. */
export function parseInstant(raw: string): number | null {
  const text = raw.normalize('NFKC').trim();
  if (text === '') return null;
  if (ISO.test(text)) {
    const value = Date.parse(text);
    return Number.isNaN(value) ? null : value;
  }
  const match = DASHED.exec(text) ?? CHINESE.exec(text) ?? COMPACT.exec(text);
  if (match) {
    const [, y, mo, d, h, mi, s] = match;
    return localInstant(num(y), num(mo), num(d), num(h), num(mi), num(s));
  }
  if (SERIAL.test(text)) {
    const serial = Number(text);
    if (serial < SERIAL_MIN || serial >= SERIAL_MAX) return null;
    const days = Math.floor(serial);
    const seconds = Math.round((serial - days) * 86_400);
    const base = new Date(1899, 11, 30 + days);
    return localInstant(base.getFullYear(), base.getMonth() + 1, base.getDate(), Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60);
  }
  return null;
}


/** `¥1,280.50`, `1280元`, `￥ 99` → the number; null when the cell is empty; NaN when it is not a number. */
export function parseAmount(raw: string): number | null {
  const text = raw
    .normalize('NFKC')
    .trim()
    .replace(/^(?:¥|￥|RMB|CNY)\s*/i, '')
    .replace(/\s*(?:元|RMB|CNY)$/i, '')
    .replace(/[,\s]/g, '');
  if (text === '') return null;
  if (!/^-?\d+(?:\.\d+)?$/.test(text)) return Number.NaN;
  return Number(text);
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

/** The code a cell names, or null when it names none. */
export function parseLabel<C extends string>(index: LabelIndex<C>, raw: string): C | null {
  return index.get(normaliseHeader(raw)) ?? null;
}

/** Several values in one cell: `退款、道歉`, `refund; apology`, `退款/换货`. */
const LIST_SEPARATORS = /[、,，;；|\n]+|\s+\/\s+|\/(?=[^\s/])/;

/** Every code a list cell names, in order and once each; `unknown` holds the parts that name none. */
export function parseLabelList<C extends string>(index: LabelIndex<C>, raw: string): { codes: C[]; unknown: string[] } {
  const codes: C[] = [];
  const unknown: string[] = [];
  const whole = parseLabel(index, raw);
  // A label with a slash of its own (应用/小程序) is one value, not two.
  const parts = whole !== null ? [raw] : raw.split(LIST_SEPARATORS);
  for (const part of parts) {
    if (part.trim() === '') continue;
    const code = parseLabel(index, part);
    if (code === null) unknown.push(part.trim());
    else if (!codes.includes(code)) codes.push(code);
  }
  return { codes, unknown };
}
