import { Alert, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CUSTOMER_KEYS, type CustomerKeyInput } from '../../../../domain/privacy/customer';
import { preselected } from '../../../../domain/privacy/erasure-match';
import type { CustomerMatches } from '../../../../store/services/privacy/customers';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDateTime } from '../../../components/format';
import { useStoreQuery } from '../../../data/hooks';
import { CustomerLookupPending } from '../../assist/ContactIndexNotice';
import { CaseChoiceTable } from './CaseChoiceTable';
import { differingText } from './erasure/lineText';
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
      <CaseChoiceTable
        label={t('privacy.lookup.results')}
        lines={rows}
        selection={{ selected, onSelect: setSelected }}
        name={(row) => (
          <Group gap={6}>
            {row.customerName}
            {row.anonymised && (
              <Badge size="xs" color="gray" variant="light">
                {t('privacy.lookup.anonymised')}
              </Badge>
            )}
          </Group>
        )}
        extra={[{ header: t('privacy.columns.closedAt'), cell: (row) => (row.closedAt === null ? '' : formatDateTime(row.closedAt)) }]}
      />
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
