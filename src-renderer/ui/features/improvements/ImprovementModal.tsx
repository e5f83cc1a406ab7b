import { Alert, Group, MultiSelect, Select, Stack, Text, TextInput, Textarea, type ComboboxItem, type OptionsFilter } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { ImprovementText, ShownImprovement } from '../../../domain/improvements/masking';
import { lastVerification } from '../../../domain/improvements/verifications';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../components/format';
import { useCommandSubmit } from '../../components/useCommandSubmit';
import { useStore, useStoreQuery } from '../../data/hooks';
import { useCaseChoices } from './useCaseChoices';
import { ModalActions } from '../../components/ModalActions';
import { MountedModal } from '../../components/MountedModal';

interface Values {
  title: string;
  rootCause: string;
  action: string;
  ownerId: string | null;
  /** The due day, `YYYY-MM-DD`; named like the store's field so its refusals land here. */
  dueAt: string | null;
  caseIds: string[];
}

const DAY = 'YYYY-MM-DD';

/** Creates or edits an improvement action: root cause, corrective action, owner, due date, linked cases. */
export function ImprovementModal({ improvement, onClose }: { improvement: ShownImprovement | null; onClose(): void }) {
  const { t } = useTranslation();
  const store = useStore();
  const directory = useStoreQuery('users.directory', {}, 'directory');
  const form = useForm<Values>({
    initialValues: {
      title: improvement?.title ?? '',
      rootCause: improvement?.rootCause ?? '',
      action: improvement?.action ?? '',
      ownerId: improvement?.owner.id ?? null,
      dueAt: improvement ? dayjs(improvement.dueAt).format(DAY) : null,
      caseIds: improvement?.caseIds ?? [],
    },
  });
  const cases = useCaseChoices(form.values.caseIds);
  const { submit, failure, submitting } = useCommandSubmit(form, (values: Values) =>
    store.send('improvements.save', {
      ...(improvement ? { id: improvement.id } : {}),
      title: values.title,
      rootCause: values.rootCause,
      action: values.action,
      ownerId: values.ownerId ?? '',
      // Due by the end of the chosen day, in this desktop's time zone.
      dueAt: values.dueAt ? dayjs(values.dueAt).endOf('day').valueOf() : Number.NaN,
      caseIds: values.caseIds,
    }),
  );

  const owners = (directory.data ?? []).map((user) => ({
    value: user.id,
    label: `${user.name} · ${t(`role.${user.role}`)} · ${user.department}`,
  }));
  // An owner who has since been deactivated still shows on an existing action, marked, and may stay (the store keeps them).
  if (improvement && !owners.some((o) => o.value === improvement.owner.id)) {
    owners.unshift({ value: improvement.owner.id, label: t('security.audit.inactiveUser', { name: improvement.owner.name }) });
  }
  const caseOptions = cases.choices.map((c) => ({ value: c.id, label: c.no }));
  // Search by case number or customer name; the pill shows the number.
  const filter: OptionsFilter = ({ options, search }) => {
    const needle = search.trim().toLowerCase();
    return (options as ComboboxItem[]).filter(
      (o) => !needle || o.label.toLowerCase().includes(needle) || (cases.byId.get(o.value)?.customerName.toLowerCase().includes(needle) ?? false),
    );
  };
  const title = improvement ? t('improvements.editTitle') : t('improvements.createTitle');
  // A text this role reads with identifiers masked is shown, not editable (the store host refuses a changed one).
  const masked = (field: ImprovementText) =>
    improvement?.maskedTexts?.includes(field) ? { readOnly: true, description: t('errors.validation.maskedText') } : {};
  // Found not effective: this edit starts the new round, so say why and what was observed.
  const failed = improvement?.status === 'open' ? lastVerification(improvement) : null;

  return (
    <MountedModal onClose={onClose} title={title} size="xl">
      <form
        noValidate
        aria-label={title}
        onSubmit={form.onSubmit(async (values) => {
          if (!(await submit(values))) return;
          notifications.show({ color: 'teal', message: t('improvements.saved') });
          onClose();
        })}
      >
        <Stack>
          <ErrorAlert error={failure ?? directory.error} />
          {failed && !failed.effective && (
            <Alert color="orange" variant="light" title={t('improvements.newRound', { name: failed.by.name, at: formatDateTime(failed.at) })}>
              {failed.note && <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{failed.note}</Text>}
            </Alert>
          )}
          <TextInput label={t('improvements.fields.title')} withAsterisk {...form.getInputProps('title')} {...masked('title')} />
          <Textarea label={t('improvements.fields.rootCause')} withAsterisk autosize minRows={3} {...form.getInputProps('rootCause')} {...masked('rootCause')} />
          <Textarea label={t('improvements.fields.action')} withAsterisk autosize minRows={3} {...form.getInputProps('action')} {...masked('action')} />
          <Group grow align="flex-start">
            <Select label={t('improvements.fields.owner')} withAsterisk searchable data={owners} {...form.getInputProps('ownerId')} />
            <DatePickerInput
              label={t('improvements.fields.due')}
              withAsterisk
              valueFormat={DAY}
              clearable
              // A new due date lies ahead (the store host refuses a past one; an overdue measure's own date is kept).
              minDate={dayjs().format(DAY)}
              {...form.getInputProps('dueAt')}
            />
          </Group>
          <MultiSelect
            label={t('improvements.fields.cases')}
            description={t('improvements.fields.casesHint')}
            withAsterisk
            searchable
            limit={50}
            data={caseOptions}
            filter={filter}
            nothingFoundMessage={cases.loading ? t('improvements.loadingCases') : t('improvements.noCases')}
            renderOption={({ option }) => {
              const choice = cases.byId.get(option.value);
              return (
                <Group gap="sm" wrap="nowrap">
                  <Text size="sm" ff="monospace">
                    {option.label}
                  </Text>
                  {choice && (
                    <Text size="sm" c="dimmed">
                      {choice.customerName} · {t(`status.${choice.status}`)}
                    </Text>
                  )}
                </Group>
              );
            }}
            {...form.getInputProps('caseIds')}
          />
          <ModalActions onCancel={onClose} submitLabel={t('admin.actions.save')} submitting={submitting} />
        </Stack>
      </form>
    </MountedModal>
  );
}
