/**
 * The working-time calendar of the service centre: official Chinese public
 * holidays and adjusted working days (调休) from the maintained `chinese-days`
 * data, the admin's own additions (next year's schedule is published late),
 * and the daily working hours. All in the desktop's local time.
 */
import official from 'chinese-days/dist/chinese-days.json';

export interface CalendarSettings {
  /** Minutes after midnight. */
  dayStart: number;
  dayEnd: number;
  /** A break inside the working day (lunch), or null. */
  breakStart: number | null;
  breakEnd: number | null;
  /** `YYYY-MM-DD` days off added by the admin. */
  extraHolidays: string[];
  /** `YYYY-MM-DD` make-up working days added by the admin (e.g. a Saturday). */
  extraWorkdays: string[];
}

export const DEFAULT_CALENDAR: CalendarSettings = {
  dayStart: 9 * 60,
  dayEnd: 18 * 60,
  breakStart: 12 * 60,
  breakEnd: 13 * 60,
  extraHolidays: [],
  extraWorkdays: [],
};

export interface WorkCalendar {
  isWorkingDay(dayKey: string, weekday: number): boolean;
  settings: CalendarSettings;
}

const OFFICIAL_HOLIDAYS = new Set(Object.keys((official as { holidays: Record<string, string> }).holidays));
const OFFICIAL_WORKDAYS = new Set(Object.keys((official as { workdays: Record<string, string> }).workdays));

/** The official holidays and make-up working days known to this build. */
export function officialDays(): { holidays: string[]; workdays: string[] } {
  return { holidays: [...OFFICIAL_HOLIDAYS].sort(), workdays: [...OFFICIAL_WORKDAYS].sort() };
}

const OFFICIAL_YEARS = new Set([...OFFICIAL_HOLIDAYS].map((day) => Number(day.slice(0, 4))));

/**
 * The years from `from` to `to` whose public holidays nobody knows yet: none in this build's data
 * (next year's schedule is published late in the year), and the administrator has not entered its
 * schedule — read as done once its 元旦 (1 January) is among the added days; a company day off alone
 * is not the schedule. A deadline counted in working days across them treats 春节 as a working day.
 * Years before the build's data begins are history, not asked about.
 */
export function yearsWithoutHolidays(settings: Pick<CalendarSettings, 'extraHolidays'>, from: number, to: number): number[] {
  const entered = new Set(settings.extraHolidays.filter((day) => day.endsWith('-01-01')).map((day) => Number(day.slice(0, 4))));
  const first = Math.min(...OFFICIAL_YEARS);
  const years: number[] = [];
  for (let year = Math.max(new Date(from).getFullYear(), first); year <= new Date(to).getFullYear(); year += 1) {
    if (!OFFICIAL_YEARS.has(year) && !entered.has(year)) years.push(year);
  }
  return years;
}

export function createCalendar(settings: CalendarSettings = DEFAULT_CALENDAR): WorkCalendar {
  const extraHolidays = new Set(settings.extraHolidays);
  const extraWorkdays = new Set(settings.extraWorkdays);
  return {
    settings,
    isWorkingDay(dayKey, weekday) {
      if (extraWorkdays.has(dayKey)) return true;
      if (extraHolidays.has(dayKey)) return false;
      if (OFFICIAL_WORKDAYS.has(dayKey)) return true;
      if (OFFICIAL_HOLIDAYS.has(dayKey)) return false;
      return weekday !== 0 && weekday !== 6;
    },
  };
}

export function dayKeyOf(date: Date): string {
  const m = (date.getMonth() + 1).toString().padStart(2, '0');
  const d = date.getDate().toString().padStart(2, '0');
  return `${date.getFullYear()}-${m}-${d}`;
}

/** Working intervals [start, end) of the local day that contains `dayStart` (a local midnight). */
function intervalsOf(calendar: WorkCalendar, midnight: Date): Array<[number, number]> {
  if (!calendar.isWorkingDay(dayKeyOf(midnight), midnight.getDay())) return [];
  const { dayStart, dayEnd, breakStart, breakEnd } = calendar.settings;
  const at = (minutes: number) =>
    new Date(midnight.getFullYear(), midnight.getMonth(), midnight.getDate(), 0, minutes).getTime();
  if (breakStart !== null && breakEnd !== null && breakStart > dayStart && breakEnd < dayEnd && breakStart < breakEnd) {
    return [
      [at(dayStart), at(breakStart)],
      [at(breakEnd), at(dayEnd)],
    ];
  }
  return [[at(dayStart), at(dayEnd)]];
}

function nextMidnight(midnight: Date): Date {
  return new Date(midnight.getFullYear(), midnight.getMonth(), midnight.getDate() + 1);
}

function midnightOf(instant: number): Date {
  const d = new Date(instant);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate());
}

/** Ten years without a single working day means the calendar is misconfigured. */
const MAX_DAYS = 3660;

/** The instant at which `durationMs` of working time after `from` has elapsed. */
export function addWorkingTime(calendar: WorkCalendar, from: number, durationMs: number): number {
  let remaining = Math.max(0, durationMs);
  let day = midnightOf(from);
  for (let i = 0; i < MAX_DAYS; i += 1) {
    for (const [start, end] of intervalsOf(calendar, day)) {
      if (end <= from) continue;
      const begin = Math.max(start, from);
      if (remaining <= end - begin) return begin + remaining;
      remaining -= end - begin;
    }
    day = nextMidnight(day);
  }
  throw new RangeError('the working calendar has no working time');
}

/** Working time between two instants (0 when `to` is not after `from`). */
export function workingTimeBetween(calendar: WorkCalendar, from: number, to: number): number {
  if (to <= from) return 0;
  let total = 0;
  let day = midnightOf(from);
  while (day.getTime() < to) {
    for (const [start, end] of intervalsOf(calendar, day)) {
      const a = Math.max(start, from);
      const b = Math.min(end, to);
      if (b > a) total += b - a;
    }
    day = nextMidnight(day);
  }
  return total;
}
