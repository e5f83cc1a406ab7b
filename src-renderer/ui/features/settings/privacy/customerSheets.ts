/**
 * A customer's export as an Excel summary: one sheet of cases, one of their entries, one of their
 * attachments (names and sizes). The JSON export is the complete one; this is what a person reads.
 */
import type { TFunction } from 'i18next';
import { executionKind, type CaseEntry } from '../../../../domain/cases/entries';
import type { CustomerExport } from '../../../../domain/privacy/customer';
import type { Row, Sheet } from '../../../export/sheet';

/** The text an agent wrote in an entry, whatever its kind. */
export function entryText(entry: CaseEntry): string {
  switch (entry.kind) {
    case 'check':
      return [entry.department, entry.checked, entry.finding].filter(Boolean).join(' · ');
    case 'contact':
      return entry.summary;
    case 'progress':
      return entry.text;
    case 'resume':
    case 'feedbackAttempt':
      return entry.note;
    case 'pause':
    case 'reopen':
    case 'qualityReturn':
      return entry.reason;
  }
}

const sheet = (name: string, headers: Array<[string, number]>, rows: Row[]): Sheet => ({
  name,
  columns: headers.map(([header, width]) => ({ header, width })),
  rows: [rows],
  totalRows: rows.length,
});

export function customerSheets(t: TFunction, data: CustomerExport): Sheet[] {
  const c = (key: string) => t(`privacy.columns.${key}`);
  const l = (key: string) => t(`privacy.lookup.${key}`);
  const cases = sheet(
    l('sheets.cases'),
    [
      [c('no'), 18],
      [c('receivedAt'), 18],
      [c('customer'), 14],
      [l('caseColumns.phone'), 16],
      [l('caseColumns.email'), 24],
      [l('caseColumns.address'), 36],
      [l('caseColumns.referralNo'), 24],
      [c('status'), 10],
      [c('category'), 10],
      [c('closedAt'), 18],
      [l('caseColumns.description'), 60],
    ],
    data.cases.map(({ record }) => [
      record.no,
      new Date(record.receivedAt),
      record.customerName,
      record.phone,
      record.email,
      record.address ?? '',
      record.referralNo ?? '',
      t(`status.${record.status}`),
      record.category ? t(`category.${record.category}`) : '',
      record.closedAt === null ? null : new Date(record.closedAt),
      record.description,
    ]),
  );
  const entries = sheet(
    l('sheets.entries'),
    [
      [l('entryColumns.no'), 18],
      [l('entryColumns.at'), 18],
      [l('entryColumns.kind'), 14],
      [l('entryColumns.by'), 12],
      [l('entryColumns.text'), 60],
    ],
    data.cases.flatMap(({ record, entries: list }) =>
      list.map((entry) => [record.no, new Date(entry.at), l(`entryKinds.${executionKind(entry)}`), entry.by.name, entryText(entry)]),
    ),
  );
  const attachments = sheet(
    l('sheets.attachments'),
    [
      [l('attachmentColumns.no'), 18],
      [l('attachmentColumns.name'), 30],
      [l('attachmentColumns.type'), 16],
      [l('attachmentColumns.size'), 12],
      [l('attachmentColumns.addedAt'), 18],
    ],
    data.cases.flatMap(({ record, attachments: list }) => list.map((file) => [record.no, file.name, file.type, file.size, new Date(file.addedAt)])),
  );
  return [cases, entries, attachments];
}
