import { Badge, Button, Chip, CloseButton, Group, MultiSelect, SegmentedControl, Select, SimpleGrid, Stack, Text, Tooltip } from '@mantine/core';
import { NumberField } from '../../components/NumberField';
import { DatePickerInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { ownerNameText } from '../../components/ownerText';
import { CATEGORIES, CHANNELS, SEVERITIES } from '../../../domain/cases/vocabulary';
import { REFERRAL_FILTERS } from '../../../domain/cases/referral-standing';
import { CASE_STATUSES } from '../../../domain/lifecycle/machine';
import { ARCHIVE_FILTERS, CLOCK_FILTERS, type TrackingFilter } from '../../../domain/tracking/query';
import type { TrackingOptions } from '../../../store/services/tracking/rows';
import { daysToRange, rangeToDays } from './trackingQuery';

export interface FilterPanelProps {
  filter: TrackingFilter;
  onChange(patch: Partial<TrackingFilter>): void;
  onClear(): void;
  options: TrackingOptions | undefined;
}

/** Conditions only views set (我的待办, 待审批 …): shown as badges that can be taken off. */
const VIEW_FLAGS = ['mine', 'open', 'awaitingMyApproval'] as const;

/** Average survey scores move in quarter points; half points are fine enough to filter by. */
const SCORES = ['1', '1.5', '2', '2.5', '3', '3.5', '4', '4.5', '5'];

type ListField = 'statuses' | 'categories' | 'channels' | 'departments' | 'ownerIds';

/** One "any of these" filter: empty means no restriction. */
function ListFilter({
  field,
  label = field,
  filter,
  onChange,
  data,
  searchable = false,
}: {
  field: ListField;
  label?: string;
  filter: TrackingFilter;
  onChange: FilterPanelProps['onChange'];
  data: { value: string; label: string }[];
  searchable?: boolean;
}) {
  const { t } = useTranslation();
  const value: readonly string[] = filter[field];
  return (
    <MultiSelect
      label={t(`tracking.filters.${label}`)}
      placeholder={value.length === 0 ? t('tracking.filters.any') : undefined}
      data={data}
      value={[...value]}
      // The choices offered are exactly the field's values, so the patch is of the field's type.
      onChange={(values) => onChange({ [field]: values } as Partial<TrackingFilter>)}
      searchable={searchable}
      clearable
    />
  );
}

/** Every filter of the tracking table; each change applies at once, the count follows. */
export function FilterPanel({ filter, onChange, onClear, options }: FilterPanelProps) {
  const { t } = useTranslation();
  const labelled = (values: readonly string[], prefix: string) => values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));
  const flags = VIEW_FLAGS.filter((flag) => filter[flag]);

  return (
    <Stack gap="sm">
      {flags.length > 0 && (
        <Group gap="xs">
          {flags.map((flag) => {
            const label = t(`tracking.filters.${flag}`);
            return (
              <Badge
                key={flag}
                variant="light"
                rightSection={<CloseButton size="xs" aria-label={t('tracking.filters.remove', { label })} onClick={() => onChange({ [flag]: false })} />}
              >
                {label}
              </Badge>
            );
          })}
        </Group>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" verticalSpacing="xs">
        <ListFilter field="statuses" filter={filter} onChange={onChange} data={labelled(CASE_STATUSES, 'status')} />
        <ListFilter field="categories" filter={filter} onChange={onChange} data={labelled(CATEGORIES, 'category')} />
        <ListFilter field="channels" filter={filter} onChange={onChange} data={labelled(CHANNELS, 'channel')} />
        <ListFilter
          field="departments"
          filter={filter}
          onChange={onChange}
          data={[...new Set([...(options?.departments ?? []), ...filter.departments])].map((value) => ({
            value,
            // A drill from the dashboard may ask for cases without a department yet.
            label: value === '' ? t('dashboard.period.noDepartment') : value,
          }))}
          searchable
        />
        <ListFilter
          field="ownerIds"
          label="owners"
          filter={filter}
          onChange={onChange}
          data={(options?.owners ?? []).map((owner) => ({ value: owner.id, label: ownerNameText(t, owner.name, owner.standing) }))}
          searchable
        />
        <DatePickerInput
          type="range"
          label={t('tracking.filters.received')}
          placeholder={t('tracking.filters.receivedPlaceholder')}
          valueFormat="YYYY-MM-DD"
          value={rangeToDays(filter)}
          onChange={(days) => onChange(daysToRange([days[0] ? String(days[0]) : null, days[1] ? String(days[1]) : null]))}
          allowSingleDateInRange
          clearable
        />
      </SimpleGrid>
      <Group gap="lg" align="flex-end" wrap="wrap">
        <Stack gap={4} role="group" aria-labelledby="tracking-severity-label">
          <Text size="sm" fw={500} id="tracking-severity-label">
            {t('tracking.filters.severities')}
          </Text>
          <Chip.Group multiple value={filter.severities} onChange={(values) => onChange({ severities: values as TrackingFilter['severities'] })}>
            <Group gap={6}>
              {SEVERITIES.map((severity) => (
                <Chip key={severity} value={severity} size="sm">
                  {t(`severity.${severity}`)}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </Stack>
        <Stack gap={4} role="group" aria-labelledby="tracking-clock-label">
          <Text size="sm" fw={500} id="tracking-clock-label">
            {t('tracking.filters.clock')}
          </Text>
          <Chip.Group multiple value={filter.clock} onChange={(values) => onChange({ clock: values as TrackingFilter['clock'] })}>
            <Group gap={6}>
              {CLOCK_FILTERS.map((state) => (
                <Chip key={state} value={state} size="sm" color={state === 'overdue' ? 'red' : undefined}>
                  {state === 'dueSoon' ? t('tracking.filters.dueSoon', { hours: filter.dueSoonHours }) : t(`tracking.filters.${state}`)}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </Stack>
        <Stack gap={4} role="group" aria-labelledby="tracking-referral-label">
          <Tooltip label={t('referral.filter.hint')} multiline w={300} openDelay={300}>
            <Text size="sm" fw={500} id="tracking-referral-label">
              {t('referral.filter.label')}
            </Text>
          </Tooltip>
          <Chip.Group multiple value={filter.referral} onChange={(values) => onChange({ referral: values as TrackingFilter['referral'] })}>
            <Group gap={6}>
              {REFERRAL_FILTERS.map((state) => (
                <Chip key={state} value={state} size="sm" color={state === 'overdue' ? 'red' : undefined}>
                  {t(`referral.filter.${state}`)}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </Stack>
        <Stack gap={4} role="group" aria-labelledby="tracking-customer-label">
          <Text size="sm" fw={500} id="tracking-customer-label">
            {t('tracking.filters.customer')}
          </Text>
          <Group gap={6}>
            <Tooltip label={t('tracking.filters.repeatedHint')} multiline w={260} openDelay={300}>
              <Chip checked={filter.repeated} onChange={(repeated) => onChange({ repeated })} size="sm" color="orange">
                {t('tracking.filters.repeated')}
              </Chip>
            </Tooltip>
            <Tooltip label={t('tracking.filters.chasedHint')} multiline w={260} openDelay={300}>
              <Chip checked={filter.chased} onChange={(chased) => onChange({ chased })} size="sm" color="orange">
                {t('tracking.filters.chased')}
              </Chip>
            </Tooltip>
          </Group>
        </Stack>
        <NumberField
          // Applied when the user is done typing (a half-typed 0.5 reads as the invalid 0 on the way).
          key={filter.dueSoonHours}
          label={t('tracking.filters.dueSoonHours')}
          defaultValue={filter.dueSoonHours}
          min={0.25}
          max={720}
          step={1}
          w={170}
          onBlur={(event) => {
            const hours = Number.parseFloat(event.currentTarget.value);
            if (Number.isFinite(hours) && hours >= 0.25 && hours <= 720 && hours !== filter.dueSoonHours) onChange({ dueSoonHours: hours });
          }}
          onKeyDown={(event) => event.key === 'Enter' && event.currentTarget.blur()}
        />
        <Select
          label={t('tracking.filters.satisfactionMin')}
          placeholder={t('tracking.filters.any')}
          data={SCORES}
          value={filter.satisfactionMin === null ? null : String(filter.satisfactionMin)}
          onChange={(value) => onChange({ satisfactionMin: value === null ? null : Number(value) })}
          clearable
          w={130}
        />
        <Select
          label={t('tracking.filters.satisfactionMax')}
          placeholder={t('tracking.filters.any')}
          data={SCORES}
          value={filter.satisfactionMax === null ? null : String(filter.satisfactionMax)}
          onChange={(value) => onChange({ satisfactionMax: value === null ? null : Number(value) })}
          clearable
          w={130}
        />
        <Stack gap={4} role="group" aria-labelledby="tracking-archive-label">
          <Text size="sm" fw={500} id="tracking-archive-label">
            {t('tracking.filters.archived')}
          </Text>
          <Group gap={6}>
            <SegmentedControl
              size="sm"
              value={filter.archived}
              onChange={(archived) => onChange({ archived: archived as TrackingFilter['archived'] })}
              data={ARCHIVE_FILTERS.map((value) => ({ value, label: t(`tracking.filters.archive.${value}`) }))}
            />
            {/* What is kept from archiving and anonymisation: the cases a hold stands on. */}
            <Tooltip label={t('tracking.filters.heldHint')} multiline w={260} openDelay={300}>
              {/* Holds are placed on archived cases too: turned on, the archive is searched as well. */}
              <Chip checked={filter.held} onChange={(held) => onChange(held ? { held, archived: 'all' } : { held })} size="sm" color="grape">
                {t('tracking.filters.held')}
              </Chip>
            </Tooltip>
          </Group>
        </Stack>
        <Button variant="subtle" onClick={onClear}>
          {t('tracking.filters.clear')}
        </Button>
      </Group>
    </Stack>
  );
}
