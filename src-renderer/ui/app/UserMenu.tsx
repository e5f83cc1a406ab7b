import { Button, Menu, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useConfirmSessionEnd } from '../components/unsaved';
import { useAuth } from '../features/auth/AuthGate';

/** Who is signed in on this desktop, and the way to hand it to a colleague. */
export function UserMenu() {
  const { t } = useTranslation();
  const { actor, signOut, lock } = useAuth();
  const confirm = useConfirmSessionEnd();
  const shown = `${actor.name} · ${t(`role.${actor.role}`)}`;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        {/* The name read out starts with what the button shows, so voice control finds it by its text too. */}
        <Button variant="subtle" size="xs" aria-label={`${t('auth.signedInAs')} ${shown}`}>
          {shown}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="xs">
            {actor.username} · {actor.department}
          </Text>
        </Menu.Label>
        <Menu.Item component="a" href="#/settings/account">
          {t('auth.changePassword')}
        </Menu.Item>
        {/* Stepping away: the screen locks with the work kept under it, as after the idle time. */}
        <Menu.Item onClick={() => lock(true)}>
          <Text size="sm">{t('auth.lockScreen')}</Text>
          <Text size="xs" c="dimmed">
            {t('auth.lockScreenHint')}
          </Text>
        </Menu.Item>
        {/* Both end the session: unsaved work (a half-typed registration, a settings form) is asked about first. */}
        <Menu.Item onClick={() => confirm('switchUser', () => void signOut())}>{t('auth.switchUser')}</Menu.Item>
        <Menu.Item color="red" onClick={() => confirm('signOut', () => void signOut())}>
          {t('auth.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
