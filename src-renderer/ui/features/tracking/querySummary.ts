/**
 * The tracking table's query in words, for the printed list: every condition that narrows it
 * (the filter panel's, a view's, a dashboard drill's and the search), then the sort. A printed
 * list of overdue cases must not read like the whole caseload.
 */
import type { TFunction } from 'i18next';
import type { TrackingQuery } from '../../../domain/tracking/query';
import { conditionText, rangeText } from './DrillChips';
import { drillConditions, DEFAULT_FILTER } from './trackingQuery';

/** "A, B or C" in the user's language: each list filter keeps a case matching any of its values. */
function anyOf(language: string, values: readonly string[]): string {
  return new Intl.ListFormat(language, { type: 'disjunction' }).format(values);
}

/** Each condition of the query as a line the reader understands (状态：核实中或定级中), in the panel's order. */
export function queryConditions(t: TFunction, language: string, query: TrackingQuery, ownerName: (id: string) => string): string[] {
  const { filter } = query;
  const lines: string[] = [];
  const labelled = (label: string, value: string) => lines.push(t('tracking.print.condition', { label, value }));
  const list = (label: string, values: readonly string[]) => {
    if (values.length > 0) labelled(label, anyOf(language, values));
  };

  for (const flag of ['mine', 'open', 'awaitingMyApproval'] as const) if (filter[flag]) lines.push(t(`tracking.filters.${flag}`));
  list(t('tracking.filters.statuses'), filter.statuses.map((status) => t(`status.${status}`)));
  list(t('tracking.filters.severities'), filter.severities.map((severity) => t(`severity.${severity}`)));
  list(t('tracking.filters.categories'), filter.categories.map((category) => t(`category.${category}`)));
  list(t('tracking.filters.channels'), filter.channels.map((channel) => t(`channel.${channel}`)));
  list(
    t('tracking.filters.departments'),
    filter.departments.map((department) => (department === '' ? t('dashboard.period.noDepartment') : department)),
  );
  list(
    t('tracking.print.subCategories'),
    filter.subCategories.map((subCategory) => (subCategory === '' ? t('tracking.drill.noSubCategory') : subCategory)),
  );
  list(t('tracking.filters.owners'), filter.ownerIds.map(ownerName));
  if (filter.receivedFrom !== null || filter.receivedTo !== null) {
    labelled(t('tracking.filters.received'), rangeText(t, language, filter.receivedFrom, filter.receivedTo));
  }
  list(
    t('tracking.filters.clock'),
    filter.clock.map((state) => (state === 'dueSoon' ? t('tracking.filters.dueSoon', { hours: filter.dueSoonHours }) : t(`tracking.filters.${state}`))),
  );
  list(t('referral.filter.label'), filter.referral.map((state) => t(`referral.filter.${state}`)));
  if (filter.repeated) lines.push(t('tracking.filters.repeated'));
  if (filter.chased) lines.push(t('tracking.filters.chased'));
  if (filter.held) lines.push(t('tracking.filters.held'));
  if (filter.satisfactionMin !== null) labelled(t('tracking.filters.satisfactionMin'), String(filter.satisfactionMin));
  if (filter.satisfactionMax !== null) labelled(t('tracking.filters.satisfactionMax'), String(filter.satisfactionMax));
  // The dashboard's other conditions, as its chips say them (sub-categories and departments are lists above).
  for (const condition of drillConditions(filter)) {
    if (condition.kind !== 'subCategory' && condition.kind !== 'noDepartment') lines.push(conditionText(t, language, condition));
  }
  if (filter.archived !== DEFAULT_FILTER.archived) labelled(t('tracking.filters.archived'), t(`tracking.filters.archive.${filter.archived}`));
  const words = filter.text.trim();
  if (words !== '') labelled(t('tracking.print.search'), words);
  return lines;
}

/** 筛选条件 and 排序 of a printed list, each as one line. */
export function querySummary(t: TFunction, language: string, query: TrackingQuery, ownerName: (id: string) => string): { conditions: string; sort: string } {
  const lines = queryConditions(t, language, query, ownerName);
  return {
    conditions:
      lines.length === 0
        ? t('tracking.print.noConditions')
        : t('tracking.print.conditions', { list: lines.join(t('tracking.print.conditionSeparator')) }),
    sort: t('tracking.print.sort', { key: t(`tracking.sort.keys.${query.sort.key}`), dir: t(`tracking.sort.${query.sort.dir}`) }),
  };
}
