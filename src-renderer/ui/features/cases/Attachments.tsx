import { Anchor, Badge, Button, Group, Modal, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '../../../domain/audit/chain';
import { withdrawalRefusal } from '../../../domain/cases/attachment-withdrawal';
import type { CaseRecord } from '../../../domain/cases/case';
import type { AttachmentMeta } from '../../../domain/cases/entries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { usePlatform, useStore } from '../../data/hooks';
import { asStoreError, type StoreError } from '../../data/store-client';
import { Panel } from '../../components/Panel';
import { formatBytes, formatDateTime } from '../../components/format';
import { useDialogFocus } from '../../components/useDialogFocus';
import { useAuth } from '../auth/AuthGate';
import { byAt } from './format';
import { WithdrawAttachmentForm } from './WithdrawAttachmentForm';

/** How many files the case's anonymisation deleted, as its event recorded; undefined when no event says. */
function deletedByAnonymisation(events: readonly AuditEvent[]): number | undefined {
  const count = events.find((event) => event.command === 'cases.anonymise')?.detail?.attachmentsDeleted;
  return typeof count === 'number' ? count : undefined;
}

/** What the panel says when it lists no file: none yet, or (an anonymised case) that they went with the customer's data. */
function noneText(t: TFunction, anonymisedAt: number | undefined, events: readonly AuditEvent[]): string {
  if (anonymisedAt === undefined) return t('flow.attachments.none');
  const count = deletedByAnonymisation(events);
  const at = formatDateTime(anonymisedAt);
  return count !== undefined && count > 0 ? t('flow.attachments.deletedWithAnonymisation', { count, at }) : t('flow.attachments.anonymisedNone', { at });
}

/** A file taken off the case: its name struck through, no download, who took it off, when and why. */
function WithdrawnFile({ file }: { file: AttachmentMeta & { withdrawn: NonNullable<AttachmentMeta['withdrawn']> } }) {
  const { t } = useTranslation();
  return (
    <>
      <Group gap={6} wrap="nowrap">
        <Text size="sm" c="dimmed" td="line-through" style={{ overflowWrap: 'anywhere' }}>
          {file.name}
        </Text>
        <Badge size="xs" color="gray" variant="light">
          {t('evidence.withdrawn.badge')}
        </Badge>
      </Group>
      <Text size="xs" c="dimmed">
        {formatBytes(file.size)} · {t(`flow.step.${file.step}`, { defaultValue: file.step })} · {byAt(file.addedBy, file.addedAt)}
      </Text>
      <Text size="xs" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {t('evidence.withdrawn.line', { by: file.withdrawn.by.name, at: formatDateTime(file.withdrawn.at), reason: file.withdrawn.reason })}
      </Text>
    </>
  );
}

/**
 * 证据附件: what was filed with the case; a click saves a copy. A file attached by mistake can be
 * withdrawn (撤下附件, under the list: the list's buttons are its files) by whoever the store host
 * lets — the same rule picks the files offered; a withdrawn one stays listed as 已撤下, with the
 * reason, and cannot be downloaded.
 */
export function Attachments({
  attachments,
  record,
  anonymisedAt = record?.anonymisedAt,
  events = [],
}: {
  attachments: AttachmentMeta[];
  /** The case, to tell who may withdraw a file now; without it none is offered. */
  record?: CaseRecord;
  /** When the case was anonymised, if it was: its files were deleted then. */
  anonymisedAt?: number;
  /** The case's history, where its anonymisation recorded how many files it deleted. */
  events?: readonly AuditEvent[];
}) {
  const { t } = useTranslation();
  const store = useStore();
  const platform = usePlatform();
  const { actor } = useAuth();
  const [failure, setFailure] = useState<StoreError | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [withdrawing, setWithdrawing] = useState(false);
  // The last file withdrawn takes the button away: focus must not fall to the top of the page.
  const focus = useDialogFocus(record?.updatedAt);
  const withdrawable = record === undefined ? [] : attachments.filter((file) => withdrawalRefusal(actor, record, file) === null);

  async function download(meta: AttachmentMeta) {
    setFailure(null);
    setBusy(meta.id);
    try {
      const file = await store.send('attachments.get', { id: meta.id });
      // Saved as the type it was kept under: a video stays a video, a document a document.
      await platform.saveFile({ suggestedName: meta.name, data: new Uint8Array(await file.data.arrayBuffer()) });
    } catch (error) {
      setFailure(asStoreError(error));
    } finally {
      setBusy(null);
    }
  }

  function withdrawn(name: string) {
    focus.saved();
    setWithdrawing(false);
    notifications.show({ color: 'teal', message: t('evidence.withdraw.done', { name }) });
  }

  return (
    <Panel dense title={t('flow.section.attachments')}>
      <ErrorAlert error={failure} />
      {attachments.length === 0 ? (
        <Text size="sm" c="dimmed">
          {noneText(t, anonymisedAt, events)}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={360}>
          <Table aria-label={t('flow.section.attachments')} verticalSpacing={4}>
            <Table.Tbody>
              {attachments.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>
                    {a.withdrawn ? (
                      <WithdrawnFile file={{ ...a, withdrawn: a.withdrawn }} />
                    ) : (
                      <>
                        <Anchor component="button" type="button" onClick={() => void download(a)} disabled={busy === a.id} title={t('flow.attachments.download')}>
                          {a.name}
                        </Anchor>
                        <Text size="xs" c="dimmed">
                          {formatBytes(a.size)} · {t(`flow.step.${a.step}`, { defaultValue: a.step })} · {byAt(a.addedBy, a.addedAt)}
                        </Text>
                      </>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {withdrawable.length > 0 && (
        <Group mt="xs">
          <Button
            size="compact-sm"
            variant="subtle"
            color="red"
            onClick={(event) => {
              focus.opening(event);
              setWithdrawing(true);
            }}
          >
            {t('evidence.withdraw.title')}
          </Button>
        </Group>
      )}
      <Modal opened={withdrawing} onClose={() => setWithdrawing(false)} title={t('evidence.withdraw.title')} closeOnClickOutside={false} returnFocus={focus.returnFocus}>
        {withdrawing && <WithdrawAttachmentForm files={withdrawable} onDone={withdrawn} onCancel={() => setWithdrawing(false)} />}
      </Modal>
    </Panel>
  );
}
