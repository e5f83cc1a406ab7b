/**
 * Redaction of personal identifiers inside free text, for anonymisation: what a
 * customer may have typed or an agent noted in a description, a note or a comment.
 * Over-redacting an order number that looks like a phone number is accepted: the
 * text outlives the person's consent, a stray number does not matter to statistics.
 */

export const REDACTED = '***';

/** What a piece of a free text identifies a person by. */
export type IdentifierKind = 'email' | 'idNumber' | 'phone';

// Order matters: an e-mail may hold digits, and an ID number holds an 11-digit run that looks like a mobile.
const PATTERNS: ReadonlyArray<readonly [IdentifierKind, RegExp]> = [
  // E-mail addresses.
  ['email', /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g],
  // 18-digit resident ID numbers (the last character may be X).
  ['idNumber', /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g],
  // Mobile numbers, also written +86 138 1234 5678 or 138-1234-5678.
  ['phone', /(?<!\d)(?:(?:\+|00)?86[-\s]?)?1[3-9]\d(?:[-\s]?\d{4}){2}(?!\d)/g],
  // Landlines with area code, optionally bracketed and with an extension.
  ['phone', /(?<!\d)(?:\(0\d{2,3}\)|（0\d{2,3}）|0\d{2,3})[-\s]?\d{7,8}(?:-\d{1,6})?(?!\d)/g],
  // 400 / 800 service numbers.
  ['phone', /(?<!\d)[48]00[-\s]?\d{3}[-\s]?\d{4}(?!\d)/g],
];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Each identifier holds an '@' or a run of three digits: most texts are passed over with one test. */
const MAYBE = /@|\d{3}/;

/** The text with every phone number, e-mail address and ID number in it replaced by what `replace` makes of it. */
export function replaceIdentifiers(text: string, replace: (found: string, kind: IdentifierKind) => string): string {
  if (!MAYBE.test(text)) return text;
  let result = text;
  for (const [kind, pattern] of PATTERNS) result = result.replace(pattern, (found) => replace(found, kind));
  return result;
}

/** Every phone number, e-mail address and ID number written in the text, as written. */
export function identifiersIn(text: string): Array<{ kind: IdentifierKind; text: string }> {
  const found: Array<{ kind: IdentifierKind; text: string }> = [];
  replaceIdentifiers(text, (match, kind) => {
    found.push({ kind, text: match });
    return REDACTED;
  });
  return found;
}

/**
 * The text with every phone number, e-mail address and ID number replaced by `***`, and every
 * occurrence of the `known` values (the customer's name, their order number…) as well.
 */
export function redactText(text: string, known: readonly string[] = []): string {
  let result = text;
  for (const value of known) if (value.trim().length >= 2) result = result.replace(new RegExp(escapeRegExp(value.trim()), 'g'), REDACTED);
  return replaceIdentifiers(result, () => REDACTED);
}
