import { PasswordInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ERASURE_NOTE_MAX } from '../../../../../domain/privacy/erasure';
import { MountedModal } from '../../../../components/MountedModal';
import { useStore } from '../../../../data/hooks';
import { CommandForm } from '../../../cases/actions/CommandForm';

/**
 * 不予删除: the reason goes into the reply; the request closes for good, so the password is asked
 * again (as for executing it) and checked by the store host right before the refusal.
 */
export function RefuseModal({ no, onClose }: { no: string; onClose(): void }) {
  const { t } = useTranslation();
  const store = useStore();
  const form = useForm({ initialValues: { reason: '', password: '' } });
  return (
    <MountedModal title={t('erasure.detail.refuse')} onClose={onClose}>
      <CommandForm
        form={form}
        run={async ({ reason, password }) => {
          await store.send('auth.confirm', { password });
          return store.send('erasure.refuse', { no, reason });
        }}
        onDone={() => {
          onClose();
          notifications.show({ color: 'teal', message: t('erasure.detail.refused') });
        }}
        onCancel={onClose}
        help={t('erasure.detail.refuseHint')}
        submitLabel={t('erasure.detail.refuseSubmit')}
        submitColor="red"
      >
        <Textarea label={t('erasure.detail.refuseReason')} withAsterisk autosize minRows={3} maxLength={ERASURE_NOTE_MAX} data-autofocus {...form.getInputProps('reason')} />
        <PasswordInput label={t('security.confirm.password')} withAsterisk autoComplete="current-password" {...form.getInputProps('password')} />
      </CommandForm>
    </MountedModal>
  );
}
