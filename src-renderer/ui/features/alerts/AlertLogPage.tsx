import { Button, Center, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../domain/users/roles';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useStore, useStoreQuery } from '../../data/hooks';
import { asStoreError, type StoreError } from '../../data/store-client';
import { useAuth } from '../auth/AuthGate';
import { AlertFilters, daysToRange, NO_FILTER, type AlertFilter } from './AlertFilters';
import { AlertLogTable } from './AlertLogTable';
import { useAlertLog, type AlertLogArgs, type AlertLogRow } from './useAlertLog';

/** Who may read colleagues' alerts (the store host checks again); everyone else sees their own. */
const MANAGERS: readonly Role[] = ['supervisor', 'director', 'ops_director', 'admin'];
/** The case number filters once the user paused typing. */
const TYPING_DEBOUNCE_MS = 250;

function toArgs(filter: AlertFilter, caseNo: string, ownId: string | null): AlertLogArgs {
  const userId = ownId ?? filter.userId;
  return {
    ...(userId ? { userId } : {}),
    ...(caseNo.trim() ? { caseNo: caseNo.trim() } : {}),
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(filter.unacknowledgedOnly ? { unacknowledgedOnly: true } : {}),
    ...daysToRange(filter.days),
  };
}

/** 提醒记录: every alert raised, to whom, and who acknowledged it when; one's own open alerts can be acknowledged here. */
export function AlertLogPage({ pageSize = 50 }: { pageSize?: number }) {
  const { t } = useTranslation();
  const store = useStore();
  const { actor, can } = useAuth();
  const manager = MANAGERS.includes(actor.role);
  const directory = useStoreQuery('users.directory', {}, 'users.directory');
  // How long the housekeeping keeps the log (privacy.alertLogDays).
  const keptDays = useStoreQuery('settings.get', {}, 'settings').data?.privacy.alertLogDays;
  const [filter, setFilter] = useState<AlertFilter>(NO_FILTER);
  const [caseNo, setCaseNo] = useState('');
  const typing = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());
  const [failure, setFailure] = useState<StoreError | null>(null);
  const log = useAlertLog(toArgs(filter, caseNo, manager ? null : actor.id), pageSize);

  useEffect(() => () => clearTimeout(typing.current), []);

  function change(patch: Partial<AlertFilter>) {
    setFilter((current) => ({ ...current, ...patch }));
    if (patch.caseNo === undefined) return;
    const text = patch.caseNo;
    clearTimeout(typing.current);
    // Clearing the filters applies at once; typing waits for a pause.
    if (text === '') setCaseNo('');
    else typing.current = setTimeout(() => setCaseNo(text), TYPING_DEBOUNCE_MS);
  }

  async function acknowledge(row: AlertLogRow) {
    setFailure(null);
    setPending((keys) => new Set(keys).add(row.key));
    try {
      // The log refreshes itself on the change this commits.
      await store.send('alerts.acknowledge', { keys: [row.key] });
    } catch (error) {
      setFailure(asStoreError(error));
    } finally {
      setPending((keys) => {
        const next = new Set(keys);
        next.delete(row.key);
        return next;
      });
    }
  }

  const filtered = JSON.stringify(filter) !== JSON.stringify(NO_FILTER);
  return (
    <Stack>
      <div>
        <Title order={2}>{t('alerts.log.title')}</Title>
        <Text size="sm" c="dimmed" mt={4}>
          {t('alerts.log.hint')}
        </Text>
        {keptDays !== undefined && (
          <Text size="sm" c="dimmed">
            {t('alerts.log.kept', { days: keptDays })}
          </Text>
        )}
      </div>
      <AlertFilters filter={filter} onChange={change} users={manager ? directory.data : undefined} />
      <ErrorAlert error={log.error ?? failure} />
      {log.loading ? (
        <Center p="xl">
          <Loader aria-label={t('alerts.log.loading')} />
        </Center>
      ) : log.rows.length === 0 ? (
        <Paper withBorder p="xl">
          <Text ta="center" c="dimmed">
            {filtered ? t('alerts.log.noMatch') : t('alerts.log.empty')}
          </Text>
        </Paper>
      ) : (
        <>
          <AlertLogTable
            rows={log.rows}
            userId={actor.id}
            opensRequests={can('erasure.record')}
            pending={pending}
            onAcknowledge={(row) => void acknowledge(row)}
          />
          {log.hasMore && (
            <Group justify="center">
              <Button variant="default" loading={log.loadingMore} onClick={log.loadMore}>
                {t('alerts.log.loadMore')}
              </Button>
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}
