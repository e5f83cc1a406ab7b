import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../../domain/users/user';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCommandSubmit } from '../../components/useCommandSubmit';
import { useStore } from '../../data/hooks';
import { AuthCard } from './AuthCard';

/** 登录: a shared desktop, so each person signs in with their own account. */
export function SignInPage({ onDone }: { onDone(actor: Actor, token: string): void }) {
  const { t } = useTranslation();
  const store = useStore();
  const form = useForm({ initialValues: { username: '', password: '' } });
  const { submit, failure, submitting } = useCommandSubmit(form, (values) => store.send('auth.signIn', values));

  return (
    <AuthCard title={t('auth.signInTitle')}>
      <form
        noValidate
        aria-label={t('auth.signInTitle')}
        onSubmit={form.onSubmit(async (values) => {
          const session = await submit(values);
          if (session) onDone(session.actor, session.token);
          else form.setFieldValue('password', '');
        })}
      >
        <Stack>
          <ErrorAlert error={failure} />
          <TextInput label={t('auth.username')} autoComplete="username" autoFocus {...form.getInputProps('username')} />
          <PasswordInput label={t('auth.password')} autoComplete="current-password" {...form.getInputProps('password')} />
          <Button type="submit" loading={submitting} fullWidth>
            {t('auth.signIn')}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
