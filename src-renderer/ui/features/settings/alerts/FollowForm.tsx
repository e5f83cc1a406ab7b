import { Checkbox, Group, MultiSelect, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { SEVERITIES } from '../../../../domain/cases/vocabulary';
import { useCommandSubmit } from '../../../components/useCommandSubmit';
import { useStore } from '../../../data/hooks';
import type { StoreResult } from '../../../../store/api';
import { SettingsForm } from '../SettingsForm';

export type FollowPrefs = StoreResult<'alerts.follow'>;

/** 我的提醒: the severities and departments whose complaints alert this user as a supervisor or director. */
export function FollowForm({ follow, departments }: { follow: FollowPrefs; departments: string[] }) {
  const { t } = useTranslation();
  const store = useStore();
  const form = useForm<FollowPrefs>({ initialValues: follow });
  const { submit, failure, submitting } = useCommandSubmit(form, (values: FollowPrefs) => store.send('alerts.saveFollow', values));
  const onSubmit = form.onSubmit(async (values) => {
    if ((await submit(values)) === undefined) return;
    form.setInitialValues(values);
    form.resetDirty(values);
    notifications.show({ color: 'teal', message: t('alerts.follow.saved') });
  });
  // A department followed that was since renamed or removed still shows, until taken off.
  const choices = [...new Set([...departments, ...form.values.departments])];
  const listError = (path: string) => form.errors[path] ?? Object.entries(form.errors).find(([key]) => key.startsWith(`${path}.`))?.[1];

  return (
    <SettingsForm title={t('alerts.follow.title')} hint={t('alerts.follow.hint')} state={{ form, onSubmit, failure, submitting }}>
      <Stack maw={640}>
        <Checkbox.Group
          label={t('alerts.follow.severities')}
          value={form.values.severities}
          onChange={(chosen) => form.setFieldValue('severities', SEVERITIES.filter((severity) => chosen.includes(severity)))}
          error={listError('severities')}
        >
          <Group mt="xs">
            {SEVERITIES.map((severity) => (
              <Checkbox key={severity} value={severity} label={t(`severity.${severity}`)} />
            ))}
          </Group>
        </Checkbox.Group>
        <MultiSelect
          label={t('alerts.follow.departments')}
          description={t('alerts.follow.departmentsHint')}
          placeholder={form.values.departments.length === 0 ? t('alerts.follow.departmentsPlaceholder') : undefined}
          data={choices}
          searchable
          clearable
          value={form.values.departments}
          onChange={(chosen) => form.setFieldValue('departments', chosen)}
          error={listError('departments')}
        />
      </Stack>
    </SettingsForm>
  );
}
