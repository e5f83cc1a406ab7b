import { Anchor, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../../../domain/cases/case';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../components/format';
import { PrintButtons } from '../../components/PrintButtons';
import { SeverityBadge } from '../../components/SeverityBadge';
import { useStoreQuery } from '../../data/hooks';

/** One case with every registered field. */
export function CasePage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data, error } = useStoreQuery('cases.get', { id }, id);
  return (
    <Stack>
      <Anchor href="#/tracking">← {t('case.back')}</Anchor>
      <ErrorAlert error={error} />
      {data && <CaseDetails record={data} />}
    </Stack>
  );
}

function CaseDetails({ record }: { record: CaseRecord }) {
  const { t } = useTranslation();
  const field = (label: string, value: React.ReactNode) => (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text component="div">{value || t('case.none')}</Text>
    </div>
  );
  return (
    <Paper withBorder p="lg">
      <Stack>
        <Group justify="space-between">
          <Group>
            <Title order={2}>{t('case.title', { no: record.no })}</Title>
            <SeverityBadge severity={record.severity} />
          </Group>
          <PrintButtons route={`/print/case/${record.id}`} fileName={`${record.no}.pdf`} />
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {field(t('case.fields.no'), record.no)}
          {field(t('case.fields.status'), t(`status.${record.status}`))}
          {field(t('case.fields.channel'), t(`channel.${record.channel}`))}
          {field(t('case.fields.receivedAt'), formatDateTime(record.receivedAt))}
          {field(t('case.fields.registeredAt'), formatDateTime(record.registeredAt))}
          {field(t('case.fields.responseDueAt'), record.clocks.response ? formatDateTime(record.clocks.response.dueAt) : '')}
          {field(t('case.fields.customerName'), record.customerName)}
          {field(t('case.fields.phone'), record.phone)}
          {field(t('case.fields.email'), record.email)}
        </SimpleGrid>
        {field(t('case.fields.description'), <Text style={{ whiteSpace: 'pre-wrap' }}>{record.description}</Text>)}
      </Stack>
    </Paper>
  );
}
