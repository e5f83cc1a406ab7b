/**
 * Checks every row of a file against a mapping: content (domain `validateRow`, departments
 * against the configured list, looked up in a set built once), then duplicates — a case number
 * or external id that an earlier valid row of the file has, or that a case in the store has
 * (looked up in batches on the `no` and `externalId` indexes, never row by row); a row with
 * neither, by what it says (`contentKey`: received at the same instant, same customer, same
 * words), so a file without numbers imported twice does not register every complaint twice.
 * Yields to the event loop now and then, so other windows are served meanwhile.
 */
import Dexie from 'dexie';
import type { ImportMapping } from '../../domain/imports/mapping';
import type { ImportTable } from '../../domain/imports/table';
import { validateRow, type ImportDraft, type RowError } from '../../domain/imports/validate';
import { splitCaseNumber } from '../../domain/imports/convert';
import { departmentIndex, valueKey } from '../../domain/imports/values';
import type { FieldValues } from '../../domain/imports/value-scan';
import type { ResolvedValueMap } from '../../domain/imports/value-map';
import type { DeskDb } from '../db';

export const MAX_REPORTED_ERRORS = 5_000;
const YIELD_EVERY_ROWS = 5_000;
const LOOKUP_BATCH = 5_000;

export interface FileCheck {
  /** Per data row: its draft when the row is valid (duplicates included as invalid), else null. */
  drafts: (ImportDraft | null)[];
  valid: number;
  invalid: number;
  duplicates: number;
  errorCount: number;
  /** The first errors in file order. */
  errors: RowError[];
  /** Desk numbers the file's valid rows keep, per day: never issued to another row. */
  reserved: Map<string, Set<number>>;
}

/** The numbers a row is told apart by, each unique in the desk. */
type NumberField = 'no' | 'externalId' | 'referralNo';
const DUPLICATE_CODE: Record<NumberField, string> = { no: 'imports.duplicateNo', externalId: 'imports.duplicateExternalId', referralNo: 'imports.duplicateReferralNo' };
const DUPLICATE_CODES = new Set([...Object.values(DUPLICATE_CODE), 'imports.duplicateContent', 'imports.duplicateContentRow']);

/** Row errors that 对应取值 can answer: a value the desk does not read. */
const VALUE_ERRORS = new Set(['imports.unknownValue', 'imports.unknownDepartment']);

/**
 * Marks the errors of values 对应取值 listed (`listed`), whose text sends the user back to match
 * them; a value it does not list (beyond those listed, too long) keeps the plain text.
 */
export function markListed(errors: RowError[], listed: readonly FieldValues[]): void {
  if (listed.length === 0) return;
  const keys = new Map(listed.map(({ field, values }) => [field as string, new Set(values.map((v) => v.key))]));
  for (const error of errors) {
    if (error.field === null || !VALUE_ERRORS.has(error.code)) continue;
    if (keys.get(error.field)?.has(valueKey(error.value))) error.listed = true;
  }
}

export const yieldTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A complaint as told apart without a number: when it was received, who made it, what it says. */
export const contentKey = (c: Pick<ImportDraft, 'receivedAt' | 'customerName' | 'description'>) => `${c.receivedAt}\u0000${c.customerName}\u0000${c.description}`;

/** A row told apart by none of the desk's numbers: it is matched by what it says. */
export const unnumbered = (draft: ImportDraft) => !draft.no && !draft.externalId && !draft.referralNo;

/** Up to this many instants are each looked up on the receipt index; more, and the index is read as keys over their span once. */
const INSTANTS_LOOKED_UP = 2_000;

/**
 * The case numbers of cases in the store that say what `drafts` say (by `contentKey`), keyed so.
 * Only cases received at one of the drafts' instants are read whole. The lookups share one read
 * transaction (the chunk's own, when a chunk is written), not one each.
 */
export function existingByContent(db: DeskDb, drafts: readonly ImportDraft[]): Promise<Map<string, string>> {
  if (drafts.length === 0) return Promise.resolve(new Map());
  return db.transaction('r', db.cases, () => lookUpByContent(db, drafts));
}

async function lookUpByContent(db: DeskDb, drafts: readonly ImportDraft[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const times = new Set(drafts.map((draft) => draft.receivedAt));
  const range = (first: number, last: number) =>
    db.cases.where('[receivedAt+id]').between([first, Dexie.minKey], [last, Dexie.maxKey], true, true).keys() as unknown as Promise<[number, string][]>;
  let keys: [number, string][];
  if (times.size <= INSTANTS_LOOKED_UP) keys = (await Promise.all([...times].map((at) => range(at, at)))).flat();
  else {
    const sorted = [...times].sort((a, b) => a - b);
    keys = (await range(sorted[0]!, sorted.at(-1)!)).filter(([at]) => times.has(at));
  }
  const ids = keys.map(([, id]) => id);
  for (let start = 0; start < ids.length; start += LOOKUP_BATCH) {
    for (const record of await db.cases.bulkGet(ids.slice(start, start + LOOKUP_BATCH))) if (record) found.set(contentKey(record), record.no);
  }
  return found;
}

/** Index values among `values` that some case already has. */
async function existing(db: DeskDb, index: 'no' | 'externalId' | 'referralNo', values: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  const unique = [...new Set(values)];
  for (let start = 0; start < unique.length; start += LOOKUP_BATCH) {
    const keys = await db.cases.where(index).anyOf(unique.slice(start, start + LOOKUP_BATCH)).keys();
    for (const key of keys) found.add(String(key));
  }
  return found;
}

export async function checkFile(
  db: DeskDb,
  table: ImportTable,
  mapping: ImportMapping,
  now: number,
  departments: readonly string[],
  values: ResolvedValueMap = {},
): Promise<FileCheck> {
  const drafts: (ImportDraft | null)[] = [];
  const errors: RowError[] = [];
  const context = { headers: table.headers, mapping, now, departments: departmentIndex(departments), values };
  const header = (field: NumberField) => {
    const column = mapping[field];
    return column === null ? '' : (table.headers[column] ?? '');
  };
  const duplicate = (draft: ImportDraft, field: NumberField): RowError => ({
    row: draft.row,
    // An external id taken over from the number column is reported in that column.
    column: field === 'externalId' && mapping.externalId === null ? header('no') : header(field),
    field,
    value: field === 'no' ? draft.no! : draft[field],
    code: DUPLICATE_CODE[field],
  });
  // Reported in the complaint text's column: the words are what it was told apart by.
  const sameContent = (draft: ImportDraft): Omit<RowError, 'code'> => ({
    row: draft.row,
    column: mapping.description === null ? '' : (table.headers[mapping.description] ?? ''),
    field: 'description',
    value: draft.description,
  });

  const seenNo = new Set<string>();
  const seenExternal = new Set<string>();
  const seenReferral = new Set<string>();
  // Rows with no number to tell them apart: the first row saying the same thing, by content.
  const seenContent = new Map<string, number>();
  for (let i = 0; i < table.rows.length; i += 1) {
    if (i > 0 && i % YIELD_EVERY_ROWS === 0) await yieldTurn();
    if (i === table.cutRow) {
      // Half a row: whatever it holds would come in wrong (an open case with no closing time).
      errors.push({ row: table.rowNumbers[i]!, column: '', field: null, value: '', code: 'imports.rowCut' });
      drafts.push(null);
      continue;
    }
    const result = validateRow(table.rows[i]!, table.rowNumbers[i]!, context);
    let draft = result.draft;
    errors.push(...result.errors);
    // The later of two rows with one number is the duplicate.
    if (draft?.no && seenNo.has(draft.no)) {
      errors.push(duplicate(draft, 'no'));
      draft = null;
    } else if (draft?.externalId && seenExternal.has(draft.externalId)) {
      errors.push(duplicate(draft, 'externalId'));
      draft = null;
    } else if (draft?.referralNo && seenReferral.has(draft.referralNo)) {
      errors.push(duplicate(draft, 'referralNo'));
      draft = null;
    } else if (draft && unnumbered(draft) && seenContent.has(contentKey(draft))) {
      errors.push({ ...sameContent(draft), code: 'imports.duplicateContentRow', params: { row: seenContent.get(contentKey(draft))! } });
      draft = null;
    }
    if (draft?.no) seenNo.add(draft.no);
    if (draft?.externalId) seenExternal.add(draft.externalId);
    if (draft?.referralNo) seenReferral.add(draft.referralNo);
    if (draft && unnumbered(draft)) seenContent.set(contentKey(draft), draft.row);
    drafts.push(draft);
  }
  const contentInvalid = drafts.filter((d) => d === null).length;

  const takenNo = await existing(db, 'no', [...seenNo]);
  const takenExternal = await existing(db, 'externalId', [...seenExternal]);
  // As intake compares a 来源单号 (refuseTakenReferralNo): with the desk's own 来源单号 and with old-system
  // numbers, where 12315 numbers imported before this field existed went.
  const takenReferral = new Set([...(await existing(db, 'referralNo', [...seenReferral])), ...(await existing(db, 'externalId', [...seenReferral]))]);
  // An old system's ticket number may be one the desk registered by hand as a case's source ticket
  // (来源单号). Few cases have one: their keys are read in one pass, not looked up per row.
  if (seenExternal.size > 0) {
    for (const key of await db.cases.orderBy('referralNo').keys()) if (seenExternal.has(String(key))) takenExternal.add(String(key));
  }
  const takenContent = await existingByContent(db, drafts.filter((draft): draft is ImportDraft => draft !== null && unnumbered(draft)));
  let storeDuplicates = 0;
  const reserved = new Map<string, Set<number>>();
  drafts.forEach((draft, i) => {
    if (!draft) return;
    const field: NumberField | null =
      draft.no && takenNo.has(draft.no)
        ? 'no'
        : draft.externalId && takenExternal.has(draft.externalId)
          ? 'externalId'
          : draft.referralNo && takenReferral.has(draft.referralNo)
            ? 'referralNo'
            : null;
    const sameAs = unnumbered(draft) ? takenContent.get(contentKey(draft)) : undefined;
    if (field || sameAs !== undefined) {
      errors.push(field ? duplicate(draft, field) : { ...sameContent(draft), code: 'imports.duplicateContent', params: { no: sameAs! } });
      drafts[i] = null;
      storeDuplicates += 1;
      return;
    }
    if (draft.no) {
      const { day, sequence } = splitCaseNumber(draft.no);
      const days = reserved.get(day) ?? new Set<number>();
      days.add(sequence);
      reserved.set(day, days);
    }
  });

  const duplicates = errors.filter((e) => DUPLICATE_CODES.has(e.code)).length;
  // Content errors come row by row, store duplicates after them: the report reads in file order.
  if (storeDuplicates > 0) errors.sort((a, b) => a.row - b.row);
  const invalid = contentInvalid + storeDuplicates;
  return {
    drafts,
    valid: table.rows.length - invalid,
    invalid,
    duplicates,
    errorCount: errors.length,
    errors: errors.slice(0, MAX_REPORTED_ERRORS),
    reserved,
  };
}
