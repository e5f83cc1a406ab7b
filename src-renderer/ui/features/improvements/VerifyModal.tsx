import { Alert, Input, SegmentedControl, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roundOf, type ImprovementRecord } from '../../../domain/improvements/schema';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FieldErrorText } from '../../components/FieldErrorText';
import { useCommandSubmit } from '../../components/useCommandSubmit';
import { useStore } from '../../data/hooks';
import { ModalActions } from '../../components/ModalActions';
import { MountedModal } from '../../components/MountedModal';

interface Values {
  effective: 'yes' | 'no' | '';
  note: string;
}

/** Records whether an improvement action worked, with what was observed; 无效 opens a new round. */
export function VerifyModal({ improvement, onClose }: { improvement: ImprovementRecord; onClose(): void }) {
  const { t } = useTranslation();
  const store = useStore();
  const labelId = useId();
  const form = useForm<Values>({
    initialValues: { effective: '', note: '' },
    validate: {
      effective: (value) => (value === '' ? <FieldErrorText error={{ field: 'effective', code: 'validation.chooseOne' }} /> : null),
    },
  });
  // The round shown when the dialog opened: a verdict given meanwhile elsewhere makes the store refuse this one.
  const [{ round, base }] = useState(() => ({ round: roundOf(improvement), base: improvement.updatedAt }));
  const { submit, failure, submitting } = useCommandSubmit(form, (values: Values) =>
    store.send('improvements.verify', {
      id: improvement.id,
      effective: values.effective === 'yes',
      note: values.note,
      round,
      base,
    }),
  );
  const title = t('improvements.verifyTitle', { title: improvement.title });

  return (
    <MountedModal onClose={onClose} title={title} size="lg">
      <form
        noValidate
        aria-label={title}
        onSubmit={form.onSubmit(async (values) => {
          if (!(await submit(values))) return;
          notifications.show({ color: 'teal', message: t(values.effective === 'yes' ? 'improvements.verified' : 'improvements.reopened') });
          onClose();
        })}
      >
        <Stack>
          <ErrorAlert error={failure} />
          <Input.Wrapper label={t('improvements.fields.effective')} id={labelId} withAsterisk error={form.errors.effective}>
            <div>
              <SegmentedControl
                aria-labelledby={`${labelId}-label`}
                value={form.values.effective}
                onChange={(value) => form.setFieldValue('effective', value as Values['effective'])}
                data={[
                  { value: 'yes', label: t('improvements.effective.yes') },
                  { value: 'no', label: t('improvements.effective.no') },
                ]}
              />
            </div>
          </Input.Wrapper>
          {form.values.effective === 'no' && (
            <Alert color="orange" variant="light">
              {t('improvements.reopenHint')}
            </Alert>
          )}
          <Textarea
            label={t('improvements.fields.note')}
            placeholder={t('improvements.fields.notePlaceholder')}
            autosize
            minRows={3}
            {...form.getInputProps('note')}
          />
          <ModalActions onCancel={onClose} submitLabel={t('improvements.verify')} submitting={submitting} />
        </Stack>
      </form>
    </MountedModal>
  );
}

