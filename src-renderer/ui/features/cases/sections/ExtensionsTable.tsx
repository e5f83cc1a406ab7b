import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ExtensionRequest } from '../../../../domain/cases/case';
import { formatDateTime } from '../../../components/format';
import { byAt } from '../format';

const DECISION_COLOR = { pending: 'orange.7', approved: 'teal.7', rejected: 'red.7', withdrawn: 'gray.7' } as const;

/** 延期: every request with the deadline before and after, so both stay on record. */
export function ExtensionsTable({ extensions }: { extensions: ExtensionRequest[] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table withTableBorder striped aria-label={t('flow.extension.title')} styles={{ th: { whiteSpace: 'nowrap' } }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('flow.extension.fromDueAt')}</Table.Th>
            <Table.Th>{t('flow.extension.toDueAt')}</Table.Th>
            <Table.Th>{t('flow.extension.reason')}</Table.Th>
            <Table.Th>{t('flow.extension.requestedBy')}</Table.Th>
            <Table.Th>{t('flow.extension.decision')}</Table.Th>
            <Table.Th>{t('flow.extension.decidedBy')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {extensions.map((e) => (
            <Table.Tr key={e.id}>
              <Table.Td>{formatDateTime(e.fromDueAt)}</Table.Td>
              <Table.Td>{formatDateTime(e.toDueAt)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{e.reason}</Table.Td>
              <Table.Td>{byAt(e.requestedBy, e.requestedAt)}</Table.Td>
              <Table.Td>
                <Text span fw={600} size="sm" c={DECISION_COLOR[e.decision]} style={{ whiteSpace: 'nowrap' }}>
                  {t(`flow.extension.decisions.${e.decision}`)}
                </Text>
                {e.decisionNote && <div style={{ whiteSpace: 'pre-wrap', marginTop: 4 }}>{e.decisionNote}</div>}
              </Table.Td>
              <Table.Td>{byAt(e.decidedBy, e.decidedAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
