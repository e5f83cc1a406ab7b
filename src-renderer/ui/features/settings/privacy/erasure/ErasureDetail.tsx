import { Alert, Badge, Button, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErasureView } from '../../../../../store/services/privacy/erasure-views';
import { formatDateTime } from '../../../../components/format';
import { PrintButtons } from '../../../../components/PrintButtons';
import { useStore } from '../../../../data/hooks';
import { useAuth } from '../../../auth/AuthGate';
import { ConfirmPasswordModal } from '../../../auth/confirm/ConfirmPasswordModal';
import { erasureReplyRoute } from '../../../print/forms';
import { DeliverModal } from './DeliverModal';
import { ErasureCasesTable } from './ErasureCasesTable';
import { keyText, OUTCOME_COLOURS, verificationText } from './lineText';
import { RefuseModal } from './RefuseModal';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th w={140} scope="row">
        {label}
      </Table.Th>
      <Table.Td>{children}</Table.Td>
    </Table.Tr>
  );
}

/**
 * One deletion request: how it came in, each case with what happened to it, the deletions made and
 * the replies delivered; execute or refuse it (the password again) while it is open, print the
 * reply, record its delivery (the one after closing masks the request).
 */
export function ErasureDetail({ view, onClose }: { view: ErasureView; onClose(): void }) {
  const { t } = useTranslation();
  const store = useStore();
  const { can } = useAuth();
  const [dialog, setDialog] = useState<'execute' | 'refuse' | 'deliver' | null>(null);
  const { request, counts } = view;
  const open = request.closedAt === null;
  const title = t('erasure.detail.title', { no: request.no });

  return (
    <Stack component="section" aria-label={title} gap="sm">
      <Group justify="space-between">
        <Title order={4} size="h5">
          {title}
        </Title>
        <Group gap="xs">
          <PrintButtons route={erasureReplyRoute(request.no)} fileName={t('erasureReply.fileName', { no: request.no })} printLabel={t('erasure.detail.print')} />
          <Button variant="subtle" onClick={onClose}>
            {t('erasure.detail.close')}
          </Button>
        </Group>
      </Group>
      {request.masked && <Text size="sm" c="dimmed">{t('erasure.detail.masked')}</Text>}
      {view.awaitsDelivery && (
        <Alert color="blue" variant="light">
          {t('erasure.detail.awaitsDelivery')}
        </Alert>
      )}
      <Table withTableBorder>
        <Table.Tbody>
          <Row label={t('erasure.detail.requester')}>{request.requester}</Row>
          <Row label={t('erasure.detail.key')}>{keyText(t, request.key)}</Row>
          <Row label={t('erasure.detail.receivedAt')}>{formatDateTime(request.receivedAt)}</Row>
          <Row label={t('erasure.detail.channel')}>{t(`channel.${request.channel}`)}</Row>
          <Row label={t('erasure.detail.verification')}>{verificationText(t, request)}</Row>
          <Row label={t('erasure.detail.grounds')}>{t(`erasure.grounds.${request.grounds}`)}</Row>
          {request.note && <Row label={t('erasure.detail.note')}>{request.note}</Row>}
          <Row label={t('erasure.detail.dueAt')}>
            {formatDateTime(request.dueAt)}
            {view.overdue && (
              <Badge ml="xs" color="red" variant="light">
                {t('erasure.overdueBadge')}
              </Badge>
            )}
          </Row>
          <Row label={t('erasure.detail.recorded')}>
            {formatDateTime(request.recordedAt)} {request.recordedBy.name}
          </Row>
          <Row label={t('erasure.detail.answeredAt')}>{view.answeredAt === null ? t('erasure.detail.notAnswered') : formatDateTime(view.answeredAt)}</Row>
          <Row label={t('erasure.detail.outcome')}>
            <Badge variant="light" color={OUTCOME_COLOURS[view.outcome]}>
              {t(`erasure.outcome.${view.outcome}`)}
            </Badge>
          </Row>
          {request.refusal && <Row label={t('erasure.detail.refusal')}>{request.refusal.reason}</Row>}
        </Table.Tbody>
      </Table>
      <ErasureCasesTable label={t('erasure.detail.cases')} lines={view.cases} />
      {request.executions.length > 0 && (
        <Alert variant="light" color="gray" title={t('erasure.detail.executions')}>
          <List size="sm">
            {request.executions.map((execution) => (
              <List.Item key={execution.at}>
                {t('erasure.detail.execution', {
                  at: formatDateTime(execution.at),
                  by: execution.by.name,
                  erased: execution.erased.length,
                  waiting: execution.waiting.length,
                  held: execution.held.length,
                })}
                {execution.notCustomer.length > 0 && t('erasure.detail.executionNotCustomer', { count: execution.notCustomer.length })}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {request.deliveries.length > 0 && (
        <Alert variant="light" color="gray" title={t('erasure.detail.deliveries')}>
          <List size="sm">
            {request.deliveries.map((delivery) => (
              <List.Item key={delivery.recordedAt}>
                {t('erasure.detail.delivery', {
                  at: formatDateTime(delivery.at),
                  method: t(`erasure.delivery.methods.${delivery.method}`),
                  to: delivery.to,
                  by: delivery.by.name,
                })}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {(open || view.awaitsDelivery) && (
        <Group justify="flex-end">
          {view.answeredAt !== null && can('erasure.deliver') && (
            <Button variant="default" onClick={() => setDialog('deliver')}>
              {t('erasure.detail.deliver')}
            </Button>
          )}
          {open && can('erasure.refuse') && (
            <Button variant="default" color="red" onClick={() => setDialog('refuse')}>
              {t('erasure.detail.refuse')}
            </Button>
          )}
          {open && can('cases.anonymise') && (
            <Button color="red" onClick={() => setDialog('execute')}>
              {t('erasure.detail.execute', { count: counts.eligible })}
            </Button>
          )}
        </Group>
      )}
      {dialog === 'execute' && (
        <ConfirmPasswordModal
          title={t('erasure.detail.confirmTitle')}
          message={
            <Text span c={counts.eligible > 0 ? 'red.8' : undefined} fw={500}>
              {counts.eligible > 0 ? t('erasure.detail.confirmErase', { count: counts.eligible }) : t('erasure.detail.confirmNone')}
            </Text>
          }
          submitLabel={t('erasure.detail.confirmSubmit')}
          action={() => store.send('erasure.execute', { no: request.no })}
          onDone={(result) => {
            setDialog(null);
            const erased = result.request.executions.at(-1)?.erased.length ?? 0;
            notifications.show({
              color: 'teal',
              message: result.outcome === 'completed' ? t('erasure.detail.completed', { no: request.no }) : t('erasure.detail.done', { count: erased }),
            });
          }}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'refuse' && <RefuseModal no={request.no} onClose={() => setDialog(null)} />}
      {dialog === 'deliver' && <DeliverModal no={request.no} closedAt={request.closedAt} answeredAt={view.answeredAt} onClose={() => setDialog(null)} />}
    </Stack>
  );
}
