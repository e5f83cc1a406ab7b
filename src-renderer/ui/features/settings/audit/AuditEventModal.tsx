import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditLogRow } from '../../../../store/services/audit/list';
import { formatDateTime } from '../../../components/format';
import { actorText, commandLabel, subjectText } from './labels';
import { changeView } from './settingsChanges';
import { detailLines } from './values';
import { MountedModal } from '../../../components/MountedModal';

/**
 * 操作详情: who did what when, and every field it changed, before → after; a settings change leaf
 * by leaf, as its settings page names what changed.
 */
export function AuditEventModal({ row, onClose }: { row: AuditLogRow; onClose(): void }) {
  const { t } = useTranslation();
  const changes = Object.entries(row.changes);
  const { rows, notes } = changeView(t, row.subjectKind, row.changes);
  const title = `${t('security.audit.detailTitle')} · ${commandLabel(t, row.command)}`;
  return (
    <MountedModal onClose={onClose} title={title} size="xl">
      <Stack gap="sm" aria-label={title} role="region">
        <Text size="sm">
          {formatDateTime(row.at)} · {actorText(t, row.actor)} · {subjectText(t, row)} ·{' '}
          {t('security.audit.detailNo', { n: row.n })}
        </Text>
        {/* An event that changed no field of its record says what it did in its detail (匿名化, a refused password…). */}
        {changes.length === 0 ? (
          !row.detail && (
            <Text size="sm" c="dimmed">
              {t('security.audit.noChanges')}
            </Text>
          )
        ) : (
          notes.map((note) => (
            <Text key={note} size="sm" c="dimmed">
              {note}
            </Text>
          ))
        )}
        {rows.length > 0 && (
          <Table aria-label={t('security.audit.columns.changes')} withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('security.audit.field')}</Table.Th>
                <Table.Th>{t('security.audit.before')}</Table.Th>
                <Table.Th>{t('security.audit.after')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map(({ field, label, before, after }) => (
                <Table.Tr key={field} data-field={field}>
                  <Table.Td title={field}>{label}</Table.Td>
                  <Table.Td style={{ wordBreak: 'break-word', whiteSpace: 'pre-line' }}>{before}</Table.Td>
                  <Table.Td style={{ wordBreak: 'break-word', whiteSpace: 'pre-line' }}>{after}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {row.detail && (
          <Stack gap={2} role="group" aria-label={t('security.audit.detail')}>
            <Text size="sm" fw={500}>
              {t('security.audit.detail')}
            </Text>
            {detailLines(t, row.subjectKind, row.command, row.detail).map((line, i) => (
              <Text key={i} size="sm" style={{ wordBreak: 'break-word' }}>
                {line}
              </Text>
            ))}
          </Stack>
        )}
        <Text size="xs" c="dimmed" ff="monospace">
          {t('security.audit.hash')}: {row.hash}
        </Text>
      </Stack>
    </MountedModal>
  );
}
