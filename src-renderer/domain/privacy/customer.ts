/**
 * A customer's request to see their data: how they are looked up, and what the
 * export holds. The export is the data subject's own, so it is never masked.
 */
import { z } from 'zod';
import { typedString } from '../common/fields';
import type { CaseRecord } from '../cases/case';
import { accountKeysOnEveryPlatform, normalizeAccount, SOCIAL_ACCOUNT_MAX } from '../cases/account';
import { compactAddress, contactIndexKeys, normalizedContacts, normalizePhone } from '../cases/contact';
import { ADDRESS_MAX } from '../cases/registration';
import type { AttachmentMeta, CaseEntry } from '../cases/entries';
import type { CaseStatus } from '../lifecycle/machine';
import type { ErasureRequest } from './erasure';

export const CUSTOMER_KEYS = ['phone', 'email', 'account', 'name', 'address'] as const;
export type CustomerKeyKind = (typeof CUSTOMER_KEYS)[number];

const keyText = (max: number) => typedString('validation.invalid').max(max, { error: 'validation.tooLong' }).optional();

/**
 * Exactly one of phone (as registered: without spaces or +86), e-mail (any case), a social or app
 * account (its handle on any platform: case and a leading @ aside, `normalizeAccount`), the exact
 * name or the whole postal address (compacted: spaces, commas and full-width characters aside).
 * Nothing to search by is reported on the phone field, several keys at once as invalid.
 */
const KeyFields = z.object({ phone: keyText(40), email: keyText(254), account: keyText(SOCIAL_ACCOUNT_MAX), name: keyText(100), address: keyText(ADDRESS_MAX) });

function keyOf(value: z.output<typeof KeyFields>, ctx: z.RefinementCtx): CustomerKey | null {
  const given = CUSTOMER_KEYS.filter((key) => value[key]);
  if (given.length !== 1) {
    ctx.addIssue({ code: 'custom', path: given.length === 0 ? ['phone'] : [], message: given.length === 0 ? 'validation.required' : 'validation.invalid' });
    return null;
  }
  const kind = given[0]!;
  return { kind, value: normalizedKey(kind, value[kind]!) };
}

export const CustomerKeyInput = KeyFields.transform((value, ctx) => keyOf(value, ctx) ?? z.NEVER);
export type CustomerKeyInput = z.input<typeof CustomerKeyInput>;

/**
 * 导出个人信息: the customer's key and, where the cases found may be more than one person's (a name,
 * an address, contacts that differ), the ones chosen as theirs; without a choice, all found.
 */
export const CustomerExportInput = KeyFields.extend({
  caseIds: z.array(z.string().min(1).max(100)).min(1, { error: 'validation.noCasesChosen' }).max(100_000).optional(),
}).transform((value, ctx) => {
  const key = keyOf(value, ctx);
  return key ? { key, ...(value.caseIds ? { caseIds: value.caseIds } : {}) } : z.NEVER;
});
export type CustomerExportInput = z.input<typeof CustomerExportInput>;

function normalizedKey(kind: CustomerKeyKind, raw: string): string {
  switch (kind) {
    case 'phone':
      return normalizePhone(raw);
    case 'email':
      return raw.toLowerCase();
    case 'account':
      return normalizeAccount(raw);
    case 'address':
      return compactAddress(raw);
    case 'name':
      return raw;
  }
}

/** Whether a case's postal address is the one looked up (the same address, not one in the same street). */
export function sameAddress(recorded: string | undefined, wanted: string): boolean {
  return recorded !== undefined && recorded !== '' && compactAddress(recorded) === compactAddress(wanted);
}
export interface CustomerKey {
  kind: CustomerKeyKind;
  value: string;
}

/**
 * Whether a case is the customer's by the key they were found by, as the lookup finds them: the
 * contact keys for a phone, an e-mail or an account (on any platform), the exact name, the same
 * postal address. For a case looked up earlier whose registration may have been corrected since.
 */
export function matchesCustomer(
  record: Pick<CaseRecord, 'customerName' | 'phone' | 'email' | 'socialPlatform' | 'socialAccount' | 'address'>,
  key: CustomerKey,
): boolean {
  switch (key.kind) {
    case 'phone':
    case 'email': {
      const wanted = normalizedContacts(key.kind === 'phone' ? { phone: key.value, email: '' } : { phone: '', email: key.value })[key.kind];
      return wanted !== '' && contactIndexKeys(record).includes(wanted);
    }
    case 'account': {
      const keys = contactIndexKeys(record);
      return accountKeysOnEveryPlatform(key.value).some((wanted) => keys.includes(wanted));
    }
    case 'name':
      return record.customerName === key.value;
    case 'address':
      return sameAddress(record.address, key.value);
  }
}

/** Whether two keys look up the same customer: the same kind, the same value as the lookup normalises it. */
export function sameKey(a: CustomerKey, b: CustomerKey): boolean {
  return a.kind === b.kind && normalizedKey(a.kind, a.value) === normalizedKey(b.kind, b.value);
}

/** A customer's cases as every list of them shows them: newest receipt first, the later number first on a tie. */
export const newestFirst = (a: { receivedAt: number; no: string }, b: { receivedAt: number; no: string }) => b.receivedAt - a.receivedAt || (a.no < b.no ? 1 : -1);

/** What a case says of who its customer is, as a list shows it (masked for roles without `contacts.view`). */
export type CaseContacts = Pick<CaseRecord, 'customerName' | 'phone' | 'email' | 'address' | 'socialPlatform' | 'socialAccount'>;

/** One case found for a customer: what the lookup table shows. */
export interface CustomerCaseLine extends CaseContacts {
  id: string;
  no: string;
  receivedAt: number;
  status: CaseStatus;
  closedAt: number | null;
  anonymised: boolean;
}

/** Just the contacts of a case (to mask them without copying the rest). */
export function contactsOf(record: CaseContacts): CaseContacts {
  return {
    customerName: record.customerName,
    phone: record.phone,
    email: record.email,
    ...(record.address !== undefined ? { address: record.address } : {}),
    ...(record.socialPlatform !== undefined ? { socialPlatform: record.socialPlatform } : {}),
    ...(record.socialAccount !== undefined ? { socialAccount: record.socialAccount } : {}),
  };
}

/** The case with its contacts as given (`contacts`: the record's `contactsOf`, masked for the reader). */
export function customerCaseLine(record: CaseRecord, contacts: CaseContacts): CustomerCaseLine {
  return {
    id: record.id,
    no: record.no,
    receivedAt: record.receivedAt,
    status: record.status,
    closedAt: record.closedAt,
    anonymised: record.anonymisedAt !== undefined,
    ...contactsOf(contacts),
  };
}

/** One case in a customer's export: the whole record, every entry, and what files are kept (not their contents). */
export interface ExportedCase {
  record: CaseRecord;
  entries: CaseEntry[];
  attachments: AttachmentMeta[];
}

/** 个人信息导出: everything the desk holds about one customer, as JSON. */
export interface CustomerExport {
  /** What the file is, for whoever opens it later. */
  format: 'complaint-desk/customer-export';
  version: 1;
  exportedAt: number;
  exportedBy: { id: string; name: string };
  key: { kind: CustomerKeyKind; value: string };
  cases: ExportedCase[];
  /** Their requests to delete their data (个人信息删除请求) that still name them: open, or the final reply not delivered yet. Absent in older exports. */
  erasureRequests?: ErasureRequest[];
}
