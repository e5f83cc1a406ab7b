/**
 * Telling a requester's cases from another person's: a name, an address (a family's), an account
 * handle (on several platforms) or a family phone may find cases of more than one person, and
 * erasing someone else's is for good.
 */
import { accountKey } from '../cases/account';
import type { CaseRecord } from '../cases/case';
import { compactAddress, normalizedContacts } from '../cases/contact';
import { addressForms } from './address-forms';
import { ANONYMISED_NAME, identifiersOf } from './anonymise';
import type { CustomerKeyKind } from './customer';

/** What a case says of who its customer is, compared across the cases found. */
export const CONTACT_FIELDS = ['customerName', 'phone', 'email', 'socialAccount', 'address'] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];

type Contacts = Pick<CaseRecord, 'customerName' | 'phone' | 'email' | 'socialPlatform' | 'socialAccount' | 'address' | 'anonymisedAt'>;

/** Each field as it is compared: 139 1234 5678 is 13912345678, an account with its platform (one handle on two platforms is two accounts), spaces in an address aside. */
function comparable(record: Contacts, field: ContactField): string {
  switch (field) {
    case 'customerName':
      return record.customerName.trim();
    case 'phone':
      return normalizedContacts({ phone: record.phone, email: '' }).phone;
    case 'email':
      return normalizedContacts({ phone: '', email: record.email }).email;
    case 'socialAccount':
      return accountKey(record.socialPlatform, record.socialAccount);
    case 'address':
      return compactAddress(record.address ?? '');
  }
}

/**
 * The fields in which the cases found disagree: two names, two phones… (a case without a value
 * disagrees with nobody; an anonymised one says nothing any more). Empty when they may well be one person's.
 */
export function differingContacts(records: readonly Contacts[]): ContactField[] {
  const named = records.filter((record) => record.anonymisedAt === undefined && record.customerName !== ANONYMISED_NAME);
  return CONTACT_FIELDS.filter((field) => new Set(named.map((record) => comparable(record, field)).filter((value) => value !== '')).size > 1);
}

/**
 * The cases ticked when a request is recorded: every one found by the phone or e-mail when they
 * agree on who the customer is; none otherwise (a name, an address or an account finds other
 * people's too), so whoever records it ticks the requester's own after comparing their contacts.
 */
export function preselected(kind: CustomerKeyKind, ids: readonly string[], differing: readonly ContactField[]): string[] {
  return (kind === 'phone' || kind === 'email') && differing.length === 0 ? [...ids] : [];
}

export { addressForms };

type History = ReadonlyArray<{ changes: Record<string, { before: unknown; after: unknown }> }>;

/** Every value a case's postal address or account had: now, and as its history recorded it (an anonymised case still gives the originals). */
export function valuesInHistory(record: CaseRecord, events: History, field: 'address' | 'socialAccount'): string[] {
  const values = [record[field], ...events.flatMap((event) => [event.changes[field]?.before, event.changes[field]?.after])];
  return [...new Set(values.flatMap((value) => (typeof value === 'string' && value.trim() !== '' ? [value.trim()] : [])))];
}

/**
 * What identifies the customer in any case of a request, for masking its notes: each case's
 * `identifiersOf` (its values now and those its history recorded, so an anonymised case still
 * gives the originals), its addresses also shortened. Longest first.
 */
export function erasureIdentifiers(cases: ReadonlyArray<{ record: CaseRecord; events: History }>): string[] {
  const found = new Set<string>();
  for (const { record, events } of cases) {
    for (const value of identifiersOf(record, events)) found.add(value);
    for (const address of valuesInHistory(record, events, 'address')) addressForms(address).forEach((form) => found.add(form));
  }
  return [...found].sort((a, b) => b.length - a.length);
}
