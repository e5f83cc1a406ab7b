import { Button, Group, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCommandSubmit } from '../../components/useCommandSubmit';
import { useStore } from '../../data/hooks';
import { useAuth } from '../auth/AuthGate';

/** 我的账户: who is signed in, and changing one's own password. */
export function AccountTab() {
  const { t } = useTranslation();
  const store = useStore();
  const { actor } = useAuth();
  const form = useForm({
    initialValues: { current: '', next: '', confirm: '' },
    validate: { confirm: (value, values) => (value === values.next ? null : t('auth.passwordsDiffer')) },
  });
  const { submit, failure, submitting } = useCommandSubmit(form, ({ current, next }: typeof form.values) =>
    store.send('auth.changePassword', { current, next }),
  );

  return (
    <Paper withBorder p="lg" maw={520} component="section" aria-label={t('admin.account.title')}>
      <form
        noValidate
        aria-label={t('admin.account.title')}
        onSubmit={form.onSubmit(async (values) => {
          const done = await submit(values);
          if (done !== undefined) {
            form.reset();
            notifications.show({ color: 'teal', message: t('auth.passwordChanged') });
          }
        })}
      >
        <Stack>
          <div>
            <Title order={3} size="h4">
              {t('admin.account.title')}
            </Title>
            <Text size="sm" c="dimmed" mt={4}>
              {actor.name} · {actor.username} · {t(`role.${actor.role}`)} · {actor.department}
            </Text>
            <Text size="sm" c="dimmed">
              {t('admin.account.hint')}
            </Text>
          </div>
          <ErrorAlert error={failure} />
          {/* Lets password managers tie the new password to this account. */}
          <input type="text" name="username" autoComplete="username" value={actor.username} readOnly hidden />
          <PasswordInput label={t('auth.currentPassword')} withAsterisk autoComplete="current-password" {...form.getInputProps('current')} />
          <PasswordInput
            label={t('auth.newPassword')}
            description={t('auth.passwordRule')}
            withAsterisk
            autoComplete="new-password"
            {...form.getInputProps('next')}
          />
          <PasswordInput label={t('auth.confirmPassword')} withAsterisk autoComplete="new-password" {...form.getInputProps('confirm')} />
          <Group justify="flex-end">
            <Button type="submit" loading={submitting}>
              {t('admin.account.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
