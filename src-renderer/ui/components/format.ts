import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import type { CompensationType } from '../../domain/cases/vocabulary';

/** Date and time as service centres write it: 2026-11-23 14:05. */
export function formatDateTime(instant: number): string {
  return dayjs(instant).format('YYYY-MM-DD HH:mm');
}

/** A count as the UI's language writes it: 30,000 (the same in Chinese and English). */
export function formatCount(n: number, language: string): string {
  return new Intl.NumberFormat(language).format(n);
}

const YUAN = new Intl.NumberFormat('zh-CN', { style: 'currency', currency: 'CNY' });

/** ¥1,280.00 — amounts are always renminbi, written the same on screen and on paper. */
export function formatAmount(amount: number): string {
  return YUAN.format(amount);
}

/** 代金券 ¥50.00: the kind of compensation and its amount; 无 when there is none. */
export function compensationText(t: TFunction, compensation: { type: CompensationType; amount: number | null }): string {
  if (compensation.type === 'none') return t('compensation.none');
  const kind = t(`compensation.${compensation.type}`);
  return compensation.amount === null ? kind : `${kind} ${formatAmount(compensation.amount)}`;
}

/**
 * A file's size as a file manager shows it (820 KB, 12.4 MB): the same on the intake form, the case
 * page, the printed forms and the backups.
 */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}
