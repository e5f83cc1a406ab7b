import type { TFunction } from 'i18next';
import type { RowError } from '../../../domain/imports/validate';
import { encodeCsv } from '../../export/csv';
import { rowErrorText } from './rowErrorText';
import { formatCount } from '../../components/format';

/**
 * 错误报告: one line per problem — row, column, value, reason — in the user's language, as CSV for Excel and WPS.
 * `total`: how many problems the check found; when it listed fewer, a last line says so (共 30,021 处错误，列出前 5,000 处).
 */
export async function errorReport(t: TFunction, language: string, errors: readonly RowError[], total = errors.length): Promise<Uint8Array<ArrayBuffer>> {
  const lines: Array<Array<string | number>> = errors.map((error) => [error.row, error.column, error.value, rowErrorText(t, language, error)]);
  if (total > errors.length) {
    const count = (n: number) => formatCount(n, language);
    lines.push(['', '', '', t('imports.check.shown', { total: count(total), shown: count(errors.length) })]);
  }
  const bytes = await encodeCsv({
    name: t('imports.check.reportName'),
    columns: [{ header: t('imports.check.row') }, { header: t('imports.check.column') }, { header: t('imports.check.value') }, { header: t('imports.check.reason') }],
    rows: [lines],
    totalRows: lines.length,
  });
  // The platform takes bytes on a plain ArrayBuffer; the encoder's always are, so this copies nothing.
  return bytes.buffer instanceof ArrayBuffer ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) : new Uint8Array(bytes);
}

/** `台账2025.xlsx` → `导入错误报告-台账2025.csv` */
export function reportFileName(t: TFunction, fileName: string): string {
  const base = fileName.replace(/\.[^.]+$/, '') || fileName;
  return `${t('imports.check.reportName')}-${base}.csv`;
}
