import dayjs from 'dayjs';
import { DEFAULT_CALENDAR } from '../../../../domain/clocks/calendar';
import type { Settings } from '../../../../domain/settings/settings';

/** The string format of Mantine's date pickers. */
export const PICKER_FORMAT = 'YYYY-MM-DD HH:mm:ss';

export function pickerValue(instant: number): string {
  return dayjs(instant).format(PICKER_FORMAT);
}

/** The picker's current time, for fields that default to “now”. */
export function pickerNow(): string {
  return dayjs().format(PICKER_FORMAT);
}

/** The `minDate` of every picker: the desk takes nothing before 2000-01-01 (earliestInstant). */
export const EARLIEST_DAY = '2000-01-01 00:00:00';

/**
 * The `maxDate` of a picker for a past instant: the end of today. Days after today are greyed out,
 * but a time later today is kept as typed — a `maxDate` of now would silently turn it into now, and
 * the form's "not in the future" check (the store host's too) would never get to say so.
 */
export function pickerLatestDay(now: number = Date.now()): string {
  return dayjs(now).endOf('day').format(PICKER_FORMAT);
}

/**
 * The `minDate` of a picker for an instant after `instant`: the start of its day. Earlier days are
 * greyed out, but a time earlier that day is kept as typed — a `minDate` of the instant itself would
 * silently turn it into that instant (a plan due "now"), and the store host's check would never say so.
 */
export function pickerEarliestDay(instant: number = Date.now()): string {
  return dayjs(instant).startOf('day').format(PICKER_FORMAT);
}

/** Epoch ms for the store host; an empty picker becomes NaN, which the host refuses as a missing value. */
export function toInstant(value: string | null | undefined): number {
  return value ? dayjs(value).valueOf() : Number.NaN;
}

/**
 * The time a deadline picked by its day gets (the picker's `defaultTimeValue`): the end of the
 * centre's working day, 18:00 by default. Midnight, the picker's own default, would make "by the 22nd"
 * a deadline that passed as the 21st ended.
 */
export function deadlineTimeOfDay(settings: Pick<Settings, 'calendar'> | undefined): string {
  // A day that ends at midnight (24:00) is due the minute before.
  const minutes = Math.min((settings?.calendar ?? DEFAULT_CALENDAR).dayEnd, 24 * 60 - 1);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
