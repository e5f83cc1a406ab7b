/**
 * Redaction of personal identifiers inside free text, for anonymisation: what a
 * customer may have typed or an agent noted in a description, a note or a comment.
 * Over-redacting an order number that looks like a phone number is accepted: the
 * text outlives the person's consent, a stray number does not matter to statistics.
 */

export const REDACTED = '***';

/** A Latin word's characters, half- or full-width: where a value found in a text must not continue. */
const WORD_CHAR = '[A-Za-z0-9_\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF3F]';
const CLASS_SPECIAL = /[\\^$.*+?()[\]{}|/-]/g;

/**
 * A pattern source for `value` wherever a text writes it: each ASCII character also in its
 * full-width form (a Chinese input method's ＺｈａｎｇＳａｎ), and a value beginning or ending with
 * a Latin letter or digit only as a whole Latin word (Tom is not in Tomorrow; a Chinese character
 * beside it is no part of the word). Use with the `iu` flags, so letter case does not matter either.
 */
export function writtenSource(value: string): string {
  const chars = [...value.normalize('NFKC')];
  const body = chars
    .map((char) => {
      const code = char.codePointAt(0)!;
      const escaped = char.replace(CLASS_SPECIAL, '\\$&');
      return code > 0x20 && code < 0x7f ? `[${escaped}${String.fromCodePoint(code + 0xfee0)}]` : escaped;
    })
    .join('');
  const isWord = (char: string | undefined) => char !== undefined && /[A-Za-z0-9_]/.test(char);
  return `${isWord(chars[0]) ? `(?<!${WORD_CHAR})` : ''}${body}${isWord(chars.at(-1)) ? `(?!${WORD_CHAR})` : ''}`;
}

/** What a piece of a free text identifies a person by. */
export type IdentifierKind = 'email' | 'idNumber' | 'phone';

// Order matters: an e-mail may hold digits, and an ID number holds an 11-digit run that looks like a mobile.
// They run on the text's ASCII form (`asciiForm`): full-width digits and signs from an input method match too.
const PATTERNS: ReadonlyArray<readonly [IdentifierKind, RegExp]> = [
  // E-mail addresses.
  ['email', /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g],
  // 18-digit resident ID numbers (the last character may be X).
  ['idNumber', /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g],
  // Mobile numbers, also written +86 138 1234 5678 or 138-1234-5678.
  ['phone', /(?<!\d)(?:(?:\+|00)?86[-\s]?)?1[3-9]\d(?:[-\s]?\d{4}){2}(?!\d)/g],
  // Landlines with area code, optionally bracketed, the number whole or in two groups (0755-8888-6666), with an
  // extension. Not inside a code of letters and digits (a waybill YT0123456789).
  ['phone', /(?<![0-9A-Za-z])(?:\(0\d{2,3}\)|0\d{2,3})[-\s]?(?:\d{7,8}|\d{3,4}[-\s]\d{4})(?:-\d{1,6})?(?!\d)/g],
  // 400 / 800 service numbers.
  ['phone', /(?<![0-9A-Za-z])[48]00[-\s]?\d{3}[-\s]?\d{4}(?!\d)/g],
  // Numbers outside the mainland, written with + and their country or region code (+852 9123 4567,
  // +1 (555) 123-4567); `findIdentifiers` keeps those of 8 to 15 digits, as E.164 has them.
  ['phone', /(?<![0-9A-Za-z+])\+[1-9]\d{0,3}(?:[-\s]?(?:\(\d{1,4}\)|\d{1,8})){1,5}(?!\d)/g],
];

/** E.164's length, for a number written with a +: 8 to 15 digits. */
const plausible = (kind: IdentifierKind, match: string) => kind !== 'phone' || !match.startsWith('+') || /^\d{8,15}$/.test(match.replace(/\D/g, ''));


/** Full-width digits, letters and signs, and the dashes people type between digit groups, one for one as ASCII. */
const WIDE = /[\uFF01-\uFF5E\u3000\u2010-\u2015\u2212\uFE58\uFE63]/g;
function asciiForm(text: string): string {
  return text.replace(WIDE, (c) => {
    const code = c.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
    return code === 0x3000 ? ' ' : '-';
  });
}

/** Each identifier holds an '@' or a run of three digits: most texts are passed over with one test. */
const MAYBE = /@|\d{3}/;

interface Found {
  start: number;
  end: number;
  kind: IdentifierKind;
}

/**
 * A resident ID number as issued or as mistyped: a region code (its first digit 1–8) and a birth date
 * that exists in its middle (GB 11643). Its check character is not asked for: a number with one
 * wrong digit still shows seventeen right ones, and an 18-digit order number rarely has a date there.
 */
export function isResidentId(id: string): boolean {
  if (id[0] === undefined || id[0] < '1' || id[0] > '8') return false;
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  return year >= 1900 && month >= 1 && month <= 12 && day >= 1 && day <= new Date(year, month, 0).getDate();
}

/**
 * Where the identifiers stand in the text (same offsets in `ascii`), in order, none overlapping.
 * `strict`: an 18-digit number counts as an ID number only when it has an ID number's region and
 * birth date (an order number of 18 digits has not); anonymisation, which had rather redact too much, leaves it off.
 */
function findIdentifiers(ascii: string, strict: boolean): Found[] {
  if (!MAYBE.test(ascii)) return [];
  const found: Found[] = [];
  for (const [kind, pattern] of PATTERNS) {
    for (const match of ascii.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (strict && kind === 'idNumber' && !isResidentId(match[0])) continue;
      if (!plausible(kind, match[0])) continue;
      if (!found.some((f) => start < f.end && end > f.start)) found.push({ start, end, kind });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The text with every phone number, e-mail address and ID number in it replaced by what `replace`
 * makes of it (given in ASCII: １３８… as 138…). The rest of the text stays as written. `strict`
 * (masking and search, which must not hide an order number): only valid ID numbers count.
 */
export function replaceIdentifiers(
  text: string,
  replace: (found: string, kind: IdentifierKind, written: string) => string,
  { strict = false } = {},
): string {
  const ascii = asciiForm(text);
  const found = findIdentifiers(ascii, strict);
  if (found.length === 0) return text;
  let result = '';
  let at = 0;
  for (const { start, end, kind } of found) {
    result += text.slice(at, start) + replace(ascii.slice(start, end), kind, text.slice(start, end));
    at = end;
  }
  return result + text.slice(at);
}

/** Every phone number, e-mail address and valid ID number written in the text, in ASCII (１３８… as 138…). */
export function identifiersIn(text: string): Array<{ kind: IdentifierKind; text: string }> {
  const found: Array<{ kind: IdentifierKind; text: string }> = [];
  replaceIdentifiers(
    text,
    (match, kind) => {
      found.push({ kind, text: match });
      return REDACTED;
    },
    { strict: true },
  );
  return found;
}

/** Each known value written in the text, in any letter case and width, whole Latin words only, as `***`. */
function redactValues(text: string, known: readonly string[]): string {
  let result = text;
  for (const value of known) if (value.trim().length >= 2) result = result.replace(new RegExp(writtenSource(value.trim()), 'giu'), REDACTED);
  return result;
}

/** An identifier as it compares: an e-mail address in lower case, a number by its digits (+86 138-1234-5678 as 13812345678). */
function bareForm(value: string): string {
  const ascii = asciiForm(value).trim().toLowerCase();
  if (ascii.includes('@')) return ascii;
  return ascii.replace(/[^0-9a-z]/g, '').replace(/^(?:00)?86(?=1\d{10}$)/, '');
}

/**
 * The text with only the `known` values of one person replaced by `***`: as they are written, and
 * a phone number, e-mail address or ID number of theirs written otherwise (138 1234 5678, +86…).
 * Other people's numbers, a service hotline, stay: for texts that are about more than that person
 * (an improvement measure linked to many cases), where `redactText` would take too much.
 */
export function redactKnownIn(text: string, known: readonly string[]): string {
  const values = known.filter((value) => value.trim().length >= 2);
  if (values.length === 0) return text;
  const bare = new Set(values.map(bareForm).filter((form) => form !== ''));
  return replaceIdentifiers(redactValues(text, values), (found, _kind, written) => (bare.has(bareForm(found)) ? REDACTED : written));
}

/**
 * The text with every phone number, e-mail address and ID number replaced by `***`, and every
 * occurrence of the `known` values (the customer's name, their order number…) as well.
 */
export function redactText(text: string, known: readonly string[] = []): string {
  // In any letter case and width, whole Latin words only: an e-mail address or an account is the same
  // written ZhangSan, zhangsan or ＺｈａｎｇＳａｎ, and a short name must not eat into other words.
  return replaceIdentifiers(redactValues(text, known), () => REDACTED);
}
