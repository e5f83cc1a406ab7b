import { normaliseText } from '../assist/text';
import { mayNameAccount, normalizeAccount, writtenAccountPattern } from '../cases/account';
import { compactAddress, normalizePhone } from '../cases/contact';
import { identifiersIn, replaceIdentifiers } from '../privacy/redact';

/**
 * Chinese-aware search text. A query matches a case when every one of its
 * words occurs somewhere in the case's searchable texts, as a substring of
 * characters: 配送 or 客服态度 is found wherever those characters stand in a
 * row, however a word segmenter would have split the sentence. Full-width
 * forms, letter case and invisible characters (起\u200B诉 with a zero-width space) do not matter.
 */
export const normalizeText = normaliseText;

/**
 * The words of a query, normalized; empty when the query is blank. A phone number, e-mail address
 * or ID number typed against other characters (王先生13511112222) is a word of its own: the case
 * keeps it with the contact details, the rest of the word with the texts.
 */
export function searchTerms(query: string): string[] {
  return replaceIdentifiers(joinSpacedMobiles(normalizeText(query)), (found) => ` ${found} `, { strict: true })
    .split(/\s+/u)
    .filter((term) => term.length > 0);
}

/**
 * Texts anyone may search by, joined so no word is found across two fields. A phone number, an
 * e-mail address, an ID number or the case's own postal address or account written in the
 * description or the customer's name is left out: it is a contact detail, in `contactHaystack`.
 */
export function textHaystack(fields: {
  no: string;
  customerName: string;
  orderNo: string;
  referralNo?: string;
  /** An imported case's number in the old system, which its customer may quote; not once the case is anonymised. */
  externalId?: string;
  anonymisedAt?: number;
  address?: string;
  socialAccount?: string;
  product: string;
  description: string;
}): string {
  const address = fields.address?.trim() ?? '';
  // The account as masking finds it in a text (without its @): a role that sees it masked cannot search by it.
  const account = mayNameAccount(fields.description, fields.socialAccount) ? writtenAccountPattern(fields.socialAccount) : null;
  let written = address.length >= 4 ? fields.description.replaceAll(address, '\n') : fields.description;
  if (account) written = written.replace(account, '\n');
  const description = replaceIdentifiers(written, () => '\n', { strict: true });
  // A number written in the name (王先生13511112222) is a contact detail too.
  const name = replaceIdentifiers(fields.customerName, () => '\n', { strict: true });
  return normalizeText(
    [fields.no, compactCaseNo(fields.no), name, fields.orderNo, fields.referralNo ?? '', fields.anonymisedAt === undefined ? (fields.externalId ?? '') : '', fields.product, description].join('\n'),
  );
}

/**
 * A case number as an agent types it when it is read out over the phone, digits run together:
 * TS-20261206-0003 is also found by TS202612060003 and 202612060003.
 */
function compactCaseNo(no: string): string {
  return no.includes('-') ? no.replaceAll('-', '') : '';
}

/**
 * Contact details, searchable only by roles that may see them: the case's phone, e-mail, postal
 * address and account, and those written in its description or in the customer's name (王先生13511112222). Phone numbers are digits only, as `contactTerm`
 * reads a typed number: 0755-26881234 and 075526881234 both find a landline stored 0755-26881234.
 */
export function contactHaystack(fields: { customerName?: string; phone: string; email: string; address?: string; socialAccount?: string; description: string }): string {
  const digits = (phone: string) => normalizePhone(phone).replaceAll('-', '');
  const written = [...identifiersIn(fields.customerName ?? ''), ...identifiersIn(fields.description)].map(({ kind, text }) => (kind === 'phone' ? digits(text) : text));
  // The address compacted: a search finds 文三路88号 whether it was typed 文三路 88号 or not.
  // The account after an @: zhangsan_88 and @ZhangSan_88 both find it, whichever way it was registered.
  const handle = normalizeAccount(fields.socialAccount ?? '');
  return normalizeText([digits(fields.phone), fields.email, compactAddress(fields.address ?? ''), handle && `@${handle}`, ...written].join('\n'));
}

/**
 * A mobile number pasted as people write it, `+86 177 9153 2659`, `+86 17791532659` or `177 9153 2659`,
 * is one word; so is a country code before any number (`+86 1088886666`).
 */
function joinSpacedMobiles(query: string): string {
  // Only a word of its own (at the start, or after a space): TS-20261206-0086 2659 is two words.
  return query.replace(/(?<=^|\s)((?:\+|00)86)[\s-]+(?=\d)/gu, '$1').replace(/(?<=^|\s)((?:\+|00)?86[\s-]*)?(1[3-9]\d)[\s-]+(\d{4})[\s-]+(\d{4})(?!\d)/gu, (_, code: string | undefined, a: string, b: string, c: string) =>
    `${code ? code.replace(/[\s-]/gu, '') : ''}${a}${b}${c}`,
  );
}

/**
 * Phone numbers are stored without separators and without the country code; a typed `138-0013`
 * still finds them, and so do `+8617791532659`, `0086-177…` and `86-177…` (a landline's
 * `+861012345678` is searched as 01012345678, and `+86 10 8888 6666` as 010, 8888 and 6666).
 */
export function contactTerm(term: string): string {
  if (!/^[\d\-+().]+$/u.test(term)) return term;
  const digits = term.replace(/[-+().]/gu, '');
  const coded = /^(?:\+86|0086|86[-.(])/u.test(term) || /^86(1[3-9]\d{9})$/u.test(digits);
  // After the country code: a mobile as it is, a landline (or the start of one) with its area code's 0.
  const national = coded ? /^(?:0086|86)(\d+)$/u.exec(digits)?.[1] : undefined;
  if (!national) return digits;
  return /^1[3-9]/u.test(national) ? national : `0${national}`;
}

/**
 * Whether every term occurs in the text (or, when given, in the contacts).
 * `contactTerms` are `terms` through `contactTerm`: a scan over many cases
 * passes them prepared once instead of per case.
 */
export function matchesTerms(
  terms: readonly string[],
  text: string,
  contacts: string | null,
  contactTerms?: readonly string[],
): boolean {
  for (const [n, term] of terms.entries()) {
    if (text.includes(term)) continue;
    if (contacts !== null) {
      const contact = contactTerms?.[n] ?? contactTerm(term);
      if (contact.length > 0 && contacts.includes(contact)) continue;
    }
    return false;
  }
  return true;
}
