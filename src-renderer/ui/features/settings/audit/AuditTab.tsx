import { Anchor, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useStore, useStoreQuery } from '../../../data/hooks';
import { asStoreError } from '../../../data/store-client';
import { useAuth } from '../../auth/AuthGate';
import { ChainResult, type ChainCheck } from './ChainResult';
import { Panel } from '../../../components/Panel';

/** 审计: recomputes the hash chains of the settings and of every account, or of any subject named. */
export function AuditTab() {
  const { t } = useTranslation();
  const store = useStore();
  const { can } = useAuth();
  const users = useStoreQuery('users.list', {}, 'users');
  const [checks, setChecks] = useState<Record<string, ChainCheck>>({});
  const [busy, setBusy] = useState(false);
  const [other, setOther] = useState('');
  const [otherCheck, setOtherCheck] = useState<{ subject: string; check: ChainCheck } | null>(null);

  const verify = (subject: string): Promise<ChainCheck> =>
    store.send('audit.verify', { subject }).catch((error: unknown) =>
      asStoreError(error),
    );

  const subjects = [
    { subject: 'settings', label: t('admin.audit.settings') },
    ...(users.data ?? []).map((user) => ({
      subject: `user:${user.id}`,
      label: t('admin.audit.user', { name: user.name, username: user.username }),
    })),
  ];

  async function checkAll() {
    setBusy(true);
    try {
      const results: Record<string, ChainCheck> = {};
      for (const { subject } of subjects) results[subject] = await verify(subject);
      setChecks(results);
    } finally {
      setBusy(false);
    }
  }

  async function checkOne(subject: string) {
    const check = await verify(subject);
    setChecks((previous) => ({ ...previous, [subject]: check }));
  }

  async function checkOther() {
    const subject = other.trim();
    if (subject) setOtherCheck({ subject, check: await verify(subject) });
  }

  return (
    <Stack maw={960}>
      <div>
        <Title order={3} size="h4">
          {t('admin.audit.title')}
        </Title>
        <Text size="sm" c="dimmed" mt={4}>
          {t('admin.audit.hint')}
        </Text>
        {/* Every chain at once, and the events themselves, are in the audit log viewer. */}
        {can('audit.view') && (
          <Anchor href="#/settings/audit-log" size="sm">
            {t('security.audit.openLog')}
          </Anchor>
        )}
      </div>
      <ErrorAlert error={users.error} />
      <Panel
        title={t('admin.audit.subjectsTitle')}
        order={4}
        aside={
          <Button onClick={() => void checkAll()} loading={busy} disabled={!users.data}>
            {t('admin.audit.checkAll')}
          </Button>
        }
      >
        <Table aria-label={t('admin.audit.subjectsTitle')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('admin.audit.subject')}</Table.Th>
              <Table.Th>{t('admin.audit.result')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {subjects.map(({ subject, label }) => (
              <Table.Tr key={subject} data-subject={subject}>
                <Table.Td>{label}</Table.Td>
                <Table.Td>
                  <ChainResult check={checks[subject]} />
                </Table.Td>
                <Table.Td ta="right">
                  <Button size="compact-sm" variant="default" disabled={busy} onClick={() => void checkOne(subject)}>
                    {t('admin.audit.check')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Panel>
      <Paper withBorder p="lg" component="section" aria-label={t('admin.audit.other')}>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void checkOther();
          }}
        >
          <Stack>
            <Title order={4} size="h5">
              {t('admin.audit.other')}
            </Title>
            <Group align="flex-end">
              <TextInput
                label={t('admin.audit.subjectLabel')}
                description={t('admin.audit.otherHint')}
                value={other}
                onChange={(event) => setOther(event.currentTarget.value)}
                w={480}
              />
              <Button type="submit" variant="light" disabled={!other.trim()}>
                {t('admin.audit.check')}
              </Button>
            </Group>
            {otherCheck && (
              <Group gap="sm">
                <Text ff="monospace" size="sm">
                  {otherCheck.subject}
                </Text>
                <ChainResult check={otherCheck.check} />
              </Group>
            )}
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
