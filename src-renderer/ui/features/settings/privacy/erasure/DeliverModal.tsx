import { Select, Text, TextInput } from '@mantine/core';
import { DateTimePicker } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { DELIVERY_METHODS, DELIVERY_TO_MAX, type DeliveryMethod } from '../../../../../domain/privacy/erasure';
import { deliveredTooEarly, isFinalDelivery } from '../../../../../domain/privacy/erasure-cases';
import { formatDateTime } from '../../../../components/format';
import { MountedModal } from '../../../../components/MountedModal';
import { useStore } from '../../../../data/hooks';
import { CommandForm } from '../../../cases/actions/CommandForm';
import { pickerLatestDay, pickerNow, toInstant } from '../../../cases/actions/dates';

/**
 * 记录告知书送达: how and where the reply went, and when. Delivered once the request is closed
 * (`isFinalDelivery`, by the time picked) this is the final reply, and recording it masks the
 * request (the dialog says so before). A time before the request was answered (`answeredAt`) is
 * said to be too early, as the store host refuses it.
 */
export function DeliverModal({ no, closedAt, answeredAt, onClose }: { no: string; closedAt: number | null; answeredAt: number | null; onClose(): void }) {
  const { t } = useTranslation();
  const store = useStore();
  const form = useForm({ initialValues: { at: pickerNow(), method: '', to: '' } });
  const picked = toInstant(form.values.at);
  const early = !Number.isNaN(picked) && deliveredTooEarly(answeredAt, picked);
  const final = isFinalDelivery({ closedAt }, picked);
  return (
    <MountedModal title={t('erasure.delivery.title')} onClose={onClose}>
      <CommandForm
        form={form}
        run={({ at, method, to }) => store.send('erasure.deliver', { no, at: toInstant(at), method: method as DeliveryMethod, to })}
        onDone={() => {
          onClose();
          notifications.show({ color: 'teal', message: t('erasure.delivery.done') });
        }}
        onCancel={onClose}
        submitLabel={t('erasure.delivery.submit')}
      >
        {early ? (
          <Text size="sm" c="red.8" role="alert">
            {t('erasure.delivery.tooEarly', { at: answeredAt === null ? '' : formatDateTime(answeredAt) })}
          </Text>
        ) : (
          <Text size="sm" c={final ? 'red.8' : 'dimmed'}>
            {final ? t('erasure.delivery.hintFinal') : t('erasure.delivery.hint')}
          </Text>
        )}
        <DateTimePicker
          label={t('erasure.delivery.at')}
          withAsterisk
          valueFormat="YYYY-MM-DD HH:mm"
          maxDate={pickerLatestDay()}
          {...form.getInputProps('at')}
          onChange={(value) => form.setFieldValue('at', value ?? '')}
        />
        <Select
          label={t('erasure.delivery.method')}
          withAsterisk
          data={DELIVERY_METHODS.map((method) => ({ value: method, label: t(`erasure.delivery.methods.${method}`) }))}
          {...form.getInputProps('method')}
        />
        <TextInput label={t('erasure.delivery.to')} description={t('erasure.delivery.toHint')} withAsterisk maxLength={DELIVERY_TO_MAX} {...form.getInputProps('to')} />
      </CommandForm>
    </MountedModal>
  );
}
