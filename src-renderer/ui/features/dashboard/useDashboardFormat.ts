import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bucket } from '../../../domain/dashboard/figures';
import type { Granularity, Period } from '../../../domain/dashboard/period';
import { formatDuration } from '../cases/format';

/** How the dashboard writes its numbers in the user's language: counts, percents with one decimal, durations, scores with two, bucket names. */
export function useDashboardFormat() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const count = new Intl.NumberFormat(language);
    const percent = new Intl.NumberFormat(language, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
    // Two decimals, as the monthly report writes them: 3.55 here and 3.6 there looked like two figures.
    const score = new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    const day = new Intl.DateTimeFormat(language, { month: 'short', day: 'numeric' });
    const dayOfYear = new Intl.DateTimeFormat(language, { year: 'numeric', month: 'short', day: 'numeric' });
    const month = new Intl.DateTimeFormat(language, { year: 'numeric', month: 'short' });
    const none = t('dashboard.none');
    /**
     * The short name of a bucket on an axis: 11月3日, 11月3日起, 2026年11月. `withYear` for days and weeks
     * of a period across a New Year (a month always says its year).
     */
    const bucket = (of: Bucket, granularity: Granularity, withYear = false) => {
      if (granularity === 'month') return month.format(of.start);
      const date = (withYear ? dayOfYear : day).format(of.start);
      return granularity === 'week' ? t('dashboard.weekOf', { day: date }) : date;
    };
    return {
      count: (n: number) => count.format(n),
      /** A share 0–1; "—" when there is nothing to divide (an empty period is not 0 %). */
      percent: (rate: number | null) => (rate === null ? none : percent.format(rate)),
      duration: (ms: number | null) => (ms === null ? none : formatDuration(t, ms, 'nearest')),
      score: (value: number | null) => (value === null ? none : t('dashboard.score', { value: score.format(value) })),
      bucket,
      /**
       * Every bucket's name for the chart axis, its tooltip, the data table and a drill's name: with the
       * year when the period covers more than one calendar year, else 12月1日 would name two days.
       */
      bucketLabels: (buckets: readonly Bucket[], period: Period) => {
        const withYear = new Date(period.from).getFullYear() !== new Date(period.to - 1).getFullYear();
        return buckets.map((of) => bucket(of, period.granularity, withYear));
      },
    };
  }, [t, language]);
}

export type DashboardFormat = ReturnType<typeof useDashboardFormat>;
