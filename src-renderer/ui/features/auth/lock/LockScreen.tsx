import { Alert, Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../../../domain/users/user';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useWorkLostBySignOut } from '../../../components/unsaved';
import { useCommandSubmit } from '../../../components/useCommandSubmit';
import { useStore } from '../../../data/hooks';
import { AuthCard } from '../AuthCard';
import { lockHint, useLockState } from './useLockState';

/**
 * 屏幕已锁定: shown over the app (which stays mounted, hidden and inert, so nothing of it can be read
 * or focused) until the signed-in user enters their password, or someone else signs in instead. It
 * says why it is locked: a while without use, or too many wrong passwords (then until when).
 */
export function LockScreen({ actor, onUnlocked, onSwitchUser }: { actor: Actor; onUnlocked(): void; onSwitchUser(): void }) {
  const { t } = useTranslation();
  const store = useStore();
  const form = useForm({ initialValues: { password: '' } });
  const { submit, failure, submitting } = useCommandSubmit(form, (values: { password: string }) => store.send('auth.unlock', values));
  const title = t('security.lock.title');
  const workLost = useWorkLostBySignOut();
  const [confirmingSwitch, setConfirmingSwitch] = useState(false);
  const lock = useLockState();

  return (
    <AuthCard title={title}>
      <form
        noValidate
        aria-label={title}
        onSubmit={form.onSubmit(async (values) => {
          // A refused password stays with its error under it (changing the field would clear the error).
          if (await submit(values)) onUnlocked();
          // The try that was refused may have locked the account out.
          else lock.refresh();
        })}
      >
        <Stack>
          <Text size="sm">
            {lockHint(t, actor, lock.state, lock.now)}
          </Text>
          {/* A wrong password is explained under the field; other refusals (a lock-out) here. */}
          {!failure?.data.fields?.length && <ErrorAlert error={failure} />}
          {/* Marked invalid for assistive technology (Mantine's password field is not), so a refusal brings focus back here. */}
          <PasswordInput
            label={t('auth.password')}
            autoComplete="current-password"
            autoFocus
            {...form.getInputProps('password')}
            aria-invalid={form.errors.password ? true : undefined}
          />
          <Button type="submit" loading={submitting} fullWidth>
            {t('security.lock.unlock')}
          </Button>
          {/* The app under the cover may hold a half-typed complaint: another user signing in would lose it. */}
          {confirmingSwitch ? (
            <Alert color="orange" role="alert" title={t('auth.unsaved.lockedTitle')}>
              <Stack gap="xs">
                <Text size="sm">{t('auth.unsaved.locked', { name: actor.name })}</Text>
                <Group justify="flex-end">
                  <Button variant="default" size="xs" onClick={() => setConfirmingSwitch(false)}>
                    {t('admin.unsaved.stay')}
                  </Button>
                  <Button color="red" size="xs" onClick={onSwitchUser}>
                    {t('auth.unsaved.switchAnyway')}
                  </Button>
                </Group>
              </Stack>
            </Alert>
          ) : (
            <Button variant="subtle" onClick={() => (workLost ? setConfirmingSwitch(true) : onSwitchUser())} disabled={submitting} fullWidth>
              {t('auth.switchUser')}
            </Button>
          )}
        </Stack>
      </form>
    </AuthCard>
  );
}
