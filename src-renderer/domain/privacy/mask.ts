/**
 * Masking of contact details for roles that may not see them (`contacts.view`):
 * the one implementation the tracking table, its exports, the case page and the
 * printed forms all use. The store host masks before anything leaves it.
 */
import type { AuditEvent, FieldChange } from '../audit/chain';
import type { CaseRecord } from '../cases/case';
import { accountHandle, mayNameAccount, writtenAccountPattern } from '../cases/account';
import { extensionStart } from '../cases/attachments';
import { normalizePhone } from '../cases/contact';
import type { CaseEntry } from '../cases/entries';
import { may, type Role } from '../users/roles';
import { addressForms } from './address-forms';
import { ABOUT_OTHER_CASES, mapCaseTexts, mapEntryTexts, mapStrings } from './free-texts';
import { REDACTED, replaceIdentifiers } from './redact';

const MOBILE = /^1[3-9]\d{9}$/;
const MASK = '****';

/** Digits alone: separators and brackets say nothing about the number. */
const digitsOf = (text: string) => text.replace(/\D/g, '');

/** A number without area code: long ones keep 3 + 4 digits, shorter ones only their last digits, never more than half. */
function maskDigits(digits: string): string {
  if (digits.length >= 11) return `${digits.slice(0, 3)}${MASK}${digits.slice(-4)}`;
  if (digits.length >= 8) return `${MASK}${digits.slice(-4)}`;
  if (digits.length >= 5) return `${'*'.repeat(digits.length - 2)}${digits.slice(-2)}`;
  return '*'.repeat(digits.length);
}

/**
 * `13812341234` → `138****1234`. A landline or service number written with its area code and a dash
 * keeps the code: `010-12345678` → `010-****5678`, `400-123-4567` → `400-****4567`; one outside the mainland
 * its +: `+85291234567` → `+852****4567`. Empty stays empty.
 */
export function maskPhone(phone: string): string {
  const trimmed = phone.trim();
  if (trimmed === '') return '';
  if (MOBILE.test(trimmed)) return `${trimmed.slice(0, 3)}${MASK}${trimmed.slice(7)}`;
  // A number outside the mainland keeps its + (+85291234567 → +852****4567).
  if (trimmed.startsWith('+')) {
    const [number = '', extension] = trimmed.split('-');
    return `+${maskDigits(digitsOf(number)) || MASK}${extension ? `-${extension}` : ''}`;
  }
  const dash = /^(\d{3,4})-(.+)$/.exec(trimmed);
  if (dash) {
    const local = digitsOf(dash[2]!);
    return `${dash[1]}-${local.length >= 7 ? `${MASK}${local.slice(-4)}` : maskDigits(local)}`;
  }
  return maskDigits(digitsOf(trimmed)) || MASK;
}

/** `zhang.san@example.com` → `z***@example.com`; a one-letter name shows no letter. Empty stays empty. */
export function maskEmail(email: string): string {
  const trimmed = email.trim();
  if (trimmed === '') return '';
  const at = trimmed.lastIndexOf('@');
  if (at <= 0) return '***';
  const local = trimmed.slice(0, at);
  return `${local.length > 1 ? local[0] : ''}***${trimmed.slice(at)}`;
}

/**
 * `浙江省杭州市西湖区文三路88号` → `浙江省杭州市****`: the province and city, up to the first 市 (else
 * 州, 盟, 区 or 县) within the first ten characters, when more than two characters follow; an address
 * without them shows nothing but the mask (its street would be all it shows). Empty stays empty.
 */
export function maskAddress(address: string): string {
  const trimmed = address.trim();
  if (trimmed === '') return '';
  const city = /^.{1,9}?市/u.exec(trimmed) ?? /^.{1,9}?[州盟区县]/u.exec(trimmed);
  return city && [...trimmed].length - [...city[0]].length > 2 ? `${city[0]}${MASK}` : MASK;
}

/**
 * `zhangsan_88` → `z****8`, `@李小明` → `李****`: the first character (after an @) and, for accounts of
 * six or more, the last; shorter ones show nothing but the mask. Enough to tell two of a customer's
 * accounts apart on the phone, not to find the person. Empty stays empty.
 */
export function maskAccount(account: string): string {
  const chars = [...account.trim().replace(/^[@＠]+/u, '')];
  if (chars.length === 0) return account.trim() === '' ? '' : MASK;
  if (chars.length < 3) return MASK;
  return `${chars[0]}${MASK}${chars.length >= 6 ? chars[chars.length - 1] : ''}`;
}

/** The case's own postal address where it is written into a text (来信地址：…), masked as the field is. */
function maskWrittenAddress(text: string, address: string | undefined): string {
  const own = address?.trim() ?? '';
  if (own.length < 4) return text;
  // Longest first: the whole address before the street it ends with (建国路1号院2号楼303 for 北京市朝阳区建国路1号院2号楼303).
  let masked = text;
  for (const form of addressForms(own)) if (masked.includes(form)) masked = masked.replaceAll(form, maskAddress(form));
  return masked;
}

/** The case's own account where it is written into a text (网友@ZhangSan_88 私信…), masked as the field is, with or without its @. */
function maskWrittenAccount(text: string, account: string | undefined): string {
  const written = mayNameAccount(text, account) ? writtenAccountPattern(account) : null;
  if (!written) return text;
  const masked = maskAccount(accountHandle(account));
  return text.replace(written, (_handle, at: string) => `${at}${masked}`);
}

/** `110101199003071234` → `110***********1234`. */
function maskIdNumber(id: string): string {
  return `${id.slice(0, 3)}${'*'.repeat(id.length - 7)}${id.slice(-4)}`;
}

/**
 * A free text as a role without `contacts.view` reads it: each phone number, e-mail address and ID
 * number written in it masked as the case's own are (请回电138-1234-5678 → 请回电138****5678).
 */
export function maskIdentifiersIn(text: string): string {
  return replaceIdentifiers(
    text,
    (found, kind) => (kind === 'email' ? maskEmail(found) : kind === 'phone' ? maskPhone(normalizePhone(found)) : maskIdNumber(found)),
    { strict: true },
  );
}

/** A text of a case with its identifiers masked: `maskIdentifiersIn`, and the case's own postal address and account where they are repeated. */
export function maskCaseText(text: string, address: string | undefined, account?: string): string {
  return maskIdentifiersIn(maskWrittenAccount(maskWrittenAddress(text, address), account));
}

/** Whether a role sees phone numbers and e-mail addresses in full. */
export function mayViewContacts(role: Role): boolean {
  return may(role, 'contacts.view');
}

export interface Contact {
  phone: string;
  email: string;
  address?: string;
  socialAccount?: string;
}

/**
 * A case record, a row or a person's contact as `role` may see it: unchanged for roles with
 * `contacts.view`, otherwise a copy with phone, e-mail, postal address and account masked (and any
 * of them written in the customer's name), without a case's contact keys (the same contacts,
 * normalised for the index).
 */
export function maskContactFor<T extends object>(role: Role, value: T): T {
  if (mayViewContacts(role)) return value;
  const { phone, email, address, socialAccount, customerName } = value as Partial<Record<keyof Contact | 'customerName', unknown>>;
  const { contactKeys: _keys, ...rest } = value as T & { contactKeys?: unknown };
  return {
    ...(rest as T),
    ...(typeof phone === 'string' ? { phone: maskPhone(phone) } : {}),
    ...(typeof email === 'string' ? { email: maskEmail(email) } : {}),
    ...(typeof address === 'string' ? { address: maskAddress(address) } : {}),
    ...(typeof socialAccount === 'string' ? { socialAccount: maskAccount(socialAccount) } : {}),
    ...(typeof customerName === 'string' ? { customerName: nameFor(role, customerName) } : {}),
  };
}

/**
 * A customer's name as `role` may see it: old ledgers write the number in the name
 * (王先生13511112222), masked there as in its own field (王先生135****2222) for roles without
 * `contacts.view`. Such a role can neither search by it nor correct the name (correction.ts).
 */
export function nameFor(role: Role, name: string): string {
  return mayViewContacts(role) ? name : maskIdentifiersIn(name);
}

/**
 * Whether a name `nameFor` showed a role without `contacts.view` may have something masked in it
 * (王先生135****2222): such a copy must never be written back as the customer's name. Ask only for
 * such a role: a name of an old ledger may hold asterisks of its own (张**).
 */
export function nameShownMasked(shown: string): boolean {
  return shown.includes('*');
}

/**
 * A case as `role` may see it: `maskContactFor`, and the identifiers written in its free texts
 * masked too, its own postal address among them. Its notes about other cases' customers are
 * withheld: masked with this case's address they would show the other's.
 */
export function maskCaseFor(role: Role, record: CaseRecord): CaseRecord {
  if (mayViewContacts(role)) return record;
  return mapCaseTexts(maskContactFor(role, record), (text, field) =>
    ABOUT_OTHER_CASES.has(field) && text !== '' ? REDACTED : maskCaseText(text, record.address, record.socialAccount),
  );
}

/**
 * An attachment (its meta, or the stored file) as `role` may see it: for roles without `contacts.view`
 * the identifiers written in its file name masked as in any text of its case, its extension left
 * readable (13812345678_通话录音.mp3 → 138****5678_通话录音.mp3), and in the reason it was withdrawn
 * for, if it was; `address` and `account` are its case's.
 */
export function maskAttachmentFor<T extends { name: string; withdrawn?: { reason: string } }>(role: Role, attachment: T, address?: string, account?: string): T {
  if (mayViewContacts(role)) return attachment;
  const at = extensionStart(attachment.name);
  const name = `${maskCaseText(attachment.name.slice(0, at), address, account)}${attachment.name.slice(at)}`;
  const withdrawn = attachment.withdrawn;
  const reason = withdrawn ? maskCaseText(withdrawn.reason, address, account) : undefined;
  if (name === attachment.name && reason === withdrawn?.reason) return attachment;
  return { ...attachment, name, ...(withdrawn && reason !== undefined ? { withdrawn: { ...withdrawn, reason } } : {}) };
}

/** An entry of a case (a progress note, a contact's summary…) as `role` may see it; `address` and `account` are its case's. */
export function maskEntryFor(role: Role, entry: CaseEntry, address?: string, account?: string): CaseEntry {
  return mayViewContacts(role) ? entry : mapEntryTexts(entry, (text) => maskCaseText(text, address, account));
}


/**
 * An audit event of a case as `role` may see it: the phone, e-mail, address and account it recorded
 * (registration, an import) masked like the case itself, and the identifiers written in any text it recorded
 * — in the keys of a record it recorded too (an import's value map was keyed by a file's texts):
 * those by the phone, e-mail and ID number patterns only (a key named like the case's account is
 * a field name), two keys masked alike kept apart. The stored event is untouched, so its hash still holds.
 */
export function maskEventFor(role: Role, event: AuditEvent, address?: string, account?: string): AuditEvent {
  if (mayViewContacts(role)) return event;
  // The case's address and account, or those the event itself recorded (a registration, an import).
  const recorded = (field: string) => {
    const after = event.changes[field]?.after;
    return typeof after === 'string' ? after : undefined;
  };
  const own = address ?? recorded('address');
  const ownAccount = account ?? recorded('socialAccount');
  const texts = (text: string) => maskCaseText(text, own, ownAccount);
  const changes: Record<string, FieldChange> = {};
  for (const [key, change] of Object.entries(event.changes)) {
    const mask = key === 'phone' ? maskPhone : key === 'email' ? maskEmail : key === 'address' ? maskAddress : key === 'socialAccount' ? maskAccount : texts;
    changes[key] = { before: mapStrings(maskKeys(change.before), mask), after: mapStrings(maskKeys(change.after), mask) };
  }
  return { ...event, changes, ...(event.detail ? { detail: mapStrings(maskKeys(event.detail), texts) as AuditEvent['detail'] } : {}) };
}

/**
 * A recorded value with the keys of its records (nested too) through `maskIdentifiersIn`; `mapStrings`
 * does the values. Keys masked alike stay apart: `138****1234`, `138****1234 (2)`.
 */
function maskKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => maskKeys(item));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const masked = maskIdentifiersIn(key);
    let shown = masked;
    for (let n = 2; Object.hasOwn(out, shown); n += 1) shown = `${masked} (${n})`;
    out[shown] = maskKeys(item);
  }
  return out;
}
