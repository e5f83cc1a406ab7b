import { Alert, Badge, Button, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErasureView } from '../../../../../store/services/privacy/erasure-views';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { formatDateTime } from '../../../../components/format';
import { Panel } from '../../../../components/Panel';
import { useStoreQuery } from '../../../../data/hooks';
import { ErasureDetail } from './ErasureDetail';
import { keyText, OUTCOME_COLOURS } from './lineText';
import { RecordErasureModal } from './RecordErasureModal';

function RequestRows({ views, onOpen }: { views: ErasureView[]; onOpen(no: string): void }) {
  const { t } = useTranslation();
  return views.map(({ request, outcome, overdue, counts, cases }) => (
    <Table.Tr key={request.no}>
      <Table.Td>
        <Button variant="subtle" size="compact-sm" aria-label={t('erasure.open', { no: request.no })} onClick={() => onOpen(request.no)}>
          {request.no}
        </Button>
      </Table.Td>
      <Table.Td>{request.requester}</Table.Td>
      <Table.Td>{keyText(t, request.key)}</Table.Td>
      <Table.Td>{formatDateTime(request.receivedAt)}</Table.Td>
      <Table.Td>
        {formatDateTime(request.dueAt)}
        {overdue && (
          <Badge ml="xs" size="sm" color="red" variant="light">
            {t('erasure.overdueBadge')}
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        <Badge size="sm" variant="light" color={OUTCOME_COLOURS[outcome]}>
          {t(`erasure.outcome.${outcome}`)}
        </Badge>
      </Table.Td>
      <Table.Td>
        {t('erasure.casesDone', { done: counts.done, total: cases.length })}
        {/* A waiting case that has ended since: the request is to be executed again. */}
        {request.closedAt === null && request.executions.length > 0 && counts.eligible > 0 && (
          <Badge ml="xs" size="sm" color="teal" variant="light">
            {t('erasure.eligibleBadge', { count: counts.eligible })}
          </Badge>
        )}
      </Table.Td>
    </Table.Tr>
  ));
}

/**
 * 个人信息删除请求 (legal and the administrator): every request, newest first, with its reply
 * deadline and outcome; said at the top: the overdue ones, those with a case to erase now, those
 * whose final reply is not recorded as delivered. One opened below the list: on a click, or the one
 * `linkedNo` names (a case page’s notice links to its request; a new one mounts the list afresh), scrolled to.
 */
export function ErasureRequests({ linkedNo }: { linkedNo?: string }) {
  const { t } = useTranslation();
  const list = useStoreQuery('erasure.list', {}, 'erasure');
  const [recording, setRecording] = useState(false);
  const [openNo, setOpenNo] = useState<string | null>(linkedNo ?? null);
  const data = list.data;
  const opened = data?.requests.find((view) => view.request.no === openNo);
  const detail = useRef<HTMLDivElement>(null);
  const linkedFound = linkedNo !== undefined && opened?.request.no === linkedNo;
  // Opened by a link: brought into view once the list is there (jsdom has no scrolling).
  useEffect(() => {
    if (linkedFound) detail.current?.scrollIntoView?.({ block: 'start' });
  }, [linkedFound]);
  const title = t('erasure.title');

  return (
    <Panel
      title={title}
      hint={data && t('erasure.hint', { days: data.replyDays })}
      aside={<Button onClick={() => setRecording(true)}>{t('erasure.new')}</Button>}
    >
      <ErrorAlert error={list.error} />
      {data && linkedNo !== undefined && openNo === linkedNo && !opened && (
        <Alert color="orange" variant="light" role="alert">
          {t('errors.erasure.notFound', { no: linkedNo })}
        </Alert>
      )}
      {data && data.overdue > 0 && (
        <Alert color="red" variant="light" role="status">
          {t('erasure.overdue', { count: data.overdue })}
        </Alert>
      )}
      {/* Nothing else tells anyone that a deferred or held case has ended: the request is to be executed again. */}
      {data && data.erasable > 0 && (
        <Alert color="teal" variant="light" role="status">
          {t('erasure.erasable', { count: data.erasable })}
        </Alert>
      )}
      {data && data.undelivered > 0 && (
        <Alert color="blue" variant="light" role="status">
          {t('erasure.undelivered', { count: data.undelivered })}
        </Alert>
      )}
      {data && data.requests.length === 0 && <Text size="sm">{t('erasure.none')}</Text>}
      {data && data.requests.length > 0 && (
        <Table.ScrollContainer minWidth={860}>
          <Table striped aria-label={title}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('erasure.columns.no')}</Table.Th>
                <Table.Th>{t('erasure.columns.requester')}</Table.Th>
                <Table.Th>{t('erasure.columns.key')}</Table.Th>
                <Table.Th>{t('erasure.columns.receivedAt')}</Table.Th>
                <Table.Th>{t('erasure.columns.dueAt')}</Table.Th>
                <Table.Th>{t('erasure.columns.outcome')}</Table.Th>
                <Table.Th>{t('erasure.columns.cases')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              <RequestRows views={data.requests} onOpen={setOpenNo} />
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <div ref={detail}>{opened && <ErasureDetail key={opened.request.no} view={opened} onClose={() => setOpenNo(null)} />}</div>
      {recording && (
        <RecordErasureModal
          onDone={(view) => {
            setRecording(false);
            setOpenNo(view.request.no);
            notifications.show({ color: 'teal', message: t('erasure.form.done', { no: view.request.no }) });
          }}
          onCancel={() => setRecording(false)}
        />
      )}
    </Panel>
  );
}
