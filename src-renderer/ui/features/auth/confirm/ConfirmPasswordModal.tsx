import { Alert, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ModalActions } from '../../../components/ModalActions';
import { useCommandSubmit } from '../../../components/useCommandSubmit';
import { useStore } from '../../../data/hooks';
import { MountedModal } from '../../../components/MountedModal';

export interface ConfirmPasswordModalProps<R> {
  title: string;
  /** What will happen, in plain words (shown above the password field). */
  message: ReactNode;
  /** What the user should know before going on (cases left with someone who can no longer work them). */
  warning?: string;
  submitLabel: string;
  /** The destructive command; it runs right after the store host accepted the password. */
  action(): Promise<R>;
  onDone(result: R): void;
  onClose(): void;
  color?: string;
}

/**
 * 再次输入密码: destructive commands (restore, erasure, role changes) are refused by the store host
 * unless the user entered their password shortly before (`auth.confirm`). The password and the
 * action are one submit; a wrong password or a refused action stays in the dialog with its reason.
 */
export function ConfirmPasswordModal<R>({ title, message, warning, submitLabel, action, onDone, onClose, color = 'red' }: ConfirmPasswordModalProps<R>) {
  const { t } = useTranslation();
  const store = useStore();
  const form = useForm({ initialValues: { password: '' } });
  const { submit, failure, submitting } = useCommandSubmit(form, async ({ password }: { password: string }) => {
    await store.send('auth.confirm', { password });
    return { result: await action() };
  });

  return (
    <MountedModal onClose={() => !submitting && onClose()} title={title} closeOnClickOutside={!submitting}>
      <form
        noValidate
        aria-label={title}
        onSubmit={form.onSubmit(async (values) => {
          const outcome = await submit(values);
          if (outcome) onDone(outcome.result);
        })}
      >
        <Stack>
          <Text size="sm">{message}</Text>
          {warning && (
            <Alert color="orange" variant="light" p="xs">
              {warning}
            </Alert>
          )}
          <ErrorAlert error={failure} />
          <PasswordInput
            label={t('security.confirm.password')}
            description={t('security.confirm.hint')}
            withAsterisk
            autoComplete="current-password"
            data-autofocus
            {...form.getInputProps('password')}
          />
          <ModalActions onCancel={onClose} submitLabel={submitLabel} submitting={submitting} color={color} />
        </Stack>
      </form>
    </MountedModal>
  );
}
