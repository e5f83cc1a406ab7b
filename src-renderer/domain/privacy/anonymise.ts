/**
 * Anonymisation of a finished case after its retention period: the customer's
 * identity and contact details are erased and identifiers inside free texts
 * redacted, while everything statistics read (category, severity, times,
 * clocks, satisfaction scores) stays as it was.
 */
import { accountHandle } from '../cases/account';
import type { CaseRecord } from '../cases/case';
import type { CaseEntry } from '../cases/entries';
import { addressForms } from './address-forms';
import { mapCaseTexts, mapEntryTexts } from './free-texts';
import { redactText } from './redact';

/** What an anonymised case shows instead of the customer's name. */
export const ANONYMISED_NAME = '（已匿名）';

export interface Anonymised<T> {
  next: T;
  /** Names of the fields that changed (dotted for nested ones), for the audit event — never their values. */
  fields: string[];
}

/** The fields of a case that identify its customer: erased by anonymisation. */
export const IDENTITY_FIELDS = ['customerName', 'phone', 'email', 'orderNo', 'address', 'socialAccount', 'referralNo'] as const;

const identifying = (value: unknown): value is string => typeof value === 'string' && value.trim().length >= 2 && value !== ANONYMISED_NAME;

/** What identifies the customer of a case wherever it appears in a text: their name, contacts, order and ticket numbers. */
export function knownIdentifiers(record: Pick<CaseRecord, (typeof IDENTITY_FIELDS)[number]>): string[] {
  return IDENTITY_FIELDS.flatMap((field) => writtenForms(field, record[field])).filter(identifying);
}

/**
 * How a value is written in a text: an account also without the @ before it (@ZhangSan_88 and
 * ZhangSan_88), an address also shortened (文三路88号 for 浙江省杭州市西湖区文三路88号).
 */
function writtenForms(field: (typeof IDENTITY_FIELDS)[number], value: unknown): unknown[] {
  if (field === 'address' && typeof value === 'string') return addressForms(value.trim());
  // The bare handle only when long enough to tell from ordinary words (as masking finds it).
  if (field !== 'socialAccount' || typeof value !== 'string') return [value ?? ''];
  const handle = accountHandle(value);
  return [...handle].length >= 4 ? [value, handle] : [value];
}

/**
 * `knownIdentifiers` of the case and every value its history recorded in those fields: a
 * correction leaves the old name or address in the texts it was copied into. Longest first, so a
 * whole address is redacted before a shorter name inside it.
 */
export function identifiersOf(record: CaseRecord, events: ReadonlyArray<{ changes: Record<string, { before: unknown; after: unknown }> }>): string[] {
  const found = new Set(knownIdentifiers(record));
  for (const event of events) {
    for (const field of IDENTITY_FIELDS) {
      const change = event.changes[field];
      if (!change) continue;
      for (const value of [...writtenForms(field, change.before), ...writtenForms(field, change.after)]) if (identifying(value)) found.add(value);
    }
  }
  return [...found].sort((a, b) => b.length - a.length);
}

/**
 * The case without the customer's personal data, stamped `anonymisedAt`. `known`: what to redact
 * from its texts besides its own current values (`identifiersOf`).
 */
export function anonymiseCase(record: CaseRecord, at: number, known: readonly string[] = knownIdentifiers(record)): Anonymised<CaseRecord> {
  const fields: string[] = [];
  const erase = <K extends 'customerName' | 'phone' | 'email' | 'orderNo'>(key: K, value: CaseRecord[K]) => {
    if (record[key] !== value) fields.push(key);
    return value;
  };
  // The address, the account and the ticket number are left out, not emptied: absent is how a case has none.
  const { address, socialPlatform, socialAccount, referralNo, ...kept } = record;
  const customerName = erase('customerName', ANONYMISED_NAME);
  const phone = erase('phone', '');
  const email = erase('email', '');
  if (address !== undefined) fields.push('address');
  // The platform goes with the account: alone it would be half a contact naming nobody.
  if (socialPlatform !== undefined) fields.push('socialPlatform');
  if (socialAccount !== undefined) fields.push('socialAccount');
  // The order and ticket numbers lead straight back to the person in the shop's or the regulator's own system.
  const orderNo = erase('orderNo', '');
  if (referralNo !== undefined) fields.push('referralNo');
  let next: CaseRecord = { ...kept, customerName, phone, email, orderNo };
  const redacted = new Set<string>();
  next = mapCaseTexts(next, (text, field) => {
    const result = redactText(text, known);
    if (result !== text) redacted.add(field);
    return result;
  });
  fields.push(...redacted);
  if (record.attachmentBytes !== 0) fields.push('attachmentBytes');
  fields.push('anonymisedAt');
  return { next: { ...next, attachmentBytes: 0, anonymisedAt: at }, fields };
}

/**
 * An entry with identifiers in its texts redacted; `fields` is empty when nothing needed it.
 * `known` is `knownIdentifiers` of its case, read before the case was anonymised.
 */
export function anonymiseEntry(entry: CaseEntry, known: readonly string[]): Anonymised<CaseEntry> {
  const fields = new Set<string>();
  const next = mapEntryTexts(entry, (text, field) => {
    const result = redactText(text, known);
    if (result !== text) fields.add(field);
    return result;
  });
  return { next, fields: [...fields] };
}
