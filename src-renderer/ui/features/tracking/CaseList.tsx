import { Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { CaseSummary } from '../../../domain/cases/case';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../components/format';
import { SeverityBadge } from '../../components/SeverityBadge';
import type { CasePage } from '../../../store/services/cases/queries';
import { useNow, useStore, useStoreQuery } from '../../data/hooks';
import { StoreError } from '../../data/store-client';

const PAGE = 50;

/**
 * 投诉处理进度跟踪: newest complaints first, keyset-paged from the store host.
 * Further pages are appended on demand; a change in the store reloads the first page.
 */
export function CaseList() {
  const { t } = useTranslation();
  const store = useStore();
  const [, navigate] = useLocation();
  const first = useStoreQuery('cases.list', { limit: PAGE }, 'first');
  // Pages appended to one particular first page; a reloaded first page starts afresh.
  const [appended, setAppended] = useState<{ base: CasePage | undefined; rows: CaseSummary[]; next: CasePage['next'] }>({
    base: undefined,
    rows: [],
    next: null,
  });
  const [loadError, setLoadError] = useState<StoreError | null>(null);
  const now = useNow();
  const more = appended.base === first.data ? appended : { rows: [], next: first.data?.next ?? null };
  const next = more.next;

  async function loadMore() {
    if (!next) return;
    try {
      const page = await store.send('cases.list', { after: next, limit: PAGE });
      setAppended({ base: first.data, rows: [...more.rows, ...page.rows], next: page.next });
    } catch (error) {
      setLoadError(error instanceof StoreError ? error : new StoreError({ code: 'store.internal' }));
    }
  }

  const rows = [...(first.data?.rows ?? []), ...more.rows];

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('tracking.title')}</Title>
        {first.data && <Text c="dimmed" data-testid="case-count">{t('tracking.count', { count: first.data.total })}</Text>}
      </Group>
      <ErrorAlert error={first.error ?? loadError} />
      {first.data && first.data.total === 0 ? (
        <Paper withBorder p="xl">
          <Stack align="center">
            <Text>{t('tracking.empty')}</Text>
            <Button component="a" href="#/intake">
              {t('tracking.emptyAction')}
            </Button>
          </Stack>
        </Paper>
      ) : (
        <Paper withBorder>
          <Table highlightOnHover stickyHeader aria-label={t('tracking.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('tracking.columns.no')}</Table.Th>
                <Table.Th>{t('tracking.columns.receivedAt')}</Table.Th>
                <Table.Th>{t('tracking.columns.channel')}</Table.Th>
                <Table.Th>{t('tracking.columns.customer')}</Table.Th>
                <Table.Th>{t('tracking.columns.severity')}</Table.Th>
                <Table.Th>{t('tracking.columns.status')}</Table.Th>
                <Table.Th>{t('tracking.columns.owner')}</Table.Th>
                <Table.Th>{t('tracking.columns.department')}</Table.Th>
                <Table.Th>{t('tracking.columns.responseDue')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => {
                const overdue = row.nextDueAt !== undefined && row.nextDueAt < now;
                return (
                  <Table.Tr
                    key={row.id}
                    data-overdue={overdue || undefined}
                    style={{ cursor: 'pointer' }}
                    onClick={() => navigate(`/cases/${row.id}`)}
                  >
                    <Table.Td>
                      <Anchor href={`#/cases/${row.id}`} onClick={(e) => e.stopPropagation()}>
                        {row.no}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{formatDateTime(row.receivedAt)}</Table.Td>
                    <Table.Td>{t(`channel.${row.channel}`)}</Table.Td>
                    <Table.Td>{row.customerName}</Table.Td>
                    <Table.Td>
                      <SeverityBadge severity={row.severity} />
                    </Table.Td>
                    <Table.Td>{t(`status.${row.status}`)}</Table.Td>
                    <Table.Td>{row.owner?.name ?? '—'}</Table.Td>
                    <Table.Td>{row.department || '—'}</Table.Td>
                    <Table.Td>
                      <Group gap={6}>
                        {row.nextDueAt === undefined ? '—' : formatDateTime(row.nextDueAt)}
                        {overdue && (
                          <Badge color="red" variant="outline" size="sm">
                            {t('tracking.overdue')}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      {next && (
        <Group justify="center">
          <Button variant="default" onClick={() => void loadMore()}>
            {t('tracking.loadMore')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
