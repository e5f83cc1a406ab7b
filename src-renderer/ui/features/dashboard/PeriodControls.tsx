import { Alert, Button, Group, MultiSelect, SegmentedControl, Stack, Text } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardQuery } from '../../../domain/dashboard/figures';
import { GRANULARITIES, type Granularity } from '../../../domain/dashboard/period';
import { daysToPeriod, fitGranularity, periodToDays, presetPeriod, pressedPreset, PRESETS, type Preset } from './dashboardQuery';

export interface PeriodControlsProps {
  query: DashboardQuery;
  /** The preset button the user last clicked (null: a range of their own). */
  chosenPreset: Preset | null;
  onChange(query: DashboardQuery, chosenPreset: Preset | null): void;
  /** Departments to choose from (the tracking table's). */
  departments: readonly string[];
  now: number;
}

/** 统计周期 and 责任部门: granularity, quick periods, a custom range of days and the departments (none chosen = all). */
export function PeriodControls({ query, chosenPreset, onChange, departments, now }: PeriodControlsProps) {
  const { t } = useTranslation();
  const [coarsened, setCoarsened] = useState<{ from: Granularity; to: Granularity } | null>(null);
  const { period } = query;
  const preset = pressedPreset(period, now, chosenPreset);

  // A period with too many buckets of the chosen unit is counted in a coarser one (the store refuses more than MAX_BUCKETS), and the user is told.
  // `chosen`: the preset clicked; a change of unit keeps it, a range typed in the picker drops it.
  function setPeriod(next: DashboardQuery['period'], chosen: Preset | null) {
    const granularity = fitGranularity(next.from, next.to, next.granularity);
    setCoarsened(granularity === next.granularity ? null : { from: next.granularity, to: granularity });
    onChange({ ...query, period: { ...next, granularity } }, chosen);
  }

  const unit = (granularity: Granularity) => t(`dashboard.period.granularities.${granularity}`);
  // Cases not graded yet have no department (''): 部门对比 shows them as a row of their own, so the filter offers them too, last.
  const named = [...new Set([...departments, ...query.departments])].filter((name) => name !== '');
  return (
    <Stack gap="xs">
      <Group gap="md" align="flex-end" wrap="wrap">
        <Stack gap={4} role="group" aria-labelledby="dashboard-granularity-label">
          <Text size="sm" fw={500} id="dashboard-granularity-label">
            {t('dashboard.period.granularity')}
          </Text>
          <SegmentedControl
            value={period.granularity}
            onChange={(value) => setPeriod({ ...period, granularity: value as Granularity }, chosenPreset)}
            data={GRANULARITIES.map((granularity) => ({
              value: granularity,
              label: unit(granularity),
              disabled: fitGranularity(period.from, period.to, granularity) !== granularity,
            }))}
          />
        </Stack>
        <Stack gap={4} role="group" aria-labelledby="dashboard-presets-label">
          <Text size="sm" fw={500} id="dashboard-presets-label">
            {t('dashboard.period.presets')}
          </Text>
          <Group gap={6}>
            {PRESETS.map((item) => (
              <Button key={item} size="sm" variant={preset === item ? 'filled' : 'default'} aria-pressed={preset === item} onClick={() => setPeriod(presetPeriod(item, now), item)}>
                {t(`dashboard.period.preset.${item}`)}
              </Button>
            ))}
          </Group>
        </Stack>
        <DatePickerInput
          // A new period from elsewhere (a preset) replaces whatever half-picked range the picker held.
          key={`${period.from}-${period.to}`}
          type="range"
          label={t('dashboard.period.range')}
          placeholder={t('dashboard.period.rangePlaceholder')}
          valueFormat="YYYY-MM-DD"
          defaultValue={periodToDays(period)}
          onChange={([first, last]) => {
            if (first && last) setPeriod({ ...daysToPeriod(String(first), String(last)), granularity: period.granularity }, null);
          }}
          allowSingleDateInRange
          w={240}
        />
        <MultiSelect
          label={t('dashboard.period.departments')}
          placeholder={query.departments.length === 0 ? t('dashboard.period.allDepartments') : undefined}
          data={[...named, ''].map((value) => ({ value, label: value === '' ? t('dashboard.period.noDepartment') : value }))}
          value={query.departments}
          onChange={(values) => onChange({ ...query, departments: values }, chosenPreset)}
          searchable
          clearable
          miw={220}
          maw={420}
        />
      </Group>
      {coarsened && (
        <Alert color="blue" variant="light" p="xs" withCloseButton onClose={() => setCoarsened(null)}>
          {t('dashboard.period.coarsened', { from: unit(coarsened.from), to: unit(coarsened.to) })}
        </Alert>
      )}
    </Stack>
  );
}
