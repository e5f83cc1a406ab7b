/**
 * Local passwords: a policy, and PBKDF2-SHA-256 through WebCrypto (a slow KDF
 * available in the store host window, the worker and Node alike).
 */
import type { FieldError } from '../common/errors';

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 200;
export const PBKDF2_ITERATIONS = 210_000;

export interface PasswordHash {
  algorithm: 'PBKDF2-SHA-256';
  iterations: number;
  salt: string;
  hash: string;
}

/** The i18n code of the first broken rule, or null when the password is acceptable. */
export function passwordProblem(password: string, username = ''): string | null {
  // Spaces do not count: eight spaces and "1a" is two characters of password.
  if (password.replace(/\s/gu, '').length < PASSWORD_MIN_LENGTH) return 'validation.passwordTooShort';
  if (password.length > PASSWORD_MAX_LENGTH) return 'validation.tooLong';
  // A Chinese input method in full-width mode types ＡＢＣ１２３: letters and digits all the same.
  if (!/[A-Za-z\uff21-\uff3a\uff41-\uff5a]/.test(password) || !/[\d\uff10-\uff19]/.test(password)) return 'validation.passwordLettersDigits';
  if (username && password.toLowerCase().includes(username.toLowerCase())) return 'validation.passwordContainsName';
  return null;
}

/** The problem of a password typed into `field` as a form and the store host state it (an empty one is required), with the figures its message names. */
export function passwordFieldError(field: string, password: string | undefined, username = ''): FieldError | null {
  const code = password === undefined || password === '' ? 'validation.required' : passwordProblem(password, username);
  if (code === null) return null;
  return code === 'validation.tooLong' ? { field, code, params: { max: PASSWORD_MAX_LENGTH } } : { field, code };
}

const toHex = (bytes: ArrayBuffer | Uint8Array) =>
  [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
const fromHex = (hex: string) => new Uint8Array((hex.match(/../g) ?? []).map((h) => parseInt(h, 16)));

async function derive(password: string, salt: Uint8Array, iterations: number): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as Uint8Array<ArrayBuffer>, iterations }, key, 256);
  return toHex(bits);
}

export async function hashPassword(password: string, iterations = PBKDF2_ITERATIONS): Promise<PasswordHash> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return { algorithm: 'PBKDF2-SHA-256', iterations, salt: toHex(salt), hash: await derive(password, salt, iterations) };
}

export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
  const candidate = await derive(password, fromHex(stored.salt), stored.iterations);
  // Constant-time comparison of equal-length hex strings.
  let diff = candidate.length ^ stored.hash.length;
  for (let i = 0; i < Math.min(candidate.length, stored.hash.length); i += 1) {
    diff |= candidate.charCodeAt(i) ^ stored.hash.charCodeAt(i);
  }
  return diff === 0;
}

/** Sign-in lock-out: after this many failures in a row the account waits LOCKOUT_MS. */
export const MAX_FAILED_SIGN_INS = 5;
export const LOCKOUT_MS = 15 * 60_000;
/**
 * From this many tries left, a wrong password at sign-in says how many remain before the lock-out.
 * Not from the first: a single typo needs no warning, and until then a known user name is refused
 * exactly like an unknown one.
 */
export const SIGN_IN_WARN_LEFT = 3;
