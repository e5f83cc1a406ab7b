import { Badge, CloseButton, Group, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { TrackingFilter } from '../../../domain/tracking/query';
import { drillConditions, type DrillCondition } from './trackingQuery';

/** [from, to) as the days it covers, in the user's language. */
export function rangeText(t: TFunction, language: string, from: number | null, to: number | null): string {
  const day = new Intl.DateTimeFormat(language, { year: 'numeric', month: 'short', day: 'numeric' });
  if (from !== null && to !== null) {
    const first = day.format(from);
    const last = day.format(Math.max(from, to - 1));
    return first === last ? first : t('tracking.drill.range', { from: first, to: last });
  }
  if (from !== null) return t('tracking.drill.since', { day: day.format(from) });
  return t('tracking.drill.before', { day: day.format(to ?? 0) });
}

/** What a condition means, as a user reads it: 处理时限完成于 2026年11月1日至2026年11月30日 · 超时. */
export function conditionText(t: TFunction, language: string, condition: DrillCondition): string {
  switch (condition.kind) {
    case 'clockCompleted': {
      const { clock, from, to, outcomes } = condition.value;
      const text = t('tracking.drill.clockCompleted', { clock: t(`tracking.drill.clocks.${clock}`), range: rangeText(t, language, from, to) });
      // Both outcomes is every completed clock: nothing to add.
      return outcomes.length === 1 ? t('tracking.drill.withOutcome', { text, outcome: t(`tracking.drill.outcomes.${outcomes[0]!}`) }) : text;
    }
    case 'surveyed':
      return t('tracking.drill.surveyed', { range: rangeText(t, language, condition.from, condition.to) });
    case 'subCategory':
      return t('tracking.drill.subCategory', { value: condition.value === '' ? t('tracking.drill.noSubCategory') : condition.value });
    default:
      return t(`tracking.drill.${condition.kind}`);
  }
}

/**
 * The conditions a dashboard figure put on the table that the filter panel
 * cannot show, as chips that can be taken off: whoever arrives from the
 * dashboard sees why the table lists what it lists.
 */
export function DrillChips({ filter, onChange }: { filter: TrackingFilter; onChange(patch: Partial<TrackingFilter>): void }) {
  const { t, i18n } = useTranslation();
  const conditions = drillConditions(filter);
  if (conditions.length === 0) return null;
  // The dashboard counts handlings; a case handled again after a return completed twice, and is one row here.
  const handlings = conditions.some((condition) => condition.kind === 'clockCompleted' && condition.value.clock === 'resolution');
  return (
    <Group gap="xs" role="group" aria-labelledby="tracking-drill-label">
      <Text size="sm" c="dimmed" id="tracking-drill-label">
        {t('tracking.drill.label')}
      </Text>
      {conditions.map((condition) => {
        const label = conditionText(t, i18n.language, condition);
        return (
          <Badge
            key={`${condition.kind}:${condition.kind === 'subCategory' ? condition.value : ''}`}
            variant="light"
            size="lg"
            tt="none"
            fw={500}
            rightSection={<CloseButton size="xs" aria-label={t('tracking.filters.remove', { label })} onClick={() => onChange(condition.remove)} />}
          >
            {label}
          </Badge>
        );
      })}
      {handlings && (
        <Text size="xs" c="dimmed" data-testid="drill-per-case">
          {t('tracking.drill.perCase')}
        </Text>
      )}
    </Group>
  );
}
