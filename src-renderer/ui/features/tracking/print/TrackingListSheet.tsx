import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ColumnId } from '../../../../domain/tracking/columns';
import type { TrackingQuery } from '../../../../domain/tracking/query';
import type { PrintSettings } from '../../../../domain/settings/settings';
import type { TrackingRow } from '../../../../domain/tracking/row';
import { formatDateTime } from '../../../components/format';
import { PrintDocument } from '../../print/frame/PrintDocument';
import { sheetColumns, sheetRow } from '../columnValues';
import { querySummary } from '../querySummary';
import { MAX_PRINT_ROWS } from './listRoute';
import classes from './TrackingListSheet.module.css';

const UNBROKEN = new Set(['no', 'phone', 'receivedAt', 'responseDueAt', 'resolutionDueAt', 'updatedAt']);

interface Props {
  /** The view printed: its conditions and sort head the list. */
  query: TrackingQuery;
  ownerName(id: string): string;
  rows: TrackingRow[];
  total: number;
  columns: readonly ColumnId[];
  centreName: string;
  printedAt: number;
  title: string;
  paper: PrintSettings;
}

/** The tracking table on paper: the columns the user shows, every row of the view (up to MAX_PRINT_ROWS), in the forms' page frame. */
export function TrackingListSheet({ query, ownerName, rows, total, columns, centreName, printedAt, title, paper }: Props) {
  const { t, i18n } = useTranslation();
  const summary = querySummary(t, i18n.language, query, ownerName);
  const headers = sheetColumns(t, columns, () => 100);
  // The cells as sheetRow lays them out (the customer is two: name and phone); numbers, phones and times never break.
  const kinds = columns.flatMap((id) => (id === 'customer' ? ['customer', 'phone'] : [id]));
  return (
    <PrintDocument title={title} centreName={centreName} print={paper} caseNo={null} list>
      <Text size="sm" data-print="conditions">
        {summary.conditions}
      </Text>
      <Text size="sm" mb="xs">
        {summary.sort} · {t('tracking.print.count', { count: total })}
      </Text>
      {total > rows.length && <Text size="sm">{t('tracking.print.truncated', { shown: rows.length, total, max: MAX_PRINT_ROWS })}</Text>}
      <Table withTableBorder withColumnBorders className={classes.list}>
        <Table.Thead>
          <Table.Tr>
            {headers.map((column) => (
              <Table.Th key={column.header}>{column.header}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.id}>
              {sheetRow(t, row, columns, printedAt).map((cell, index) => (
                <Table.Td key={headers[index]?.header ?? index} className={UNBROKEN.has(kinds[index] ?? '') ? classes.unbroken : undefined}>
                  {cell instanceof Date ? formatDateTime(cell.getTime()) : cell === null || cell === '' ? t('tracking.none') : cell}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </PrintDocument>
  );
}
