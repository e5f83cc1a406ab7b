import { Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { TrackingQuery } from '../../../domain/tracking/query';
import type { SavedView } from '../../../domain/tracking/views';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FieldErrorText } from '../../components/FieldErrorText';
import { ModalActions } from '../../components/ModalActions';
import { useCommandSubmit } from '../../components/useCommandSubmit';
import { useStore } from '../../data/hooks';
import { MountedModal } from '../../components/MountedModal';

/**
 * Saves the current filters and sort as one of the user's views. The store
 * host checks the name (required, length, not taken); its answer shows on the field.
 */
export function SaveViewModal({ query, onClose, onSaved }: { query: TrackingQuery; onClose(): void; onSaved(view: SavedView): void }) {
  const { t } = useTranslation();
  const store = useStore();
  const form = useForm({ initialValues: { name: '' } });
  const { submit, failure, submitting } = useCommandSubmit(form, async ({ name }: { name: string }) => {
    const view = { id: crypto.randomUUID(), name: name.trim(), filter: { ...query.filter, text: '' }, sort: query.sort };
    await store.send('tracking.saveView', { view });
    return view;
  });
  const nameError = failure?.data.fields?.find((field) => field.field === 'view.name');
  const title = t('tracking.viewBar.save');

  return (
    <MountedModal onClose={onClose} title={title}>
      <form
        noValidate
        aria-label={title}
        onSubmit={form.onSubmit(async (values) => {
          const view = await submit(values);
          if (!view) return;
          notifications.show({ color: 'teal', message: t('tracking.viewBar.saved', { name: view.name }) });
          onSaved(view);
        })}
      >
        <Stack>
          {failure && !nameError && <ErrorAlert error={failure} />}
          <TextInput
            label={t('tracking.viewBar.name')}
            description={t('tracking.viewBar.nameHint')}
            withAsterisk
            data-autofocus
            {...form.getInputProps('name')}
            error={nameError ? <FieldErrorText error={nameError} /> : undefined}
          />
          <ModalActions onCancel={onClose} submitLabel={t('tracking.viewBar.submit')} submitting={submitting} />
        </Stack>
      </form>
    </MountedModal>
  );
}
