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

/**
 * Cells kept on one line: numbers, phones, scores (4.25 split as 4.2|5 read as 4.2) and the labels of
 * fixed lists (服务态度, 12315转办), which the table would otherwise squeeze to a character a line.
 * Instants print on two unbroken lines, date over time, so the four time columns stay narrow.
 */
const UNBROKEN = new Set(['no', 'phone', 'channel', 'category', 'satisfaction']);
/**
 * Names (a customer, a department, an owner) and the severity, which reads 一般（拟定为重大） while a
 * grading proposes another: kept whole while short, a long one wraps within its column.
 */
const NAMES = new Set(['customer', 'department', 'owner', 'severity']);
const INSTANTS = new Set(['receivedAt', 'responseDueAt', 'resolutionDueAt', 'updatedAt']);

function cellClass(kind: string): string | undefined {
  if (UNBROKEN.has(kind)) return classes.unbroken;
  if (INSTANTS.has(kind)) return classes.stacked;
  return undefined;
}

interface Props {
  /** The view printed: its conditions and sort head the list. */
  query: TrackingQuery;
  ownerName(id: string): string;
  rows: TrackingRow[];
  total: number;
  /** Archived cases the view's conditions also match, left out because 归档 hides them: the paper says so. */
  archivedLeftOut?: number;
  /** The rows selected in the view (打印所选), not the whole view. */
  selection?: boolean;
  columns: readonly ColumnId[];
  centreName: string;
  printedAt: number;
  title: string;
  paper: PrintSettings;
}

/** The tracking table on paper: the columns the user shows, every row of the view or the selected ones (up to MAX_PRINT_ROWS), in the forms' page frame. */
export function TrackingListSheet({ query, ownerName, rows, total, archivedLeftOut = 0, selection = false, columns, centreName, printedAt, title, paper }: Props) {
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
        {summary.sort} · {t(selection ? 'tracking.print.selectedCount' : 'tracking.print.count', { count: total })}
      </Text>
      {total > rows.length && <Text size="sm">{t('tracking.print.truncated', { shown: rows.length, total, max: MAX_PRINT_ROWS })}</Text>}
      {archivedLeftOut > 0 && <Text size="sm">{t('tracking.print.archivedLeftOut', { count: archivedLeftOut })}</Text>}
      <Table withTableBorder withColumnBorders className={classes.list} data-print="list">
        <Table.Thead>
          <Table.Tr>
            {headers.map((column, index) => (
              <Table.Th key={column.header} className={UNBROKEN.has(kinds[index] ?? '') ? classes.unbroken : undefined}>
                {column.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.id}>
              {sheetRow(t, row, columns, printedAt).map((cell, index) => (
                <Table.Td key={headers[index]?.header ?? index} className={cellClass(kinds[index] ?? '')}>
                  {cell instanceof Date ? (
                    formatDateTime(cell.getTime()).replace(' ', '\n')
                  ) : cell === null || cell === '' ? (
                    t('tracking.none')
                  ) : NAMES.has(kinds[index] ?? '') ? (
                    <span className={classes.name}>{cell}</span>
                  ) : (
                    cell
                  )}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </PrintDocument>
  );
}
