import { PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '../../../../store/services/users';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useCommandSubmit } from '../../../components/useCommandSubmit';
import { useStore } from '../../../data/hooks';
import { ModalActions } from '../../../components/ModalActions';
import { StoreError } from '../../../data/store-client';
import { ConfirmPasswordModal } from '../../auth/confirm/ConfirmPasswordModal';
import { MountedModal } from '../../../components/MountedModal';

/** Gives an account a new password chosen by the admin (a forgotten password, a lock-out). */
export function ResetPasswordModal({ user, onClose }: { user: UserSummary; onClose(): void }) {
  const { t } = useTranslation();
  const store = useStore();
  const form = useForm({
    initialValues: { password: '', confirm: '' },
    validate: { confirm: (value, values) => (value === values.password ? null : t('auth.passwordsDiffer')) },
  });
  // The store host wants the admin's own password first (at most every five minutes); nothing typed is lost meanwhile.
  const [confirming, setConfirming] = useState<typeof form.values | null>(null);
  const { submit, failure, submitting } = useCommandSubmit(form, (values: typeof form.values) =>
    store.send('users.resetPassword', { id: user.id, password: values.password }).catch((error: unknown) => {
      if (error instanceof StoreError && error.data.code === 'auth.confirmRequired') setConfirming(values);
      throw error;
    }),
  );
  const title = t('admin.users.resetTitle', { name: user.name });
  const done = () => {
    notifications.show({ color: 'teal', message: t('admin.users.resetDone', { name: user.name }) });
    onClose();
  };

  return (
    <MountedModal onClose={onClose} title={title}>
      <form
        noValidate
        aria-label={title}
        onSubmit={form.onSubmit(async (values) => {
          if (await submit(values)) done();
        })}
      >
        <Stack>
          <Text size="sm" c="dimmed">
            {t('admin.users.resetHint')}
          </Text>
          {failure?.data.code !== 'auth.confirmRequired' && <ErrorAlert error={failure} />}
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
      {confirming && (
        <ConfirmPasswordModal
          title={t('security.users.confirmResetTitle', { name: user.name })}
          message={t('security.users.confirmReset', { name: user.name })}
          submitLabel={t('admin.users.resetSubmit')}
          color="orange"
          action={() => submit(confirming)}
          onDone={(result) => {
            setConfirming(null);
            if (result) done();
          }}
          onClose={() => setConfirming(null)}
        />
      )}
    </MountedModal>
  );
}
