import { Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '../../../../store/services/users';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useCommandSubmit } from '../../../components/useCommandSubmit';
import { useStore } from '../../../data/hooks';
import { ModalActions } from '../../../components/ModalActions';

/** Gives an account a new password chosen by the admin (a forgotten password, a lock-out). */
export function ResetPasswordModal({ user, onClose }: { user: UserSummary; onClose(): void }) {
  const { t } = useTranslation();
  const store = useStore();
  const form = useForm({
    initialValues: { password: '', confirm: '' },
    validate: { confirm: (value, values) => (value === values.password ? null : t('auth.passwordsDiffer')) },
  });
  const { submit, failure, submitting } = useCommandSubmit(form, ({ password }: typeof form.values) =>
    store.send('users.resetPassword', { id: user.id, password }),
  );
  const title = t('admin.users.resetTitle', { name: user.name });

  return (
    <Modal opened onClose={onClose} title={title}>
      <form
        noValidate
        aria-label={title}
        onSubmit={form.onSubmit(async (values) => {
          if (!(await submit(values))) return;
          notifications.show({ color: 'teal', message: t('admin.users.resetDone', { name: user.name }) });
          onClose();
        })}
      >
        <Stack>
          <Text size="sm" c="dimmed">
            {t('admin.users.resetHint')}
          </Text>
          <ErrorAlert error={failure} />
          <PasswordInput
            label={t('auth.newPassword')}
            description={t('auth.passwordRule')}
            withAsterisk
            autoComplete="new-password"
            {...form.getInputProps('password')}
          />
          <PasswordInput label={t('auth.confirmPassword')} withAsterisk autoComplete="new-password" {...form.getInputProps('confirm')} />
          <ModalActions onCancel={onClose} submitLabel={t('admin.users.resetSubmit')} submitting={submitting} color="orange" />
        </Stack>
      </form>
    </Modal>
  );
}
