import { Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { MonthPickerInput } from '@mantine/dates';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNELS, SEVERITIES } from '../../../domain/cases/vocabulary';
import { CountTable } from '../../components/CountTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useStoreQuery } from '../../data/hooks';

/** 月度投诉统计: what was received in a chosen month. */
export function MonthlyPage() {
  const { t } = useTranslation();
  const [month, setMonth] = useState(dayjs().startOf('month').format('YYYY-MM-DD'));
  const year = dayjs(month).year();
  const monthNo = dayjs(month).month() + 1;
  const { data, error } = useStoreQuery('reports.monthSummary', { year, month: monthNo }, `${year}-${monthNo}`);

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={2}>{t('reports.title')}</Title>
        <MonthPickerInput
          label={t('reports.month')}
          value={month}
          valueFormat="YYYY-MM"
          onChange={(value) => value && setMonth(value)}
          allowDeselect={false}
          w={180}
        />
      </Group>
      <ErrorAlert error={error} />
      {data && (
        <Paper withBorder p="lg">
          <Stack>
            <Text fw={600} data-testid="month-total">
              {t('reports.total', { count: data.total })}
            </Text>
            {data.total === 0 ? (
              <Text c="dimmed">{t('reports.empty')}</Text>
            ) : (
              <>
                <SimpleGrid cols={{ base: 1, md: 2 }}>
                  <CountTable
                    title={t('reports.bySeverity')}
                    rows={SEVERITIES.map((s) => ({ key: s, label: t(`severity.${s}`), count: data.bySeverity[s] }))}
                  />
                  <CountTable
                    title={t('reports.byChannel')}
                    rows={CHANNELS.map((c) => ({ key: c, label: t(`channel.${c}`), count: data.byChannel[c] }))}
                  />
                </SimpleGrid>
                <Table aria-label={t('reports.byDay')} withTableBorder>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('reports.byDay')}</Table.Th>
                      <Table.Th ta="right">{t('reports.count')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.byDay.map((count, index) =>
                      count === 0 ? null : (
                        <Table.Tr key={index}>
                          <Table.Td>{dayjs(month).date(index + 1).format('YYYY-MM-DD')}</Table.Td>
                          <Table.Td ta="right">{count}</Table.Td>
                        </Table.Tr>
                      ),
                    )}
                  </Table.Tbody>
                </Table>
              </>
            )}
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
