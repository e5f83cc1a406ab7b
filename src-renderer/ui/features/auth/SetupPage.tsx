import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../../domain/users/user';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCommandSubmit } from '../../components/useCommandSubmit';
import { useStore } from '../../data/hooks';
import { AuthCard } from './AuthCard';

/** First run: the administrator account, who then creates the other users. */
export function SetupPage({ onDone }: { onDone(actor: Actor, token: string): void }) {
  const { t } = useTranslation();
  const store = useStore();
  const form = useForm({
    initialValues: { username: 'admin', name: '', password: '', confirm: '' },
    validate: { confirm: (value, values) => (value === values.password ? null : t('auth.passwordsDiffer')) },
  });
  const { submit, failure, submitting } = useCommandSubmit(form, ({ username, name, password }: typeof form.values) =>
    store.send('auth.setup', { username, name, password }),
  );

  return (
    <AuthCard title={t('auth.setupTitle')} hint={t('auth.setupHint')}>
      <form
        noValidate
        aria-label={t('auth.setupTitle')}
        onSubmit={form.onSubmit(async (values) => {
          const session = await submit(values);
          if (session) onDone(session.actor, session.token);
        })}
      >
        <Stack>
          <ErrorAlert error={failure} />
          <TextInput label={t('auth.username')} withAsterisk autoComplete="username" {...form.getInputProps('username')} />
          <TextInput label={t('auth.displayName')} withAsterisk {...form.getInputProps('name')} />
          <PasswordInput
            label={t('auth.password')}
            description={t('auth.passwordRule')}
            withAsterisk
            autoComplete="new-password"
            {...form.getInputProps('password')}
          />
          <PasswordInput label={t('auth.confirmPassword')} withAsterisk autoComplete="new-password" {...form.getInputProps('confirm')} />
          <Button type="submit" loading={submitting} fullWidth>
            {t('auth.createAdmin')}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
