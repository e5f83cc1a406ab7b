import { Group, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SEVERITIES } from '../../../../domain/cases/vocabulary';
import { SLA_CLOCK_KINDS, type ClockMode } from '../../../../domain/clocks/clock';
import { referralReplyDaysOf, type SlaSettings } from '../../../../domain/clocks/sla-settings';
import { settingsRange } from '../numberField';
import { RangeNumberInput } from '../RangeNumberInput';
import { SettingsForm } from '../SettingsForm';
import { SettingsSection } from '../SettingsSection';
import { useSettingsForm, type KeyedValues } from '../useSettingsForm';

const NODES = ['verification', 'grading', 'planApproval', 'callback'] as const;
const MODES: ClockMode[] = ['calendar', 'business'];
const NUMBERS = [...SEVERITIES.map((severity) => `sla.responseHours.${severity}`), ...NODES.map((node) => `sla.nodeHours.${node}`), 'sla.referralReplyDays'];

/** Response and stage hours, and calendar or working time per clock. */
export function SlaForm({ sla }: { sla: SlaSettings }) {
  const { t } = useTranslation();
  // Settings saved before the referral default existed have none: the form starts from the default then.
  const initial = { sla: { ...sla, referralReplyDays: referralReplyDaysOf(sla) } } satisfies KeyedValues<'sla'>;
  const state = useSettingsForm('sla', initial, (values) => values.sla, { numbers: NUMBERS });
  const { form } = state;
  const hours = (path: string, label: string) => (
    <RangeNumberInput key={path} label={label} range={settingsRange(path)} step={1} unit={t('admin.sla.hours')} {...form.getInputProps(path)} />
  );

  return (
    <SettingsForm title={t('admin.tabs.sla')} hint={t('admin.sla.appliesTo')} state={state}>
      <Stack gap="xl" maw={860}>
        <SettingsSection title={t('admin.sla.responseTitle')} hint={t('admin.sla.responseHint')}>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {SEVERITIES.map((severity) => hours(`sla.responseHours.${severity}`, t(`severity.${severity}`)))}
          </SimpleGrid>
        </SettingsSection>
        <SettingsSection title={t('admin.sla.nodeTitle')} hint={t('admin.sla.nodeHint')}>
          <SimpleGrid cols={{ base: 1, sm: 4 }}>
            {NODES.map((node) => hours(`sla.nodeHours.${node}`, t(`admin.sla.nodes.${node}`)))}
          </SimpleGrid>
        </SettingsSection>
        <SettingsSection title={t('admin.sla.modesTitle')} hint={t('admin.sla.modesHint')}>
          {SLA_CLOCK_KINDS.map((kind) => {
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
        </SettingsSection>
        <SettingsSection title={t('referral.settings.title')} hint={t('referral.settings.hint')}>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <RangeNumberInput
              label={t('referral.settings.days')}
              range={settingsRange('sla.referralReplyDays')}
              step={1}
              unit={t('referral.settings.unit')}
              {...form.getInputProps('sla.referralReplyDays')}
            />
          </SimpleGrid>
        </SettingsSection>
      </Stack>
    </SettingsForm>
  );
}
