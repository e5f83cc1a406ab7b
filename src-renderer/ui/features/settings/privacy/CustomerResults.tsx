import { Alert, Anchor, Badge, Button, Checkbox, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CUSTOMER_KEYS, type CustomerKeyInput } from '../../../../domain/privacy/customer';
import { preselected } from '../../../../domain/privacy/erasure-match';
import type { CustomerMatches } from '../../../../store/services/privacy/customers';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDateTime } from '../../../components/format';
import { useStoreQuery } from '../../../data/hooks';
import { CustomerLookupPending } from '../../assist/ContactIndexNotice';
import { differingText, lineContacts } from './erasure/lineText';
import { useCustomerExport } from './useCustomerExport';

/** The cases found for one customer, and the export of all their data. */
export function CustomerResults({ searched }: { searched: CustomerKeyInput }) {
  const found = useStoreQuery('customers.find', searched, JSON.stringify(searched));
  if (found.error) return <ErrorAlert error={found.error} />;
  if (!found.data) return <CustomerLookupPending />;
  return <FoundCases key={JSON.stringify(searched)} searched={searched} found={found.data} />;
}

/**
 * Each case with its contacts, ticked to be exported: all of them when found by a phone or e-mail
 * they agree on; none otherwise (a name, an address or an account finds other people's too — two
 * 陈晓梅 went into one file), so whoever exports ticks the customer's own after comparing contacts.
 */
function FoundCases({ searched, found }: { searched: CustomerKeyInput; found: CustomerMatches }) {
  const { t } = useTranslation();
  const exporter = useCustomerExport();
  const rows = found.cases;
  const kind = CUSTOMER_KEYS.find((key) => searched[key]) ?? 'phone';
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set(preselected(kind, rows.map((row) => row.id), found.differing)));
  if (rows.length === 0) return <Text size="sm">{t('privacy.lookup.none')}</Text>;
  const picked = rows.filter((row) => selected.has(row.id)).length;
  const toggle = (id: string) => {
    const next = new Set(selected);
    if (!next.delete(id)) next.add(id);
    setSelected(next);
  };
  const caseIds = rows.filter((row) => selected.has(row.id)).map((row) => row.id);

  return (
    <Stack>
      <Text size="sm">{t('privacy.lookup.count', { count: rows.length })}</Text>
      {found.differing.length > 0 && (
        <Alert color="orange" variant="light">
          {t('privacy.lookup.differing', { fields: differingText(t, found.differing) })}
        </Alert>
      )}
      {found.differing.length === 0 && kind !== 'phone' && kind !== 'email' && (
        <Text size="sm" c="orange.8">
          {t('privacy.lookup.noneTicked')}
        </Text>
      )}
      <Table.ScrollContainer minWidth={760}>
        <Table striped aria-label={t('privacy.lookup.results')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={40}>
                <Checkbox
                  size="xs"
                  aria-label={t('erasure.form.selectAll')}
                  checked={picked > 0 && picked === rows.length}
                  indeterminate={picked > 0 && picked < rows.length}
                  onChange={() => setSelected(picked === rows.length ? new Set() : new Set(rows.map((row) => row.id)))}
                />
              </Table.Th>
              <Table.Th>{t('privacy.columns.no')}</Table.Th>
              <Table.Th>{t('privacy.columns.customer')}</Table.Th>
              <Table.Th>{t('erasure.columns.contacts')}</Table.Th>
              <Table.Th>{t('privacy.columns.receivedAt')}</Table.Th>
              <Table.Th>{t('privacy.columns.status')}</Table.Th>
              <Table.Th>{t('privacy.columns.closedAt')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.id}>
                <Table.Td>
                  <Checkbox size="xs" aria-label={t('erasure.form.select', { no: row.no })} checked={selected.has(row.id)} onChange={() => toggle(row.id)} />
                </Table.Td>
                <Table.Td>
                  <Anchor href={`#/cases/${row.id}`}>{row.no}</Anchor>
                </Table.Td>
                <Table.Td>
                  <Group gap={6}>
                    {row.customerName}
                    {row.anonymised && (
                      <Badge size="xs" color="gray" variant="light">
                        {t('privacy.lookup.anonymised')}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Stack gap={0}>
                    {lineContacts(t, row).map((contact) => (
                      <Text key={contact} size="sm">
                        {contact}
                      </Text>
                    ))}
                  </Stack>
                </Table.Td>
                <Table.Td>{formatDateTime(row.receivedAt)}</Table.Td>
                <Table.Td>{t(`status.${row.status}`)}</Table.Td>
                <Table.Td>{row.closedAt === null ? '' : formatDateTime(row.closedAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group>
        <Text size="sm" c="dimmed" mr="auto">
          {t('erasure.form.chosen', { count: caseIds.length })}
        </Text>
        <Button variant="default" loading={exporter.busy === 'json'} disabled={exporter.busy !== null || caseIds.length === 0} onClick={() => exporter.run({ ...searched, caseIds }, 'json')}>
          {t('privacy.lookup.exportJson')}
        </Button>
        <Button variant="default" loading={exporter.busy === 'xlsx'} disabled={exporter.busy !== null || caseIds.length === 0} onClick={() => exporter.run({ ...searched, caseIds }, 'xlsx')}>
          {t('privacy.lookup.exportXlsx')}
        </Button>
      </Group>
    </Stack>
  );
}
