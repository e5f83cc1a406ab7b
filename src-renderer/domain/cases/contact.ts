import { withoutInvisible } from '../common/invisible';
import { accountKey } from './account';
import type { Channel, SocialPlatform } from './vocabulary';

/**
 * Contact formats accepted at intake: mainland mobile numbers, landlines with
 * area code (optionally an extension), 400/800 service numbers, numbers outside
 * the mainland (Hong Kong, Macao, Taiwan, abroad) with their country or region
 * code, and e-mail.
 */
const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/;
const SERVICE = /^[48]00-?\d{3}-?\d{4}$/;
/** E.164: a + and the country or region code (not the mainland's 86), 8 to 15 digits in all; an extension after a hyphen. */
const INTERNATIONAL = /^\+(?!86)[1-9]\d{7,14}(-\d{1,6})?$/;
// The domain's labels are not empty: a.com., a..com and .a.com are not addresses.
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)*\.[^\s@.]{2,}$/;

/** A trailing extension written out: 转 / 分机 / ext / x, then its digits. */
const EXTENSION = /\s*(?:转|分机|ext\.?|x)\s*(\d{1,6})$/i;

/** Hyphens and dashes as people and input methods type them between digit groups. */
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;

/**
 * A phone number as the desk stores it, from what was typed or imported: full-width digits (a
 * Chinese input method) as ASCII, without invisible characters (a zero-width space pasted from a
 * chat app), spaces, brackets and an international +86 / 0086 prefix (a landline's area code
 * getting back its 0: +86 20 3859 3505 is 020-38593505, +86 10 8888 6666 is 010-88886666; a mobile
 * number after a bare 86 drops it too). A mobile number keeps its digits only (138-1234-5678 → 13812345678); a landline keeps
 * one hyphen after its area code, however it was written ((020) 3859-3505, 020 3859 3505 and
 * 02038593505 → 020-38593505), and an extension after a second hyphen. A number outside the
 * mainland, written with + or 00 and its country or region code (+852 9123 4567, 00886 912 345 678,
 * +44 (0)20 7946 0958), is + and its digits: +85291234567 (a trunk 0 in brackets is not dialled from
 * abroad). Anything else is returned as typed, for the check to refuse.
 */
export function normalizePhone(raw: string): string {
  let phone = withoutInvisible(raw).normalize('NFKC').replace(DASHES, '-').trim();
  // An extension as people write it (转 802, 分机 802, ext. 802, x802) follows a hyphen, as stored.
  // A number outside the mainland, its extension (转 802, ext. 12) kept after a hyphen: its own hyphens only separate digits.
  const extension = EXTENSION.exec(phone);
  const abroad = international(extension ? phone.slice(0, extension.index) : phone);
  if (abroad !== null) return extension ? `${abroad}-${extension[1]}` : abroad;
  phone = phone.replace(EXTENSION, '-$1');
  // An area code in brackets is an area code: (020) 3859-3505 reads 020-3859-3505.
  phone = phone.replace(/^\((0\d{2,3})\)/, '$1-').replace(/[\s()]/g, '');
  // After the country code a landline's area code is written without its 0 (+86 20 3859 3505 is 020-3859 3505).
  phone = phone.replace(/^(?:\+86|0086)-?(?=[1-9])(?!1[3-9])(?![48]00)/, '0').replace(/^(\+86|0086)-?/, '');
  const digits = phone.replaceAll('-', '');
  if (/^\d+$/.test(digits) && MOBILE.test(digits)) return digits;
  // The country code without its +, as a phone's contacts or a form abroad writes it: 86 139 1111 2222.
  if (/^86\d{11}$/.test(digits) && MOBILE.test(digits.slice(2))) return digits.slice(2);
  return joinedLandline(phone) ?? splitLandline(phone) ?? splitWithExtension(phone) ?? phone;
}

/** `+852 9123-4567` → `+85291234567`; null for a number that is not written with + or 00 and a code other than 86. */
function international(phone: string): string | null {
  const match = /^(?:\+|00)\s*([1-9][\d\s()-]*)$/.exec(phone.replace(/\(0\)/, ''));
  if (!match || /^86/.test(match[1]!.replace(/\D/g, ''))) return null;
  const digits = match[1]!.replace(/[\s()-]/g, '');
  return /^\d+$/.test(digits) ? `+${digits}` : null;
}

/**
 * 02038593505 → 020-38593505, 075526881234 → 0755-26881234: a mainland area code is 010 or 02x
 * (three digits), any other four; the local number 7 or 8 digits. Null for anything else.
 */
function splitLandline(phone: string): string | null {
  if (!/^0\d{9,11}$/.test(phone)) return null;
  const area = /^0[12]/.test(phone) ? 3 : 4;
  const local = phone.slice(area);
  return local.length >= 7 && local.length <= 8 && !local.startsWith('0') ? `${phone.slice(0, area)}-${local}` : null;
}

/** 075526881234-8021 → 0755-26881234-8021: a landline written whole, then its extension. */
function splitWithExtension(phone: string): string | null {
  const match = /^(0\d{9,11})-(\d{1,6})$/.exec(phone);
  const landline = match && splitLandline(match[1]!);
  return landline ? `${landline}-${match![2]}` : null;
}

/** 0755-8888-6666 → 0755-88886666, 010-6123-4567-801 → 010-61234567-801; null when the groups do not read so. */
function joinedLandline(phone: string): string | null {
  const [area, ...groups] = phone.split('-');
  if (groups.length < 2 || !/^0\d{2,3}$/.test(area!) || !groups.every((group) => /^\d+$/.test(group))) return null;
  let number = '';
  while (groups.length > 0 && number.length < 7) number += groups.shift();
  if (groups.length > 1) return null;
  const joined = groups.length === 1 ? `${area}-${number}-${groups[0]}` : `${area}-${number}`;
  return LANDLINE.test(joined) ? joined : null;
}

export function isValidPhone(phone: string): boolean {
  return MOBILE.test(phone) || LANDLINE.test(phone) || SERVICE.test(phone) || INTERNATIONAL.test(phone);
}

export function isValidEmail(email: string): boolean {
  return email.length <= 254 && EMAIL.test(email);
}

/**
 * How a customer is recognised: the contacts as stored on a case (phone normalised, e-mail lower
 * case, the account with its platform; cases and lookups without an account leave those out).
 */
export interface CustomerContacts {
  phone: string;
  email: string;
  socialPlatform?: SocialPlatform | '';
  socialAccount?: string;
}

/** The contacts as keys: each '' when it identifies nobody. */
export interface ContactKeys {
  phone: string;
  email: string;
  /** `platform:handle` (`accountKey`). */
  account: string;
}

/**
 * The keys that recognise a customer: the phone without spaces, brackets, +86 and hyphens (so
 * 021-61234567 and 02161234567 are one customer), the e-mail in lower case and half-width, the account as
 * `accountKey` — or '' where one cannot identify anybody (a few digits typed so far, an e-mail
 * without '@'), so a partial entry never matches other customers' cases.
 */
export function normalizedContacts(who: CustomerContacts): ContactKeys {
  const phone = normalizePhone(who.phone.trim()).replaceAll('-', '');
  // Full-width letters (a Chinese input method) are the same address: ｆｏｏ@example.com is foo@example.com.
  const email = withoutInvisible(who.email).normalize('NFKC').trim().toLowerCase();
  return { phone: phone.length >= 7 ? phone : '', email: email.includes('@') ? email : '', account: accountKey(who.socialPlatform, who.socialAccount) };
}

/**
 * The non-empty contact keys, as a case stores them in `contactKeys` for its multi-entry index. A
 * phone key is digits only (a number outside the mainland with its +), an e-mail key has an '@' and an account key its platform's prefix, so
 * they never meet in the one index. A case without an account has the keys it had before accounts.
 */
export function contactIndexKeys(who: CustomerContacts): string[] {
  const { phone, email, account } = normalizedContacts(who);
  return [phone, email, account].filter((key) => key !== '');
}

/**
 * A postal address as it is compared and searched: full-width characters as half-width, lower
 * case, without the spaces and commas people type differently (浙江省杭州市 文三路88号 is
 * 浙江省杭州市文三路88号).
 */
export function compactAddress(address: string): string {
  return address.normalize('NFKC').replace(/[\s,，、]+/gu, '').toLowerCase();
}

/** Channels the desk can also reach the customer back through. */
const TWO_WAY: readonly Channel[] = ['phone', 'email', 'online_chat', 'app', 'social_media'];

/**
 * How to contact the customer about their case, as the callback and contact forms first suggest:
 * the channel they came by when it works both ways, otherwise by phone, by e-mail when that is
 * all the case has, or by letter when only an address is known (a letter, a walk-in or a 12315
 * referral is not answered the same way).
 */
export function contactChannelFor(record: { channel: Channel; phone: string; email: string; address?: string }): Channel {
  if (TWO_WAY.includes(record.channel)) return record.channel;
  if (record.phone !== '') return 'phone';
  if (record.email !== '') return 'email';
  return (record.address ?? '') !== '' ? 'letter' : 'phone';
}
