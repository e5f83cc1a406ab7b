import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import type { SimilarCase } from '../../../domain/assist/similar';

/** A day as the lists show it: 2026-11-23. */
export function formatDay(instant: number): string {
  return dayjs(instant).format('YYYY-MM-DD');
}

/** The compensation granted, e.g. 代金券 ¥50.00; null when there was none. */
export function compensationText(t: TFunction, compensation: SimilarCase['compensation']): string | null {
  if (!compensation || compensation.type === 'none') return null;
  const amount = compensation.amount === null ? '' : ` ¥${compensation.amount.toFixed(2)}`;
  return `${t(`compensation.${compensation.type}`)}${amount}`;
}

/** 产品质量 · 功能故障, or just the category; empty for an ungraded case. */
export function categoryText(t: TFunction, category: SimilarCase['category'], subCategory: string): string {
  if (!category) return '';
  return subCategory ? `${t(`category.${category}`)} · ${subCategory}` : t(`category.${category}`);
}
