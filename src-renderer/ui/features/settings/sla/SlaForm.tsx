import { Group, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SEVERITIES } from '../../../../domain/cases/vocabulary';
import { CLOCK_KINDS, type ClockMode } from '../../../../domain/clocks/clock';
import type { SlaSettings } from '../../../../domain/clocks/sla-settings';
import { settingsRange } from '../numberField';
import { RangeNumberInput } from '../RangeNumberInput';
import { SettingsForm } from '../SettingsForm';
import { useSettingsForm, type KeyedValues } from '../useSettingsForm';

const NODES = ['verification', 'grading', 'planApproval'] as const;
const MODES: ClockMode[] = ['calendar', 'business'];
const NUMBERS = [...SEVERITIES.map((severity) => `sla.responseHours.${severity}`), ...NODES.map((node) => `sla.nodeHours.${node}`)];

/** Response and stage hours, and calendar or working time per clock. */
export function SlaForm({ sla }: { sla: SlaSettings }) {
  const { t } = useTranslation();
  const state = useSettingsForm('sla', { sla } satisfies KeyedValues<'sla'>, (values) => values.sla, { numbers: NUMBERS });
  const { form } = state;
  const hours = (path: string, label: string) => (
    <RangeNumberInput key={path} label={label} range={settingsRange(path)} step={1} unit={t('admin.sla.hours')} {...form.getInputProps(path)} />
  );

  return (
    <SettingsForm title={t('admin.tabs.sla')} hint={t('admin.sla.appliesTo')} state={state}>
      <Stack gap="xl" maw={860}>
        <Stack gap="xs">
          <Title order={4} size="h5">
            {t('admin.sla.responseTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('admin.sla.responseHint')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {SEVERITIES.map((severity) => hours(`sla.responseHours.${severity}`, t(`severity.${severity}`)))}
          </SimpleGrid>
        </Stack>
        <Stack gap="xs">
          <Title order={4} size="h5">
            {t('admin.sla.nodeTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('admin.sla.nodeHint')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {NODES.map((node) => hours(`sla.nodeHours.${node}`, t(`admin.sla.nodes.${node}`)))}
          </SimpleGrid>
        </Stack>
        <Stack gap="xs">
          <Title order={4} size="h5">
            {t('admin.sla.modesTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('admin.sla.modesHint')}
          </Text>
          {CLOCK_KINDS.map((kind) => {
            const path = `sla.modes.${kind}`;
            const error = form.errors[path];
            return (
              <Group key={kind} justify="space-between" maw={520}>
                <Text id={`clock-mode-${kind}`}>{t(`admin.sla.clocks.${kind}`)}</Text>
                <div>
                  <SegmentedControl
                    aria-labelledby={`clock-mode-${kind}`}
                    data={MODES.map((mode) => ({ value: mode, label: t(`admin.sla.modes.${mode}`) }))}
                    value={form.getValues().sla.modes[kind]}
                    onChange={(mode) => form.setFieldValue(path, mode as ClockMode)}
                  />
                  {error && (
                    <Text size="xs" c="red">
                      {error}
                    </Text>
                  )}
                </div>
              </Group>
            );
          })}
        </Stack>
      </Stack>
    </SettingsForm>
  );
}
