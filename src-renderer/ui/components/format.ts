import dayjs from 'dayjs';

/** Date and time as service centres write it: 2026-11-23 14:05. */
export function formatDateTime(instant: number): string {
  return dayjs(instant).format('YYYY-MM-DD HH:mm');
}
