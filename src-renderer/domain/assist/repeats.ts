/**
 * Repeat complainants (重复投诉): the same customer — same normalised phone,
 * same e-mail or same account — complaining again within a window. The window is a duration
 * (whole days of 24 h), not calendar days: a complaint received exactly
 * `windowDays` days before another still counts, one a millisecond earlier
 * does not.
 */
import { normalizedContacts, type CustomerContacts } from '../cases/contact';

export const DAY_MS = 86_400_000;

/** True when the two sets of contacts share a phone, an e-mail or an account on one platform (empty ones never match). */
export function sameCustomer(a: CustomerContacts, b: CustomerContacts): boolean {
  const x = normalizedContacts(a);
  const y = normalizedContacts(b);
  return (x.phone !== '' && x.phone === y.phone) || (x.email !== '' && x.email === y.email) || (x.account !== '' && x.account === y.account);
}

/** The instants [from, to) whose complaints make one received at `before` a repeat. */
export function repeatWindow(before: number, windowDays: number): { from: number; to: number } {
  return { from: before - windowDays * DAY_MS, to: before };
}

/** True when a complaint received at `receivedAt` lies in the window before `before`. */
export function isWithinWindowBefore(receivedAt: number, before: number, windowDays: number): boolean {
  const { from, to } = repeatWindow(before, windowDays);
  return receivedAt >= from && receivedAt < to;
}

/**
 * True when a complaint received at `receivedAt` lies in the window that ends
 * now (inclusive: the intake hint also counts one received this very instant).
 */
export function isWithinLastDays(receivedAt: number, now: number, windowDays: number): boolean {
  return receivedAt >= now - windowDays * DAY_MS && receivedAt <= now;
}

/** A case as the window logic sees it: when it was received and its number (which breaks ties of the same instant). */
export interface Received {
  id: string;
  no: string;
  receivedAt: number;
}

/** Strict order of complaints: by instant received, then by number (numbers are given in registration order). */
export function precedes(a: Received, b: Received): boolean {
  return a.receivedAt < b.receivedAt || (a.receivedAt === b.receivedAt && a.no < b.no);
}

/**
 * Where `other` stands to `pivot` (both of one customer): `earlier` when it
 * makes the pivot a repeat, `later` when the pivot makes it one, null when
 * the two are further apart than the window (or are the same case).
 */
export function repeatRelation(other: Received, pivot: Received, windowDays: number): 'earlier' | 'later' | null {
  if (other.id === pivot.id) return null;
  const span = windowDays * DAY_MS;
  if (precedes(other, pivot)) return pivot.receivedAt - other.receivedAt <= span ? 'earlier' : null;
  return other.receivedAt - pivot.receivedAt <= span ? 'later' : null;
}

/** The other cases of the pivot's customer split by `repeatRelation`, each list newest first. */
export function splitRepeats<T extends Received>(others: readonly T[], pivot: Received, windowDays: number): { earlier: T[]; later: T[] } {
  const earlier: T[] = [];
  const later: T[] = [];
  for (const other of others) {
    const relation = repeatRelation(other, pivot, windowDays);
    if (relation === 'earlier') earlier.push(other);
    else if (relation === 'later') later.push(other);
  }
  const newestFirst = (a: T, b: T) => (precedes(a, b) ? 1 : precedes(b, a) ? -1 : 0);
  return { earlier: earlier.sort(newestFirst), later: later.sort(newestFirst) };
}
