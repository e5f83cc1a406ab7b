import { describe, expect, it } from 'vitest';
import {
  hashPassword,
  LOCKOUT_MS,
  MAX_FAILED_SIGN_INS,
  PASSWORD_MIN_LENGTH,
  PBKDF2_ITERATIONS,
  passwordFieldError,
  passwordProblem,
  verifyPassword,
} from '../../../../../src-renderer/domain/users/password';

// Few iterations keep the tests fast; the iteration count is stored with each hash.
const FAST = 1000;

describe('passwordProblem', () => {
  it.each([
    ['Desk2026ok', '', null],
    ['abcdefg1', 'zhang', null],
    ['12345678a', '', null],
    ['Desk26', '', 'validation.passwordTooShort'],
    ['abc1234', '', 'validation.passwordTooShort'],
    ['', '', 'validation.passwordTooShort'],
    ['        1a', '', 'validation.passwordTooShort'],
    ['Desk 26 k', '', 'validation.passwordTooShort'],
    ['Desk 2026 ok', '', null],
    ['abcdefgh', '', 'validation.passwordLettersDigits'],
    ['12345678', '', 'validation.passwordLettersDigits'],
    ['密码密码密码12', '', 'validation.passwordLettersDigits'],
    // Typed in a Chinese input method's full-width mode.
    ['ＡＢＣｄｅｆ１２３', '', null],
    ['ＡＢＣｄｅｆｇｈ', '', 'validation.passwordLettersDigits'],
    ['zhang2026x', 'zhang', 'validation.passwordContainsName'],
    ['ZHANG2026x', 'zhang', 'validation.passwordContainsName'],
    ['x1Wang.Lizz', 'wang.li', 'validation.passwordContainsName'],
    [`a1${'x'.repeat(199)}`, '', 'validation.tooLong'],
  ])('%j (user %j) → %s', (password, username, expected) => {
    expect(passwordProblem(password, username)).toBe(expected);
  });

  it('accepts exactly the minimum length and 200 characters', () => {
    expect(PASSWORD_MIN_LENGTH).toBe(8);
    expect(passwordProblem('abcdef12')).toBeNull();
    expect(passwordProblem(`a1${'x'.repeat(198)}`)).toBeNull();
  });
});

describe('passwordFieldError', () => {
  it('names the limit a password over it breaks, so the message can say it', () => {
    expect(passwordFieldError('next', `a1${'x'.repeat(199)}`)).toEqual({ field: 'next', code: 'validation.tooLong', params: { max: 200 } });
    expect(passwordFieldError('password', '')).toEqual({ field: 'password', code: 'validation.required' });
    expect(passwordFieldError('password', 'Desk2026ok')).toBeNull();
  });
});

describe('hashPassword / verifyPassword', () => {
  it('verifies the password it hashed and nothing else', async () => {
    const stored = await hashPassword('Desk2026ok', FAST);
    expect(await verifyPassword('Desk2026ok', stored)).toBe(true);
    expect(await verifyPassword('desk2026ok', stored)).toBe(false);
    expect(await verifyPassword('Desk2026ok ', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('stores the algorithm, the iterations, a 16-byte salt and a 32-byte hash as hex, never the password', async () => {
    const stored = await hashPassword('Desk2026ok', FAST);
    expect(stored).toEqual({ algorithm: 'PBKDF2-SHA-256', iterations: FAST, salt: expect.stringMatching(/^[0-9a-f]{32}$/), hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(JSON.stringify(stored)).not.toContain('Desk2026ok');
  });

  it('salts every hash: the same password hashes differently each time', async () => {
    const [a, b] = await Promise.all([hashPassword('Desk2026ok', FAST), hashPassword('Desk2026ok', FAST)]);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
    expect(await verifyPassword('Desk2026ok', b)).toBe(true);
  });

  it('uses the stored iteration count, so old hashes still verify after the default changes', async () => {
    const stored = await hashPassword('Desk2026ok', 2000);
    expect(await verifyPassword('Desk2026ok', stored)).toBe(true);
    expect(await verifyPassword('Desk2026ok', { ...stored, iterations: 1999 })).toBe(false);
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(210_000);
  });

  it('refuses a stored hash that was tampered with, truncated or extended', async () => {
    const stored = await hashPassword('Desk2026ok', FAST);
    const flipped = (stored.hash[0] === 'a' ? 'b' : 'a') + stored.hash.slice(1);
    expect(await verifyPassword('Desk2026ok', { ...stored, hash: flipped })).toBe(false);
    expect(await verifyPassword('Desk2026ok', { ...stored, hash: stored.hash.slice(0, 63) })).toBe(false);
    expect(await verifyPassword('Desk2026ok', { ...stored, hash: `${stored.hash}0` })).toBe(false);
    expect(await verifyPassword('Desk2026ok', { ...stored, hash: '' })).toBe(false);
    expect(await verifyPassword('Desk2026ok', { ...stored, salt: stored.salt.replace(/^./, (c) => (c === '0' ? '1' : '0')) })).toBe(false);
  });

  it('locks an account for 15 minutes after 5 failures', () => {
    expect(MAX_FAILED_SIGN_INS).toBe(5);
    expect(LOCKOUT_MS).toBe(15 * 60_000);
  });
});
