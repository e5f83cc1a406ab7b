/**
 * 社交/应用账号: a customer's account on a social network or the company's app (platform and
 * the account, handle or user ID as they gave it) as a way to reach them, like a phone or e-mail.
 */
import { z } from 'zod';
import { typedString } from '../common/fields';
import { writtenSource } from '../privacy/redact';
import type { Channel, SocialPlatform } from './vocabulary';
import { SOCIAL_PLATFORMS } from './vocabulary';

export const SOCIAL_ACCOUNT_MAX = 100;

/** Control characters (a pasted line break, a tab, NUL): never part of an account, and they would break the printed form. */
const CONTROL = /\p{Cc}/u;

/**
 * The account as it is compared: full-width characters as half-width (＠张三 is @张三), no spaces,
 * without the leading @ people write before a handle, in lower case. '' when nothing is left.
 */
export function normalizeAccount(account: string): string {
  return account.normalize('NFKC').replace(/\s+/gu, '').replace(/^@+/u, '').toLowerCase();
}

/**
 * The contact key of an account: the platform and the normalised account, `wechat:zhangsan_88`, so
 * the same handle on two platforms is two customers, and @ZhangSan_88 and zhangsan_88 one. Phone
 * keys are digits only and e-mail keys `local@domain`; an account key starts with a platform code
 * and a colon, which no phone has and no real mailbox does. '' when there is no account.
 */
export function accountKey(platform: SocialPlatform | '' | undefined, account: string | undefined): string {
  const handle = normalizeAccount(account ?? '');
  return platform && handle !== '' ? `${platform}:${handle}` : '';
}

/** The handle of an account as people write it: without the leading @, trimmed. */
export const accountHandle = (account: string | undefined): string => account?.trim().replace(/^[@＠]+/u, '') ?? '';

/**
 * Where a text names the account (网友@ZhangSan_88, zhangsan_88 称…, ＺｈａｎｇＳａｎ_88): the handle
 * in any letter case and width, as the key compares accounts, as a whole word (`writtenSource`),
 * with or without an @ before it. A handle under 4 characters is too short to tell from ordinary
 * words without its @: only @李小明 is it. Null when there is no handle. Global, the @ as its first
 * group: use with `replace`, after `mayNameAccount`.
 */
export function writtenAccountPattern(account: string | undefined): RegExp | null {
  const handle = accountHandle(account);
  if (handle === '') return null;
  return new RegExp(`(${[...handle].length < 4 ? '[@＠]' : '[@＠]?'})${writtenSource(handle)}`, 'giu');
}

/**
 * Whether the text may name the account, cheaply: building and running the pattern for every text
 * of 100,000 cases costs five times the index build; most texts do not contain the handle at all.
 */
export function mayNameAccount(text: string, account: string | undefined): boolean {
  const handle = accountHandle(account).normalize('NFKC').toLowerCase();
  return handle !== '' && (text.toLowerCase().includes(handle) || FULL_WIDTH.test(text));
}

/** Full-width letters and digits (ａ-ｚ, Ａ-Ｚ, ０-９): a text holding some may write the handle so (not the full-width comma every Chinese text has). */
const FULL_WIDTH = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/u;

/** Every key an account may be stored under, one per platform: 查找客户 by an account whose platform the caller did not name. */
export function accountKeysOnEveryPlatform(account: string): string[] {
  return SOCIAL_PLATFORMS.map((platform) => accountKey(platform, account)).filter((key) => key !== '');
}

/** 账号平台 as submitted: one of the platforms, or '' for none. */
export const socialPlatformField = () => z.enum([...SOCIAL_PLATFORMS, ''], { error: 'validation.chooseOne' });

/** The account as the customer gave it (trimmed, without invisible characters, otherwise kept as typed), '' for none. */
export const socialAccountField = () =>
  typedString('validation.invalid')
    .max(SOCIAL_ACCOUNT_MAX, { error: 'validation.tooLong' })
    .refine((v) => !CONTROL.test(v), { error: 'validation.socialAccountFormat' })
    .refine((v) => v === '' || normalizeAccount(v) !== '', { error: 'validation.socialAccountFormat' });

/**
 * A platform without an account, or an account without its platform: neither reaches anybody (a
 * handle means nothing without the network it is on). Null when the pair is complete or empty.
 */
export function socialPairIssue(value: { socialPlatform: string; socialAccount: string }): { path: 'socialPlatform' | 'socialAccount'; code: string } | null {
  if (value.socialAccount !== '' && value.socialPlatform === '') return { path: 'socialPlatform', code: 'validation.socialPlatformRequired' };
  if (value.socialPlatform !== '' && value.socialAccount === '') return { path: 'socialAccount', code: 'validation.socialAccountRequired' };
  return null;
}

/** Channels whose customers are often reachable only through their account there: the intake form asks for it first. */
export const ACCOUNT_CHANNELS: readonly Channel[] = ['social_media', 'app', 'online_chat'];
