import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../../domain/users/user';
import { ErrorAlert } from '../../components/ErrorAlert';
import { KEEPS_FOCUS, useCommandSubmit } from '../../components/useCommandSubmit';
import { useStore } from '../../data/hooks';
import { AuthCard } from './AuthCard';

export interface SignInPageProps {
  onDone(actor: Actor, token: string): void;
  /** Why the sign-in page is shown (a session the administrator ended), above the form. */
  notice?: ReactNode;
  /** The user name to start with (the one whose session ended): the password field then has the focus. */
  username?: string;
}

/** 登录: a shared desktop, so each person signs in with their own account. */
export function SignInPage({ onDone, notice, username = '' }: SignInPageProps) {
  const { t } = useTranslation();
  const store = useStore();
  // Named, so its fields are found by their own data-path even over the app's (hidden) forms.
  const form = useForm({ name: 'sign-in', initialValues: { username, password: '' } });
  const { submit, failure, submitting } = useCommandSubmit(form, (values) => store.send('auth.signIn', values));

  return (
    <AuthCard title={t('auth.signInTitle')}>
      <form
        noValidate
        aria-label={t('auth.signInTitle')}
        // A refusal puts the focus back in the emptied password itself (below), not on the message.
        {...{ [KEEPS_FOCUS]: '' }}
        onSubmit={form.onSubmit(async (values) => {
          const session = await submit(values);
          if (session) {
            onDone(session.actor, session.token);
            return;
          }
          form.setFieldValue('password', '');
          // The button was disabled while the store host checked, which left the focus nowhere:
          // the password is what to type again (the alert above it says why).
          form.getInputNode('password')?.focus();
        })}
      >
        <Stack>
          {notice}
          <ErrorAlert error={failure} />
          <TextInput label={t('auth.username')} autoComplete="username" autoFocus={!username} {...form.getInputProps('username')} />
          <PasswordInput
            label={t('auth.password')}
            autoComplete="current-password"
            autoFocus={Boolean(username)}
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={submitting} fullWidth>
            {t('auth.signIn')}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
