import dayjs from 'dayjs';

/** The string format of Mantine's date pickers. */
export const PICKER_FORMAT = 'YYYY-MM-DD HH:mm:ss';

export function pickerValue(instant: number): string {
  return dayjs(instant).format(PICKER_FORMAT);
}

/** The picker's current time, for fields that default to “now”. */
export function pickerNow(): string {
  return dayjs().format(PICKER_FORMAT);
}

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
