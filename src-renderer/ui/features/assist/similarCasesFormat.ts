import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import type { SimilarCase } from '../../../domain/assist/similar';
import { compensationText } from '../../components/format';

/** A day as the lists show it: 2026-11-23. */
export function formatDay(instant: number): string {
  return dayjs(instant).format('YYYY-MM-DD');
}

/** The compensation granted, e.g. 代金券 ¥50.00; null when there was none. */
export function grantedText(t: TFunction, compensation: SimilarCase['compensation']): string | null {
  return !compensation || compensation.type === 'none' ? null : compensationText(t, compensation);
}

/** 产品质量 · 功能故障, or just the category; empty for an ungraded case. */
export function categoryText(t: TFunction, category: SimilarCase['category'], subCategory: string): string {
  if (!category) return '';
  return subCategory ? `${t(`category.${category}`)} · ${subCategory}` : t(`category.${category}`);
}
