import { Alert, Checkbox, Group, MultiSelect, Select, Textarea } from '@mantine/core';
import { DateTimePicker } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { COMPENSATION_TYPES } from '../../../../domain/cases/vocabulary';
import { may } from '../../../../domain/users/roles';
import { useNow, useStore, useStoreQuery } from '../../../data/hooks';
import { PendingReturn } from '../sections/Returns';
import { CommandForm } from './CommandForm';
import { deadlineTimeOfDay, pickerEarliestDay, pickerValue, toInstant } from './dates';
import { MoneyInput } from '../../../components/MoneyInput';
import { MeasuresInput } from './MeasuresInput';
import type { PlanValues } from './planValues';
import type { ActionProps } from './types';

/**
 * 处理方案: measures, owner, departments, deadline, resources and
 * compensation. A plan sent back, or a reopened case, starts from the plan
 * on record; one sent back shows why first.
 */
export function SubmitPlanForm({ record, onDone, onCancel }: ActionProps) {
  const { t } = useTranslation();
  const store = useStore();
  const now = useNow();
  const settings = useStoreQuery('settings.get', {}, 'settings').data;
  const directory = useStoreQuery('users.directory', {}, 'directory').data ?? [];
  const previous = record.plan;
  const form = useForm<PlanValues>({
    initialValues: {
      measures: previous?.measures.length ? [...previous.measures] : [''],
      ownerId: previous?.owner.id ?? record.owner?.id ?? '',
      department: previous?.department ?? record.department,
      collaborators: previous?.collaborators ?? [],
      dueAt: previous ? pickerValue(previous.dueAt) : '',
      resources: previous?.resources ?? '',
      compensation: { type: previous?.compensation.type ?? 'none', amount: previous?.compensation.amount ?? '' },
      legalRisk: previous?.legalRisk ?? false,
    },
  });
  const values = form.getValues();
  const departments = settings?.departments ?? [];
  const owners = directory
    // Whoever carries the plan out records its progress: the store refuses anyone else.
    .filter((u) => may(u.role, 'progress.add'))
    .map((u) => ({ value: u.id, label: t('flow.form.ownerOption', { name: u.name, role: t(`role.${u.role}`), department: u.department }) }));

  return (
    <CommandForm
      form={form}
      run={(v) =>
        store.send('plans.submit', {
          caseId: record.id,
          measures: v.measures,
          ownerId: v.ownerId,
          department: v.department,
          collaborators: v.collaborators,
          dueAt: toInstant(v.dueAt),
          resources: v.resources,
          compensation: {
            type: v.compensation.type,
            amount: v.compensation.type !== 'none' && typeof v.compensation.amount === 'number' ? v.compensation.amount : null,
          },
          legalRisk: v.legalRisk,
        })
      }
      onDone={onDone}
      onCancel={onCancel}
      help={t('flow.help.plans.submit')}
      submitLabel={t('flow.command.plans.submit')}
    >
      {/* Revising after a return: why, from whom, where the fields are changed. */}
      <PendingReturn record={previous} />
      {(record.severity === 'major' || values.legalRisk) && (
        <Alert color="grape" variant="light">
          {t('flow.form.legalReviewWillBeNeeded')}
        </Alert>
      )}
      <MeasuresInput form={form} />
      <Group grow align="flex-start">
        <Select label={t('flow.form.owner')} withAsterisk searchable data={owners} {...form.getInputProps('ownerId')} />
        <Select
          label={t('flow.form.responsibleDepartment')}
          withAsterisk
          searchable
          data={departments}
          {...form.getInputProps('department')}
          onChange={(department) => {
            // A collaborator made the responsible department is no longer a collaborator (the store refuses both).
            form.setFieldValue('department', department ?? '');
            form.setFieldValue('collaborators', form.getValues().collaborators.filter((d) => d !== department));
          }}
        />
      </Group>
      <MultiSelect
        label={t('flow.form.collaborators')}
        searchable
        clearable
        data={departments.filter((d) => d !== values.department)}
        {...form.getInputProps('collaborators')}
      />
      <DateTimePicker
        label={t('flow.form.planDueAt')}
        withAsterisk
        valueFormat="YYYY-MM-DD HH:mm"
        minDate={pickerEarliestDay(now)}
        defaultTimeValue={deadlineTimeOfDay(settings)}
        {...form.getInputProps('dueAt')}
        onChange={(value) => form.setFieldValue('dueAt', value ?? '')}
      />
      <Textarea label={t('flow.form.resources')} autosize minRows={2} {...form.getInputProps('resources')} />
      <Group grow align="flex-start">
        <Select
          label={t('flow.form.compensationType')}
          data={COMPENSATION_TYPES.map((c) => ({ value: c, label: t(`compensation.${c}`) }))}
          {...form.getInputProps('compensation.type')}
        />
        <MoneyInput
          label={t('flow.form.compensationAmount')}
          disabled={values.compensation.type === 'none'}
          {...form.getInputProps('compensation.amount')}
        />
      </Group>
      <Checkbox label={t('flow.form.legalRisk')} {...form.getInputProps('legalRisk', { type: 'checkbox' })} />
    </CommandForm>
  );
}
