import dayjs from 'dayjs';

/** Date and time as service centres write it: 2026-11-23 14:05. */
export function formatDateTime(instant: number): string {
  return dayjs(instant).format('YYYY-MM-DD HH:mm');
}

/** A count as the UI's language writes it: 30,000 (the same in Chinese and English). */
export function formatCount(n: number, language: string): string {
  return new Intl.NumberFormat(language).format(n);
}
