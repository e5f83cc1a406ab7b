/**
 * Cell values of an .xlsx worksheet as the user sees them in Excel: numbers without binary
 * float noise, dates (serial numbers under a date format) as ISO local date and time.
 */

export type DateKind = 'date' | 'time' | 'dateTime';

/**
 * Built-in number formats (ECMA-376 Part 1, 18.8.30) that show dates or times, including the
 * zh-CN locale ones 27–36 and 50–58 (年/月/日, 时/分, 上午/下午) that Chinese Excel writes by id alone.
 */
const BUILT_IN_DATE_FORMATS: Record<number, DateKind> = {
  14: 'date', 15: 'date', 16: 'date', 17: 'date',
  18: 'time', 19: 'time', 20: 'time', 21: 'time', 22: 'dateTime',
  27: 'date', 28: 'date', 29: 'date', 30: 'date', 31: 'date',
  32: 'time', 33: 'time', 34: 'time', 35: 'time', 36: 'date',
  45: 'time', 46: 'time', 47: 'time',
  50: 'date', 51: 'date', 52: 'date', 53: 'date', 54: 'date', 55: 'time', 56: 'time', 57: 'date', 58: 'date',
};

/** Whether a format code shows a date, a time, both, or neither (then the value is a plain number). */
export function formatCodeKind(code: string): DateKind | null {
  const section = code.split(';')[0] ?? '';
  const f = section
    .replace(/"[^"]*"/g, '') // literal text
    .replace(/\\.|_.|\*./g, '') // escaped characters, spacing, fill
    .replace(/\[(h+|m+|s+)\]/gi, '$1') // elapsed hours/minutes/seconds
    .replace(/\[[^\]]*\]/g, '') // colours, conditions, locales ([Red], [$-804])
    .toLowerCase()
    .replace(/am\/pm|a\/p|上午\/下午/g, '');
  const hasTime = /[hs]/.test(f);
  const hasDate = /[yd]/.test(f) || (f.includes('m') && !hasTime);
  if (hasDate) return hasTime ? 'dateTime' : 'date';
  return hasTime ? 'time' : null;
}

/** The date kind of a number format id, given the workbook's own format codes (which override built-ins). */
export function numFmtKind(id: number, custom: ReadonlyMap<number, string>): DateKind | null {
  const code = custom.get(id);
  if (code !== undefined) return formatCodeKind(code);
  return BUILT_IN_DATE_FORMATS[id] ?? null;
}

/**
 * A number as Excel shows it in General format: at most 15 significant digits, so a stored
 * 0.30000000000000004 reads 0.3, then the shortest text that round-trips.
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Number(value.toPrecision(15));
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

const DAY_S = 86_400;
const DAY_MS = DAY_S * 1000;
/** Excel's last day, 9999-12-31, in the 1900 system. */
const MAX_SERIAL = 2_958_465;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function isoDate(utc: Date): string {
  return `${pad(utc.getUTCFullYear(), 4)}-${pad(utc.getUTCMonth() + 1)}-${pad(utc.getUTCDate())}`;
}

function isoTime(utc: Date): string {
  return `${pad(utc.getUTCHours())}:${pad(utc.getUTCMinutes())}`;
}

/**
 * A serial date as local wall-clock text: `YYYY-MM-DD`, `YYYY-MM-DD HH:mm` (also for a date format
 * whose serial holds a time of day), or `HH:mm` for a time of no day. Excel has no time zones, so the serial is read as UTC and printed as is. Serials
 * before 1900-03-01 sit before Excel's phantom 1900-02-29 and count from 1899-12-31.
 */
export function formatSerialDate(serial: number, kind: DateKind, date1904: boolean): string {
  if (!(serial >= 0 && serial <= MAX_SERIAL)) return formatNumber(serial);
  // Rounding to the second first absorbs float noise (0.999999 of a minute is the next minute).
  const seconds = Math.round(serial * DAY_S);
  const days = Math.floor(seconds / DAY_S);
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : days < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const instant = new Date(epoch + days * DAY_MS + (seconds - days * DAY_S) * 1000);
  if (kind === 'time' && days === 0) return isoTime(instant);
  // A date format shows the day only, but a serial with a time of day holds it (18:00 typed into a
  // column formatted as dates): the time is kept, or a complaint's deadline would count from midnight.
  if (kind === 'date' && seconds === days * DAY_S) return isoDate(instant);
  return `${isoDate(instant)} ${isoTime(instant)}`;
}

/** An ISO 8601 cell value (`t="d"`) in the same shape as a serial date. */
export function formatIsoCell(value: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?/.exec(value.trim());
  if (!match) return value;
  return match[2] ? `${match[1]} ${match[2]}` : match[1]!;
}

/** Excel's escape for characters XML cannot hold, `_xHHHH_` (and `_x005F_` for a literal underscore). */
export function unescapeOoxml(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
