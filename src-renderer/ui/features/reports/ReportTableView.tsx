import { Anchor, Table, Text } from '@mantine/core';
import { useMemo, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { paperWidths } from './model/paperFit';
import type { ReportColumn, ReportTable } from './model/tables';
import classes from './ReportTableView.module.css';
import { changeTone, displayValue, type ReportValue, type Tone } from './model/values';

const TONE_COLOUR: Record<Tone, string> = { good: 'teal.8', bad: 'red.8', flat: 'dimmed' };

function ValueText({ value, linked = false }: { value: ReportValue; linked?: boolean }) {
  const { t } = useTranslation();
  const tone = changeTone(value);
  const shown = displayValue(t, value);
  if (linked && value.kind === 'text' && value.href) return <Anchor href={value.href}>{shown}</Anchor>;
  if (tone === null) return <>{shown}</>;
  return (
    <Text span inherit c={TONE_COLOUR[tone]} data-tone={tone}>
      {shown}
    </Text>
  );
}

/**
 * On screen: a figure's short heading (满意度, Received) stays on one line above its numbers. A heading of
 * several words (Resolution on time) breaks between them: eight English headings on one line
 * each run off an A4 page. keep-all still never breaks inside a CJK word (90% 完成用时).
 */
function headerStyle(column: ReportColumn): CSSProperties | undefined {
  if (column.flows) return { minWidth: FLOWS_MIN_WIDTH };
  if (column.nowrap || (column.numeric && !/\s/.test(column.header))) return { whiteSpace: 'nowrap' };
  return column.numeric ? { wordBreak: 'keep-all' } : undefined;
}

/**
 * On screen, free text (an outcome) keeps a readable width beside columns kept on one line: at 1024 px
 * it was squeezed to two characters a line (已致/电道/歉并…), and the table scrolls in its card instead.
 */
const FLOWS_MIN_WIDTH = '14em';

function cellStyle(column: ReportColumn | undefined, value: ReportValue): CSSProperties | undefined {
  if (column?.nowrap) return { whiteSpace: 'nowrap' };
  if (column?.flows) return { whiteSpace: 'pre-wrap', minWidth: FLOWS_MIN_WIDTH };
  if (value.kind !== 'text') return undefined;
  return column?.keepWords ? { whiteSpace: 'pre-wrap', wordBreak: 'keep-all' } : { whiteSpace: 'pre-wrap' };
}

/**
 * On paper (see model/paperFit): every heading and cell keeps its words whole within its column's
 * share of the table's width (headings never break inside a CJK word: 满意/度), free text wraps
 * anywhere, so no table is ever wider than the page.
 */
function PaperText(props: { share: number; keepAll?: boolean; wholeEm?: number; header?: boolean; children: ReactNode }) {
  const { share, keepAll = false, wholeEm = 0, header = false, children } = props;
  const className = wholeEm > 0 ? `${classes.kept} ${header ? classes.wholeHeader : classes.whole}` : classes.kept;
  const style = { '--report-share': share, '--report-whole-own': wholeEm, ...(keepAll ? { wordBreak: 'keep-all' } : {}) } as CSSProperties;
  return (
    <span className={className} style={style}>
      {children}
    </span>
  );
}

function paperCellStyle(value: ReportValue): CSSProperties | undefined {
  return value.kind === 'text' ? { whiteSpace: 'pre-wrap' } : undefined;
}

/**
 * One table of the report, the same on screen and on paper: numbers right
 * aligned, changes coloured by whether they are good news, a 无 row when empty.
 */
export function ReportTableView({ table, className, dense = false }: { table: ReportTable; className?: string; dense?: boolean }) {
  const { t } = useTranslation();
  const paper = useMemo(
    () =>
      paperWidths(
        table.columns.map((column, c) => ({
          header: column.header,
          cells: table.rows.map((row) => (row[c] ? displayValue(t, row[c]) : '')),
          whole: Boolean(column.nowrap),
          keepAll: Boolean(column.keepWords),
          flows: Boolean(column.flows),
        })),
      ),
    [t, table],
  );
  const headerCell = (column: ReportColumn, c: number) =>
    dense ? (
      <PaperText share={paper.shares[c]!} wholeEm={paper.wholeEm[c]} header keepAll>
        {column.header}
      </PaperText>
    ) : (
      column.header
    );
  const valueCell = (column: ReportColumn | undefined, value: ReportValue, c: number) => {
    if (!dense || column?.flows) return <ValueText value={value} linked={!dense} />;
    return (
      <PaperText share={paper.shares[c] ?? 0} keepAll={column?.keepWords} wholeEm={paper.wholeEm[c]}>
        <ValueText value={value} />
      </PaperText>
    );
  };
  const view = (
    <Table
      aria-label={table.title}
      withTableBorder
      withColumnBorders
      className={className}
      data-table={table.id}
      verticalSpacing={dense ? 3 : 'xs'}
      horizontalSpacing={dense ? 4 : 'sm'}
    >
      <Table.Thead>
        <Table.Tr>
          {table.columns.map((column, c) => (
            <Table.Th key={column.header} ta={column.numeric ? 'right' : undefined} style={dense ? undefined : headerStyle(column)}>
              {headerCell(column, c)}
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
                  className={dense && table.columns[c]?.flows ? classes.flows : undefined}
                  style={dense ? paperCellStyle(value) : cellStyle(table.columns[c], value)}
                >
                  {valueCell(table.columns[c], value, c)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))
        )}
      </Table.Tbody>
    </Table>
  );
  // Paper has its width: the table shares it out (the shares are of this container's width). A narrow
  // window (a small screen, a zoomed one) scrolls a wide table inside its card, rather than the page
  // sideways with its names broken a character per line.
  if (dense)
    return (
      <div className={classes.paper} style={{ '--report-columns': table.columns.length, '--report-whole': paper.totalWholeEm } as CSSProperties}>
        {view}
      </div>
    );
  return (
    <Table.ScrollContainer minWidth={table.columns.length * MIN_COLUMN_PX} type="native">
      {view}
    </Table.ScrollContainer>
  );
}

const MIN_COLUMN_PX = 88;
