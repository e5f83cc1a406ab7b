/**
 * One spreadsheet row → a draft of a historical case, or the reasons it cannot be one. Every
 * problem names the row and column as the user sees them in the file, the field, the value and
 * an i18n code, so the error report can be read next to the spreadsheet.
 */
import type { CaseRecord } from '../cases/case';
import { CASE_NUMBER_PATTERN } from '../cases/case-number';
import { isValidEmail, isValidPhone, normalizePhone } from '../cases/contact';
import { SOCIAL_ACCOUNT_MAX, socialAccountField } from '../cases/account';
import { onOneLine, withoutControls, withoutInvisible } from '../common/invisible';
import { ADDRESS_MAX, DESCRIPTION_MAX, NAME_MAX, REFERRAL_NO_MAX, referralNoField } from '../cases/registration';
import { REFERRAL_CHANNEL } from '../cases/referral-reply';
import type { Category, Channel, CustomerType, Demand, Severity, SocialPlatform } from '../cases/vocabulary';
import type { FieldError } from '../common/errors';
import { earliestInstant, FUTURE_TOLERANCE_MS, roundToFen } from '../common/fields';
import { IMPORT_FIELDS, REQUIRED_IMPORT_FIELDS, type ImportField } from './fields';
import { platformOfHeader, type ImportStatus } from './labels';
import type { ImportMapping } from './mapping';
import { LABEL_INDEXES, type ResolvedValueMap, type ValueField } from './value-map';
import { parseAmount, parseInstant, parseLabelList, phoneCell, valueKey, type DepartmentIndex } from './values';

export interface RowError {
  /** Row number in the file (the header is row 1). */
  row: number;
  /** Header text of the column, '' when the problem is not in one column. */
  column: string;
  field: ImportField | null;
  value: string;
  /** i18n key under `errors.` */
  code: string;
  params?: Record<string, string | number>;
  /** A value the desk does not read that 对应取值 listed: it can be matched there (set by the store host's check). */
  listed?: boolean;
}

/** A valid row, with the case fields it gives (before numbering and conversion). */
export interface ImportDraft
  extends Pick<
    CaseRecord,
    | 'receivedAt'
    | 'channel'
    | 'customerName'
    | 'customerType'
    | 'phone'
    | 'email'
    | 'address'
    | 'description'
    | 'demands'
    | 'demandNote'
    | 'product'
    | 'orderNo'
    | 'amount'
    | 'severity'
    | 'category'
    | 'subCategory'
    | 'department'
    | 'closedAt'
  > {
  row: number;
  /** 社交/应用账号: both, or neither when the row has none (as a case has none). */
  socialPlatform?: SocialPlatform;
  socialAccount?: string;
  /** 来源单号 of a 12315 referral (normalised as at intake), '' when none. */
  referralNo: string;
  /** A case number of the desk's form to keep; null: a new number is issued. */
  no: string | null;
  externalId: string;
  status: ImportStatus;
  resolution: string;
  /** 处理过程: the old system's progress notes, '' when none (kept as one progress entry). */
  notes: string;
}

export const TEXT_LIMITS = {
  no: 100,
  externalId: 100,
  referralNo: REFERRAL_NO_MAX,
  customerName: NAME_MAX,
  description: DESCRIPTION_MAX,
  product: 200,
  orderNo: 100,
  subCategory: 100,
  department: 100,
  resolution: DESCRIPTION_MAX,
  // An Excel cell's own limit: a long history of notes comes in whole rather than refuse its row.
  notes: 32_767,
  phone: 40,
  email: 254,
  address: ADDRESS_MAX,
  socialAccount: SOCIAL_ACCOUNT_MAX,
} as const satisfies Partial<Record<ImportField, number>>;

/** Fields a form keeps on one line (`requiredLine`, `optionalLine`): a cell's line breaks read as spaces there. */
const ONE_LINE: ReadonlySet<ImportField> = new Set<ImportField>(['customerName', 'address', 'product', 'orderNo']);

/** `TS-20261123-0001` with a real day and a sequence from 1: the desk's own form, kept on import. */
export function deskCaseNumber(raw: string): string | null {
  const no = raw.normalize('NFKC').trim().toUpperCase();
  if (!CASE_NUMBER_PATTERN.test(no)) return null;
  const [, day, seq] = no.split('-');
  const y = Number(day!.slice(0, 4));
  const m = Number(day!.slice(4, 6));
  const d = Number(day!.slice(6, 8));
  const date = new Date(y, m - 1, d);
  if (date.getFullYear() !== y || date.getMonth() !== m - 1 || date.getDate() !== d || Number(seq) < 1) return null;
  return no;
}

/**
 * Mapping problems, as field errors on `mapping.<field>`: a required field without a column, a
 * column used for two fields, an index beyond the file's columns.
 */
export function mappingErrors(mapping: ImportMapping, columnCount: number): FieldError[] {
  const errors: FieldError[] = [];
  const used = new Map<number, ImportField>();
  for (const field of IMPORT_FIELDS) {
    const column = mapping[field];
    if (column === null || column === undefined) {
      if (REQUIRED_IMPORT_FIELDS.includes(field)) errors.push({ field: `mapping.${field}`, code: 'validation.required' });
      continue;
    }
    if (!Number.isInteger(column) || column < 0 || column >= columnCount) {
      errors.push({ field: `mapping.${field}`, code: 'validation.invalid' });
      continue;
    }
    const first = used.get(column);
    if (first !== undefined) errors.push({ field: `mapping.${field}`, code: 'imports.columnTwice', params: { field: first } });
    else used.set(column, field);
  }
  return errors;
}

export interface RowContext {
  headers: readonly string[];
  mapping: ImportMapping;
  /** The store host's clock: a historical complaint cannot lie in the future. */
  now: number;
  /**
   * The configured departments (settings.departments). A case of a department that is not one
   * would show in the filters and the department comparison while alerting nobody, since no user
   * belongs to it.
   */
  departments: DepartmentIndex;
  /** 对应取值: what the user said the values the desk does not read mean (value-map.ts). */
  values?: ResolvedValueMap;
}

/** Validates one data row; `draft` is set exactly when `errors` is empty. */
export function validateRow(cells: readonly string[], row: number, ctx: RowContext): { draft: ImportDraft | null; errors: RowError[] } {
  const errors: RowError[] = [];
  // As registration allows: from 2000-01-01 00:00 local time, the zone the cells are read in.
  const earliest = earliestInstant();
  const cell = (field: ImportField): string => {
    const column = ctx.mapping[field];
    // As a form's field is read (`typedString`): without the invisible characters pasting left in the sheet, its line
    // breaks as \n and without control characters; a one-line field (a name, an address) on one line (Alt+Enter in Excel).
    if (column === null || column === undefined) return '';
    const value = withoutControls(withoutInvisible(cells[column] ?? ''));
    return (ONE_LINE.has(field) ? onOneLine(value) : value).trim();
  };
  const fail = (field: ImportField, code: string, params?: Record<string, string | number>) => {
    const column = ctx.mapping[field];
    const header = column === null || column === undefined ? '' : (ctx.headers[column] ?? '');
    errors.push({ row, column: header, field, value: cell(field), code, ...(params ? { params } : {}) });
  };
  const text = (field: keyof typeof TEXT_LIMITS, required = false): string => {
    const value = cell(field);
    if (required && value === '') fail(field, 'validation.required');
    else if (value.length > TEXT_LIMITS[field]) fail(field, 'validation.tooLong', { max: TEXT_LIMITS[field] });
    return value;
  };
  /** A vocabulary cell by the desk's labels, else by the user's value map (a Map lookup each). */
  const label = <C extends string>(field: Exclude<ValueField, 'department' | 'demand'>, fallback: C | null): C | null => {
    const value = cell(field);
    if (value === '') return fallback;
    // Both by the value's key: without invisible characters, as the scan lists it.
    const key = valueKey(value);
    const code = (LABEL_INDEXES[field].get(key) ?? ctx.values?.[field]?.get(key) ?? null) as C | null;
    if (code === null) fail(field, 'imports.unknownValue', { field });
    return code ?? fallback;
  };
  const instant = (field: 'receivedAt' | 'closedAt', required: boolean): number | null => {
    const value = cell(field);
    if (value === '') {
      if (required) fail(field, 'validation.required');
      return null;
    }
    const at = parseInstant(value);
    if (at === null) fail(field, 'imports.dateFormat');
    else if (at > ctx.now + FUTURE_TOLERANCE_MS) fail(field, 'validation.notInFuture');
    else if (at < earliest) fail(field, 'imports.dateTooEarly');
    else return at;
    return null;
  };
  /**
   * The account checked as at intake, its platform from its own column or else from the account
   * column's header (微信号). A platform without an account reaches nobody and is dropped: old
   * systems fill a 平台 column on rows whose customer left only a phone.
   */
  const accountOf = (): Pick<ImportDraft, 'socialPlatform' | 'socialAccount'> => {
    const account = text('socialAccount');
    if (account.length <= TEXT_LIMITS.socialAccount && !socialAccountField().safeParse(account).success) fail('socialAccount', 'validation.socialAccountFormat');
    const column = ctx.mapping.socialAccount;
    const named = column === null || column === undefined ? null : platformOfHeader(ctx.headers[column] ?? '');
    const platform = label<SocialPlatform>('socialPlatform', null) ?? (cell('socialPlatform') === '' ? named : null);
    if (account === '') return {};
    if (platform === null) {
      if (cell('socialPlatform') === '') fail('socialPlatform', 'validation.socialPlatformRequired');
      return {};
    }
    return { socialPlatform: platform, socialAccount: account };
  };

  const rawNo = text('no');
  const deskNo = rawNo === '' ? null : deskCaseNumber(rawNo);
  let externalId = text('externalId');
  // Another system's number is kept as the external id when the file gives none, so it is not lost.
  if (externalId === '' && rawNo !== '' && deskNo === null && rawNo.length <= TEXT_LIMITS.externalId) externalId = rawNo;

  const receivedAt = instant('receivedAt', true);
  const customerName = text('customerName', true);
  const description = text('description', true);
  // A row may say it is a 12315 referral by its 来源单号 alone: no channel given, a referral.
  const referralByColumn = cell('channel') === '' && cell('referralNo') !== '';
  const channel = label<Channel>('channel', referralByColumn ? REFERRAL_CHANNEL : 'other');
  // As at intake: normalised, a work-order number's characters, on a 12315 referral only.
  const rawReferralNo = text('referralNo');
  const referral = referralNoField().safeParse(rawReferralNo);
  const referralNo = referral.success ? referral.data : '';
  if (!referral.success && rawReferralNo.length <= TEXT_LIMITS.referralNo) fail('referralNo', referral.error.issues[0]?.message ?? 'validation.invalid');
  else if (referralNo !== '' && channel !== null && channel !== REFERRAL_CHANNEL) fail('referralNo', 'validation.referralNoChannel');
  const customerType = label<CustomerType>('customerType', 'individual');
  const severity = label<Severity>('severity', 'general');
  const category = label<Category>('category', null);

  const phone = normalizePhone(phoneCell(text('phone')));
  if (phone !== '' && phone.length <= TEXT_LIMITS.phone && !isValidPhone(phone)) fail('phone', 'validation.phoneFormat');
  // Half-width and lower case, as the form stores it (ｆｏｏ＠example.com is foo@example.com).
  const email = text('email').normalize('NFKC').toLowerCase();
  if (email !== '' && email.length <= TEXT_LIMITS.email && !isValidEmail(email)) fail('email', 'validation.emailFormat');

  // Free-text demands are common: what names no demand is kept as the note of 其他. A part matched
  // in 对应取值 (快递赔付 → 赔偿) keeps its text in the note too: the desk's word says less than it.
  const demandList = parseLabelList(LABEL_INDEXES.demand as ReadonlyMap<string, Demand>, cell('demand'), ctx.values?.demand as ReadonlyMap<string, Demand> | undefined);
  // A list's codes are its own array unless empty (the empty list is shared): the draft gets an array of its own.
  const demands: Demand[] =
    demandList.unknown.length > 0 && !demandList.codes.includes('other') ? [...demandList.codes, 'other'] : demandList.codes.length > 0 ? (demandList.codes as Demand[]) : [];
  const demandNote = demandList.notes.length === 0 ? '' : demandList.notes.join('、').slice(0, 1000);

  let amount: number | null = null;
  const rawAmount = cell('amount');
  if (rawAmount !== '') {
    const parsed = parseAmount(rawAmount);
    if (parsed === null || Number.isNaN(parsed)) fail('amount', 'imports.numberFormat');
    else if (parsed < 0 || parsed > 1e10) fail('amount', 'validation.amountRange');
    // To the fen, as the ledger shows it: a workbook keeps a formula's full result (=B9/3 → 33.333…).
    else amount = roundToFen(parsed);
  }

  const closedAt = instant('closedAt', false);
  const stated = label<ImportStatus>('status', null);
  const status: ImportStatus = stated ?? (closedAt !== null ? 'closed' : 'open');
  if (stated === 'open' && cell('closedAt') !== '') fail('closedAt', 'imports.closedAtButOpen');
  if ((stated === 'closed' || stated === 'redirected') && cell('closedAt') === '') {
    // Without a closing-time column the status is what can be fixed (or the column mapped): the error names it.
    const mapped = ctx.mapping.closedAt !== null && ctx.mapping.closedAt !== undefined;
    fail(mapped ? 'closedAt' : 'status', mapped ? 'imports.closedAtRequired' : 'imports.closedAtUnmapped');
  }
  if (closedAt !== null && receivedAt !== null && closedAt < receivedAt) fail('closedAt', 'imports.closedBeforeReceived');

  const address = text('address');
  const account = accountOf();
  const product = text('product');
  const orderNo = text('orderNo');
  const subCategory = text('subCategory');
  const rawDepartment = text('department');
  const departmentKey = rawDepartment === '' ? '' : valueKey(rawDepartment);
  // The import's value map first: an unfinished import's map says what a name meant when it started
  // (two departments that swapped names since are each read as the one the file meant).
  const department = rawDepartment === '' ? '' : (ctx.values?.department?.get(departmentKey) ?? ctx.departments.get(departmentKey) ?? null);
  if (department === null && rawDepartment.length <= TEXT_LIMITS.department) fail('department', 'imports.unknownDepartment');
  const resolution = text('resolution');
  const notes = text('notes');

  if (errors.length > 0 || receivedAt === null) return { draft: null, errors };
  return {
    errors,
    draft: {
      row,
      no: deskNo,
      externalId,
      referralNo,
      receivedAt,
      channel: channel!,
      customerName,
      customerType: customerType!,
      phone,
      email,
      address,
      ...account,
      description,
      demands,
      demandNote,
      product,
      orderNo,
      amount,
      severity: severity!,
      category,
      subCategory,
      department: department!,
      status,
      closedAt: status === 'open' ? null : closedAt,
      resolution,
      notes,
    },
  };
}
