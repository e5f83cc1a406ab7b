import { Anchor, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '../../../domain/audit/chain';
import type { AttachmentMeta } from '../../../domain/cases/entries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { usePlatform, useStore } from '../../data/hooks';
import { asStoreError, type StoreError } from '../../data/store-client';
import { Panel } from '../../components/Panel';
import { formatBytes, formatDateTime } from '../../components/format';
import { byAt } from './format';

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

/** 证据附件: what was filed with the case; a click saves a copy. */
export function Attachments({
  attachments,
  anonymisedAt,
  events = [],
}: {
  attachments: AttachmentMeta[];
  /** When the case was anonymised, if it was: its files were deleted then. */
  anonymisedAt?: number;
  /** The case's history, where its anonymisation recorded how many files it deleted. */
  events?: readonly AuditEvent[];
}) {
  const { t } = useTranslation();
  const store = useStore();
  const platform = usePlatform();
  const [failure, setFailure] = useState<StoreError | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  async function download(meta: AttachmentMeta) {
    setFailure(null);
    setBusy(meta.id);
    try {
      const file = await store.send('attachments.get', { id: meta.id });
      await platform.saveFile({ suggestedName: meta.name, data: new Uint8Array(await file.data.arrayBuffer()) });
    } catch (error) {
      setFailure(asStoreError(error));
    } finally {
      setBusy(null);
    }
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
                    <Anchor component="button" type="button" onClick={() => void download(a)} disabled={busy === a.id} title={t('flow.attachments.download')}>
                      {a.name}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {formatBytes(a.size)} · {t(`flow.step.${a.step}`, { defaultValue: a.step })} · {byAt(a.addedBy, a.addedAt)}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Panel>
  );
}
