import { Anchor, Badge, Button, Group, Paper, SegmentedControl, Stack, Switch, Table, Text, Title } from '@mantine/core';
import dayjs from 'dayjs';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShownImprovement } from '../../../domain/improvements/masking';
import { awaitsNewRound, lastVerification } from '../../../domain/improvements/verifications';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useNow, useStoreQuery } from '../../data/hooks';
import { useAuth } from '../auth/AuthGate';
import { ImprovementDetails } from './ImprovementDetails';
import { ImprovementModal } from './ImprovementModal';
import { VerifyModal } from './VerifyModal';

const FILTERS = ['all', 'open', 'overdue', 'verified'] as const;
type Filter = (typeof FILTERS)[number];
type Dialog = { kind: 'edit'; improvement: ShownImprovement | null } | { kind: 'verify'; improvement: ShownImprovement } | null;

const COLUMNS = ['title', 'owner', 'due', 'cases', 'status', 'effective'] as const;

/** 整改措施: every improvement action, open ones past due marked; create, edit and verify by those allowed. */
export function ImprovementsPage() {
  const { t } = useTranslation();
  const { actor, can } = useAuth();
  const now = useNow();
  const list = useStoreQuery('improvements.list', {}, 'all');
  const [filter, setFilter] = useState<Filter>('all');
  const [expanded, setExpanded] = useState<string | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const mayEdit = can('improvements.save');
  const mayVerify = can('improvements.verify');
  // An owner finds their own measures (an agent may own one without the right to edit it).
  const [onlyMine, setOnlyMine] = useState(false);
  const all = list.data ?? [];
  const mine = all.filter((row) => row.owner.id === actor.id);
  const shown = onlyMine ? mine : all;
  const isOverdue = (row: ShownImprovement) => row.status === 'open' && row.dueAt < now;
  const matches: Record<Filter, (row: ShownImprovement) => boolean> = {
    all: () => true,
    open: (row) => row.status === 'open',
    overdue: isOverdue,
    verified: (row) => row.status === 'verified',
  };
  const rows = shown.filter(matches[filter]);
  const columns = mayEdit || mayVerify ? [...COLUMNS, 'actions' as const] : COLUMNS;

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>{t('improvements.title')}</Title>
          <Text size="sm" c="dimmed" maw={720}>
            {t('improvements.hint')}
          </Text>
        </div>
        {mayEdit && <Button onClick={() => setDialog({ kind: 'edit', improvement: null })}>{t('improvements.add')}</Button>}
      </Group>
      <ErrorAlert error={list.error} />
      <Group gap="lg">
        <SegmentedControl
          aria-label={t('improvements.columns.status')}
          value={filter}
          onChange={(value) => setFilter(value as Filter)}
          data={FILTERS.map((value) => ({
            value,
            label: t('improvements.filter.counted', { label: t(`improvements.filter.${value}`), count: shown.filter(matches[value]).length }),
          }))}
        />
        {/* Shown while on, too: a measure reassigned away must not leave the list stuck empty. */}
        {(mine.length > 0 || onlyMine) && (
          <Switch checked={onlyMine} onChange={(event) => setOnlyMine(event.currentTarget.checked)} label={t('improvements.filter.mine', { count: mine.length })} />
        )}
      </Group>
      {list.data && rows.length === 0 ? (
        <Paper withBorder p="xl">
          <Text ta="center" c="dimmed">
            {t(all.length === 0 ? 'improvements.empty' : 'improvements.emptyFiltered')}
          </Text>
        </Paper>
      ) : (
        <Paper withBorder>
          <Table aria-label={t('improvements.title')} highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                {columns.map((column) => (
                  <Table.Th key={column}>{t(`improvements.columns.${column}`)}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => {
                const overdue = isOverdue(row);
                const open = expanded === row.id;
                return (
                  <Fragment key={row.id}>
                    <Table.Tr data-overdue={overdue || undefined} data-improvement={row.title}>
                      <Table.Td>
                        <Anchor component="button" type="button" aria-expanded={open} onClick={() => setExpanded(open ? null : row.id)}>
                          {row.title}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{row.owner.name}</Table.Td>
                      <Table.Td>
                        <Group gap={6} wrap="nowrap">
                          {dayjs(row.dueAt).format('YYYY-MM-DD')}
                          {overdue && (
                            <Badge color="red" variant="outline" size="sm">
                              {t('improvements.overdue')}
                            </Badge>
                          )}
                        </Group>
                      </Table.Td>
                      <Table.Td>{t('improvements.casesCount', { count: row.caseIds.length })}</Table.Td>
                      <Table.Td>
                        <Badge color={row.status === 'open' ? 'blue' : 'gray'} variant="light">
                          {t(`improvements.status.${row.status}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        {row.effective === null ? (
                          // Open again after a verdict of 无效: the new round is not judged yet, the last one failed.
                          lastVerification(row)?.effective === false ? (
                            <Badge color="orange" variant="outline">
                              {t('improvements.effective.lastNo')}
                            </Badge>
                          ) : (
                            t('improvements.effective.pending')
                          )
                        ) : (
                          <Badge color={row.effective ? 'teal' : 'orange'} variant="light">
                            {t(row.effective ? 'improvements.effective.yes' : 'improvements.effective.no')}
                          </Badge>
                        )}
                      </Table.Td>
                      {(mayEdit || mayVerify) && (
                        <Table.Td>
                          <Group gap="xs" wrap="nowrap">
                            {/* Verified effective, it is closed as judged; after 无效, its new round is written before it is judged. */}
                            {mayEdit && row.status === 'open' && (
                              <Button size="compact-sm" variant="light" onClick={() => setDialog({ kind: 'edit', improvement: row })}>
                                {t('admin.actions.edit')}
                              </Button>
                            )}
                            {mayVerify && row.status === 'open' && !awaitsNewRound(row) && (
                              <Button size="compact-sm" variant="default" onClick={() => setDialog({ kind: 'verify', improvement: row })}>
                                {t('improvements.verify')}
                              </Button>
                            )}
                          </Group>
                        </Table.Td>
                      )}
                    </Table.Tr>
                    {open && (
                      <Table.Tr>
                        <Table.Td colSpan={columns.length} bg="var(--mantine-color-gray-0)">
                          <ImprovementDetails improvement={row} />
                        </Table.Td>
                      </Table.Tr>
                    )}
                  </Fragment>
                );
              })}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      {dialog?.kind === 'edit' && <ImprovementModal improvement={dialog.improvement} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'verify' && <VerifyModal improvement={dialog.improvement} onClose={() => setDialog(null)} />}
    </Stack>
  );
}
