/**
 * One spreadsheet row → a draft of a historical case, or the reasons it cannot be one. Every
 * problem names the row and column as the user sees them in the file, the field, the value and
 * an i18n code, so the error report can be read next to the spreadsheet.
 */
import type { CaseRecord } from '../cases/case';
import { CASE_NUMBER_PATTERN } from '../cases/case-number';
import { isValidEmail, isValidPhone, normalizePhone } from '../cases/contact';
import { SOCIAL_ACCOUNT_MAX, socialAccountField } from '../cases/account';
import { ADDRESS_MAX, DESCRIPTION_MAX, NAME_MAX } from '../cases/registration';
import type { Category, SocialPlatform } from '../cases/vocabulary';
import type { FieldError } from '../common/errors';
import { earliestInstant, FUTURE_TOLERANCE_MS } from '../common/fields';
import { IMPORT_FIELDS, normaliseHeader, REQUIRED_IMPORT_FIELDS, type ImportField } from './fields';
import {
  CATEGORY_LABELS,
  CHANNEL_LABELS,
  CUSTOMER_TYPE_LABELS,
  DEMAND_LABELS,
  platformOfHeader,
  SEVERITY_LABELS,
  SOCIAL_PLATFORM_LABELS,
  STATUS_LABELS,
  type ImportStatus,
} from './labels';
import type { ImportMapping } from './mapping';
import { labelIndex, parseAmount, parseInstant, parseLabel, parseLabelList, phoneCell, type DepartmentIndex } from './values';

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
  /** A case number of the desk's form to keep; null: a new number is issued. */
  no: string | null;
  externalId: string;
  status: ImportStatus;
  resolution: string;
}

export const TEXT_LIMITS = {
  no: 100,
  externalId: 100,
  customerName: NAME_MAX,
  description: DESCRIPTION_MAX,
  product: 200,
  orderNo: 100,
  subCategory: 100,
  department: 100,
  resolution: DESCRIPTION_MAX,
  phone: 40,
  email: 254,
  address: ADDRESS_MAX,
  socialAccount: SOCIAL_ACCOUNT_MAX,
} as const satisfies Partial<Record<ImportField, number>>;

const CHANNELS = labelIndex(CHANNEL_LABELS);
const SEVERITIES = labelIndex(SEVERITY_LABELS);
const CATEGORIES = labelIndex(CATEGORY_LABELS);
const DEMANDS = labelIndex(DEMAND_LABELS);
const CUSTOMER_TYPES = labelIndex(CUSTOMER_TYPE_LABELS);
const STATUSES = labelIndex(STATUS_LABELS);
const PLATFORMS = labelIndex(SOCIAL_PLATFORM_LABELS);

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
}

/** Validates one data row; `draft` is set exactly when `errors` is empty. */
export function validateRow(cells: readonly string[], row: number, ctx: RowContext): { draft: ImportDraft | null; errors: RowError[] } {
  const errors: RowError[] = [];
  // As registration allows: from 2000-01-01 00:00 local time, the zone the cells are read in.
  const earliest = earliestInstant();
  const cell = (field: ImportField): string => {
    const column = ctx.mapping[field];
    return column === null || column === undefined ? '' : (cells[column] ?? '').trim();
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
  const label = <C extends string>(field: ImportField, index: ReadonlyMap<string, C>, fallback: C | null): C | null => {
    const value = cell(field);
    if (value === '') return fallback;
    const code = parseLabel(index, value);
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
    const platform = label<SocialPlatform>('socialPlatform', PLATFORMS, null) ?? (cell('socialPlatform') === '' ? named : null);
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
  const channel = label('channel', CHANNELS, 'other');
  const customerType = label('customerType', CUSTOMER_TYPES, 'individual');
  const severity = label('severity', SEVERITIES, 'general');
  const category = label<Category>('category', CATEGORIES, null);

  const phone = normalizePhone(phoneCell(text('phone')));
  if (phone !== '' && phone.length <= TEXT_LIMITS.phone && !isValidPhone(phone)) fail('phone', 'validation.phoneFormat');
  const email = text('email').toLowerCase();
  if (email !== '' && email.length <= TEXT_LIMITS.email && !isValidEmail(email)) fail('email', 'validation.emailFormat');

  // Free-text demands are common: what names no demand is kept as the note of 其他.
  const demandList = parseLabelList(DEMANDS, cell('demand'));
  const demands = demandList.unknown.length > 0 && !demandList.codes.includes('other') ? [...demandList.codes, 'other' as const] : demandList.codes;
  const demandNote = demandList.unknown.join('、').slice(0, 1000);

  let amount: number | null = null;
  const rawAmount = cell('amount');
  if (rawAmount !== '') {
    const parsed = parseAmount(rawAmount);
    if (parsed === null || Number.isNaN(parsed)) fail('amount', 'imports.numberFormat');
    else if (parsed < 0 || parsed > 1e10) fail('amount', 'validation.amountRange');
    else amount = parsed;
  }

  const closedAt = instant('closedAt', false);
  const stated = label<ImportStatus>('status', STATUSES, null);
  const status: ImportStatus = stated ?? (closedAt !== null ? 'closed' : 'open');
  if (stated === 'open' && cell('closedAt') !== '') fail('closedAt', 'imports.closedAtButOpen');
  if ((stated === 'closed' || stated === 'redirected') && cell('closedAt') === '') fail('closedAt', 'imports.closedAtRequired');
  if (closedAt !== null && receivedAt !== null && closedAt < receivedAt) fail('closedAt', 'imports.closedBeforeReceived');

  const address = text('address');
  const account = accountOf();
  const product = text('product');
  const orderNo = text('orderNo');
  const subCategory = text('subCategory');
  const rawDepartment = text('department');
  const department = rawDepartment === '' ? '' : (ctx.departments.get(normaliseHeader(rawDepartment)) ?? null);
  if (department === null && rawDepartment.length <= TEXT_LIMITS.department) fail('department', 'imports.unknownDepartment');
  const resolution = text('resolution');

  if (errors.length > 0 || receivedAt === null) return { draft: null, errors };
  return {
    errors,
    draft: {
      row,
      no: deskNo,
      externalId,
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
    },
  };
}
