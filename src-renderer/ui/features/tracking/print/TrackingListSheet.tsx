import { Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ColumnId } from '../../../../domain/tracking/columns';
import type { PrintSettings } from '../../../../domain/settings/settings';
import type { TrackingRow } from '../../../../domain/tracking/row';
import { formatDateTime } from '../../../components/format';
import { sheetColumns, sheetRow } from '../columnValues';
import { MAX_PRINT_ROWS } from './listRoute';
import classes from './TrackingListSheet.module.css';

interface Props {
  rows: TrackingRow[];
  total: number;
  columns: readonly ColumnId[];
  centreName: string;
  printedAt: number;
  title: string;
  paper: PrintSettings;
}

/** The tracking table on paper: the columns the user shows, every row of the view (up to MAX_PRINT_ROWS), header repeated per page. */
export function TrackingListSheet({ rows, total, columns, centreName, printedAt, title, paper }: Props) {
  const { t } = useTranslation();
  const headers = sheetColumns(t, columns, () => 100);
  // The paper and margins of Settings; the page numbers come from the stylesheet's @page rule of the same name.
  const page = `@page tracking-list { size: ${paper.paper === 'Letter' ? 'letter' : 'A4'} landscape; margin: ${paper.marginsMm}mm; }`;
  return (
    <article className={classes.sheet}>
      <style>{page}</style>
      <Text ta="center" fw={600}>
        {centreName}
      </Text>
      <Title order={1} ta="center" size="h3">
        {title}
      </Title>
      <div className={classes.meta}>
        <span>{t('tracking.print.count', { count: total })}</span>
        <span>
          {t('print.printedAt')}: {formatDateTime(printedAt)}
        </span>
      </div>
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
                <Table.Td key={headers[index]?.header ?? index}>{cell instanceof Date ? formatDateTime(cell.getTime()) : (cell ?? '')}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </article>
  );
}
