import { Table, Text } from '@mantine/core';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportColumn, ReportTable } from './model/tables';
import { changeTone, displayValue, type ReportValue, type Tone } from './model/values';

const TONE_COLOUR: Record<Tone, string> = { good: 'teal.8', bad: 'red.8', flat: 'dimmed' };

function ValueText({ value }: { value: ReportValue }) {
  const { t } = useTranslation();
  const tone = changeTone(value);
  const shown = displayValue(t, value);
  if (tone === null) return <>{shown}</>;
  return (
    <Text span inherit c={TONE_COLOUR[tone]} data-tone={tone}>
      {shown}
    </Text>
  );
}

/**
 * A figure's short heading (满意度, Received) stays on one line above its numbers. A heading of
 * several words (Resolution on time) breaks between them: eight English headings on one line
 * each run off an A4 page. keep-all still never breaks inside a CJK word (90% 完成用时).
 */
function headerStyle(column: ReportColumn): CSSProperties | undefined {
  if (column.nowrap || (column.numeric && !/\s/.test(column.header))) return { whiteSpace: 'nowrap' };
  return column.numeric ? { wordBreak: 'keep-all' } : undefined;
}

function cellStyle(column: ReportColumn | undefined, value: ReportValue): CSSProperties | undefined {
  if (column?.nowrap) return { whiteSpace: 'nowrap' };
  if (value.kind !== 'text') return undefined;
  return column?.keepWords ? { whiteSpace: 'pre-wrap', wordBreak: 'keep-all' } : { whiteSpace: 'pre-wrap' };
}

/**
 * One table of the report, the same on screen and on paper: numbers right
 * aligned, changes coloured by whether they are good news, a 无 row when empty.
 */
export function ReportTableView({ table, className, dense = false }: { table: ReportTable; className?: string; dense?: boolean }) {
  const { t } = useTranslation();
  const view = (
    <Table
      aria-label={table.title}
      withTableBorder
      withColumnBorders
      className={className}
      data-table={table.id}
      verticalSpacing={dense ? 3 : 'xs'}
      horizontalSpacing={dense ? 6 : 'sm'}
    >
      <Table.Thead>
        <Table.Tr>
          {table.columns.map((column) => (
            <Table.Th key={column.header} ta={column.numeric ? 'right' : undefined} style={headerStyle(column)}>
              {column.header}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {table.rows.length === 0 ? (
          <Table.Tr>
            <Table.Td colSpan={table.columns.length} c="dimmed">
              {t('reports.noRows')}
            </Table.Td>
          </Table.Tr>
        ) : (
          table.rows.map((row, r) => (
            <Table.Tr key={r}>
              {row.map((value, c) => (
                <Table.Td
                  key={c}
                  ta={table.columns[c]?.numeric ? 'right' : undefined}
                  style={cellStyle(table.columns[c], value)}
                >
                  <ValueText value={value} />
                </Table.Td>
              ))}
            </Table.Tr>
          ))
        )}
      </Table.Tbody>
    </Table>
  );
  // Paper has its width. A narrow window (a small screen, a zoomed one) scrolls a wide table inside
  // its card, rather than the page sideways with its names broken a character per line.
  if (dense) return view;
  return (
    <Table.ScrollContainer minWidth={table.columns.length * MIN_COLUMN_PX} type="native">
      {view}
    </Table.ScrollContainer>
  );
}

const MIN_COLUMN_PX = 88;
