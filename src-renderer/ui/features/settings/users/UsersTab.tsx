import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '../../../../store/services/users';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useStoreQuery } from '../../../data/hooks';
import { useAuth } from '../../auth/AuthGate';
import { ResetPasswordModal } from './ResetPasswordModal';
import { useRereadEvery } from './useRereadEvery';
import { UserModal } from './UserModal';

/**
 * How often the open tab reads the accounts again. A lock-out is written by a refused sign-in, which
 * publishes no change (the store host publishes only what a successful command changed), and a lock
 * ends by the clock alone: neither would reach the 已锁定 column otherwise.
 */
export const USERS_REREAD_MS = 15_000;

type Editing = { mode: 'create' } | { mode: 'edit'; user: UserSummary } | { mode: 'reset'; user: UserSummary } | null;

/** 用户: every account with its role, department and state; create, edit, reset a password. */
export function UsersTab() {
  const { t } = useTranslation();
  const { actor } = useAuth();
  const users = useStoreQuery('users.list', {}, 'users');
  useRereadEvery(USERS_REREAD_MS, users.reload);
  const settings = useStoreQuery('settings.get', {}, 'settings');
  const [editing, setEditing] = useState<Editing>(null);
  const departments = settings.data?.departments ?? [];

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={3} size="h4">
            {t('admin.users.title')}
          </Title>
          <Text size="sm" c="dimmed" maw={720}>
            {t('admin.users.hint')}
          </Text>
        </div>
        <Button onClick={() => setEditing({ mode: 'create' })}>{t('admin.users.add')}</Button>
      </Group>
      <ErrorAlert error={users.error ?? settings.error} />
      <Paper withBorder>
        <Table.ScrollContainer minWidth={760}>
          <Table highlightOnHover aria-label={t('admin.users.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('admin.users.columns.username')}</Table.Th>
                <Table.Th>{t('admin.users.columns.name')}</Table.Th>
                <Table.Th>{t('admin.users.columns.role')}</Table.Th>
                <Table.Th>{t('admin.users.columns.department')}</Table.Th>
                <Table.Th>{t('admin.users.columns.active')}</Table.Th>
                <Table.Th>{t('admin.users.columns.locked')}</Table.Th>
                <Table.Th>{t('admin.users.columns.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(users.data ?? []).map((user) => (
                <Table.Tr key={user.id} data-username={user.username}>
                  <Table.Td ff="monospace">{user.username}</Table.Td>
                  <Table.Td>
                    {user.name}
                    {user.id === actor.id && (
                      <Text span c="dimmed" size="sm">
                        {t('admin.users.you')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{t(`role.${user.role}`)}</Table.Td>
                  <Table.Td>{user.department}</Table.Td>
                  <Table.Td>
                    {/* At least as wide as their words: a badge squeezed by a narrow column (at 200 % zoom) showed “启…”. */}
                    <Badge color={user.active ? 'teal' : 'gray'} variant="light" miw="max-content">
                      {user.active ? t('admin.users.active') : t('admin.users.inactive')}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {user.locked ? (
                      <Badge color="red" variant="outline" miw="max-content">
                        {t('admin.users.locked')}
                      </Badge>
                    ) : (
                      t('admin.users.notLocked')
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button size="compact-sm" variant="light" onClick={() => setEditing({ mode: 'edit', user })}>
                        {t('admin.actions.edit')}
                      </Button>
                      <Button size="compact-sm" variant="default" onClick={() => setEditing({ mode: 'reset', user })}>
                        {t('admin.users.resetPassword')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {users.data?.length === 1 && (
          <Text c="dimmed" size="sm" p="md">
            {t('admin.users.empty')}
          </Text>
        )}
      </Paper>
      {(editing?.mode === 'create' || editing?.mode === 'edit') && (
        <UserModal
          user={editing.mode === 'edit' ? editing.user : null}
          departments={departments}
          onClose={() => setEditing(null)}
        />
      )}
      {editing?.mode === 'reset' && <ResetPasswordModal user={editing.user} onClose={() => setEditing(null)} />}
    </Stack>
  );
}
