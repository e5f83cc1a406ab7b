import { Code, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditLogRow } from '../../../../store/services/audit/list';
import { formatDateTime } from '../../../components/format';
import { commandLabel, fieldLabel, subjectText, valueText } from './labels';
import { MountedModal } from '../../../components/MountedModal';

/** 操作详情: who did what when, and every field it changed, before → after. */
export function AuditEventModal({ row, onClose }: { row: AuditLogRow; onClose(): void }) {
  const { t } = useTranslation();
  const changes = Object.entries(row.changes);
  const title = `${t('security.audit.detailTitle')} · ${commandLabel(t, row.command)}`;
  return (
    <MountedModal onClose={onClose} title={title} size="xl">
      <Stack gap="sm" aria-label={title} role="region">
        <Text size="sm">
          {formatDateTime(row.at)} · {t('security.audit.actor', { name: row.actor.name, role: t(`role.${row.actor.role}`, { defaultValue: row.actor.role }) })} · {subjectText(t, row)} ·{' '}
          {t('security.audit.detailNo', { n: row.n })}
        </Text>
        {changes.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('security.audit.noChanges')}
          </Text>
        ) : (
          <Table aria-label={t('security.audit.columns.changes')} withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('security.audit.field')}</Table.Th>
                <Table.Th>{t('security.audit.before')}</Table.Th>
                <Table.Th>{t('security.audit.after')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {changes.map(([field, change]) => (
                <Table.Tr key={field} data-field={field}>
                  <Table.Td title={field}>{fieldLabel(t, row.subjectKind, field)}</Table.Td>
                  <Table.Td style={{ wordBreak: 'break-word', whiteSpace: 'pre-line' }}>{valueText(field, change.before, t)}</Table.Td>
                  <Table.Td style={{ wordBreak: 'break-word', whiteSpace: 'pre-line' }}>{valueText(field, change.after, t)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {row.detail && (
          <Text size="sm">
            {t('security.audit.detail')}: <Code>{JSON.stringify(row.detail)}</Code>
          </Text>
        )}
        <Text size="xs" c="dimmed" ff="monospace">
          {t('security.audit.hash')}: {row.hash}
        </Text>
      </Stack>
    </MountedModal>
  );
}
