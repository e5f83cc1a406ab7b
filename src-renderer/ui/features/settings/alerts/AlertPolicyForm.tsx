import { Group, MultiSelect, SimpleGrid, Stack, Switch } from '@mantine/core';
import { TimePicker } from '@mantine/dates';
import { useForm, type FormErrors } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AlertPolicySettings } from '../../../../../src-main/core/alert-settings';
import { SEVERITIES } from '../../../../domain/cases/vocabulary';
import { toFieldErrors } from '../../../../domain/common/validation';
import { fieldErrorNodes } from '../../../components/FieldErrorText';
import { useCommandSubmit } from '../../../components/useCommandSubmit';
import { useStore } from '../../../data/hooks';
import { numberErrors, schemaRange } from '../numberField';
import { RangeNumberInput } from '../RangeNumberInput';
import { SettingsForm } from '../SettingsForm';
import { SettingsSection } from '../SettingsSection';

/** The number fields by their form path: "required" for an emptied one and the range for one outside it (zod would only say "invalid"). */
const NUMBER_FIELDS = [
  ...SEVERITIES.map((severity) => `leadMinutes.${severity}`),
  'repeatMinutes',
  'escalation.supervisorAfterMinutes',
  'escalation.directorAfterMinutes',
  'coalesceAbove',
];
const policyRange = (path: string) => schemaRange(AlertPolicySettings, path);

/** The time pickers answer `HH:mm:ss`; the policy keeps `HH:mm`. */
function toPolicy(values: AlertPolicySettings): AlertPolicySettings {
  return { ...values, quietHours: { ...values.quietHours, from: values.quietHours.from.slice(0, 5), to: values.quietHours.to.slice(0, 5) } };
}

/** The same checks the store host makes, so errors show under their fields before anything is sent. */
function validatePolicy(values: AlertPolicySettings): FormErrors {
  const errors: Record<string, ReactNode> = numberErrors(values, NUMBER_FIELDS, policyRange);
  const parsed = AlertPolicySettings.safeParse(toPolicy(values));
  if (!parsed.success) for (const [path, node] of Object.entries(fieldErrorNodes(toFieldErrors(parsed.error)))) errors[path] ??= node;
  return errors;
}

export interface PolicyUser {
  id: string;
  name: string;
  department: string;
}

/** 提醒 (administrator): lead times, reminders, escalation, the emergency group, quiet hours and coalescing. */
export function AlertPolicyForm({ policy, users }: { policy: AlertPolicySettings; users: PolicyUser[] }) {
  const { t } = useTranslation();
  const store = useStore();
  const form = useForm<AlertPolicySettings>({ initialValues: policy, validate: validatePolicy });
  const { submit, failure, submitting } = useCommandSubmit(form, (values: AlertPolicySettings) => store.send('alerts.savePolicy', toPolicy(values)));
  const onSubmit = form.onSubmit(async (values) => {
    if ((await submit(values)) === undefined) return;
    form.setInitialValues(values);
    form.resetDirty(values);
    notifications.show({ color: 'teal', message: t('settings.saved') });
  });

  const minutes = (path: string, label: string, description?: string) => (
    <RangeNumberInput
      key={path}
      label={label}
      hint={description}
      range={policyRange(path)}
      step={5}
      unit={t('alerts.policy.minutes')}
      {...form.getInputProps(path)}
    />
  );
  // A member of the group who is no longer active still shows, by id, until removed.
  const members = [
    ...users.map((user) => ({ value: user.id, label: `${user.name} · ${user.department}` })),
    ...form.values.emergencyGroup.filter((id) => !users.some((user) => user.id === id)).map((id) => ({ value: id, label: id })),
  ];
  const groupError = form.errors.emergencyGroup ?? Object.entries(form.errors).find(([key]) => key.startsWith('emergencyGroup.'))?.[1];

  return (
    <SettingsForm title={t('alerts.policy.title')} hint={t('alerts.policy.hint')} state={{ form, onSubmit, failure, submitting }}>
      <Stack gap="xl" maw={860}>
        <SettingsSection title={t('alerts.policy.leadTitle')} hint={t('alerts.policy.leadHint')}>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>{SEVERITIES.map((severity) => minutes(`leadMinutes.${severity}`, t(`severity.${severity}`)))}</SimpleGrid>
        </SettingsSection>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {minutes('repeatMinutes', t('alerts.policy.repeat'), t('alerts.policy.repeatHint'))}
          <RangeNumberInput
            label={t('alerts.policy.coalesce')}
            hint={t('alerts.policy.coalesceHint')}
            range={policyRange('coalesceAbove')}
            {...form.getInputProps('coalesceAbove')}
          />
        </SimpleGrid>
        <SettingsSection title={t('alerts.policy.escalationTitle')} hint={t('alerts.policy.escalationHint')}>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {minutes('escalation.supervisorAfterMinutes', t('alerts.policy.supervisorAfter'))}
            {minutes('escalation.directorAfterMinutes', t('alerts.policy.directorAfter'))}
          </SimpleGrid>
        </SettingsSection>
        <MultiSelect
          label={t('alerts.policy.emergencyGroup')}
          description={t('alerts.policy.emergencyHint')}
          placeholder={t('alerts.policy.emergencyPlaceholder')}
          data={members}
          searchable
          clearable
          maw={640}
          value={form.values.emergencyGroup}
          onChange={(ids) => form.setFieldValue('emergencyGroup', ids)}
          error={groupError}
        />
        <SettingsSection title={t('alerts.policy.quietTitle')} hint={t('alerts.policy.quietHint')}>
          <Switch label={t('alerts.policy.quietEnabled')} {...form.getInputProps('quietHours.enabled', { type: 'checkbox' })} />
          <Group align="flex-start">
            {(['from', 'to'] as const).map((end) => {
              const label = t(end === 'from' ? 'alerts.policy.quietFrom' : 'alerts.policy.quietTo');
              return (
                <TimePicker
                  key={end}
                  label={label}
                  hoursInputLabel={`${label} ${t('admin.calendar.hoursInput')}`}
                  minutesInputLabel={`${label} ${t('admin.calendar.minutesInput')}`}
                  disabled={!form.values.quietHours.enabled}
                  w={120}
                  {...form.getInputProps(`quietHours.${end}`)}
                />
              );
            })}
          </Group>
        </SettingsSection>
      </Stack>
    </SettingsForm>
  );
}
