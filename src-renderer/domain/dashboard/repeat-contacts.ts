/**
 * Each case's customer's previous case (see repeats.ts), kept up to date as
 * cases change instead of recomputed over 100,000 cases after every change.
 * It remembers the fact object it last saw in each slot: the case index puts
 * a new object in a slot when its case changes, so one identity check per
 * slot finds the changes, and only the customers they concern are looked at
 * again — a registration touches one or two small groups.
 */
import { precedes } from '../assist/repeats';
import type { CaseFacts } from './facts';

type Facts = readonly (CaseFacts | undefined)[];
type Groups = Map<string, number[]>;

export interface ContactIndex {
  /** The facts array it follows (the case index makes a new one when it rebuilds: then everything is redone). */
  source: Facts | null;
  seen: (CaseFacts | undefined)[];
  byPhone: Groups;
  byEmail: Groups;
  byAccount: Groups;
  /** Per slot: the previous case by phone, by e-mail, by account, and the latest of them (-1: none). */
  prevPhone: Int32Array;
  prevEmail: Int32Array;
  prevAccount: Int32Array;
  previous: Int32Array;
}

export function createContactIndex(): ContactIndex {
  const empty = new Int32Array(0);
  return {
    source: null,
    seen: [],
    byPhone: new Map(),
    byEmail: new Map(),
    byAccount: new Map(),
    prevPhone: empty,
    prevEmail: empty,
    prevAccount: empty,
    previous: empty,
  };
}

function grown(array: Int32Array, size: number): Int32Array {
  if (array.length >= size) return array;
  const next = new Int32Array(Math.max(size, array.length * 2)).fill(-1);
  next.set(array);
  return next;
}

const sameContact = (a: CaseFacts, b: CaseFacts) =>
  a.phone === b.phone && a.email === b.email && (a.account ?? '') === (b.account ?? '') && a.receivedAt === b.receivedAt && a.no === b.no;

/** Brings the index up to date with `facts` and returns each slot's previous case of the same customer (-1: none). */
export function updateContacts(index: ContactIndex, facts: Facts): Int32Array {
  if (index.source !== facts) Object.assign(index, createContactIndex(), { source: facts });
  index.prevPhone = grown(index.prevPhone, facts.length);
  index.prevEmail = grown(index.prevEmail, facts.length);
  index.prevAccount = grown(index.prevAccount, facts.length);
  index.previous = grown(index.previous, facts.length);
  const touchedPhones = new Set<string>();
  const touchedEmails = new Set<string>();
  const touchedAccounts = new Set<string>();
  // Slots whose previous case may have changed: those that changed, and every member of a group that did.
  const changed = new Set<number>();
  const move = (groups: Groups, touched: Set<string>, from: string, to: string, slot: number) => {
    if (from === to) return;
    if (from !== '') {
      const group = groups.get(from)!;
      group.splice(group.indexOf(slot), 1);
      if (group.length === 0) groups.delete(from);
      touched.add(from);
    }
    if (to !== '') {
      const group = groups.get(to);
      if (group) group.push(slot);
      else groups.set(to, [slot]);
      touched.add(to);
    }
  };
  for (let slot = 0; slot < facts.length; slot += 1) {
    const fact = facts[slot];
    const old = index.seen[slot];
    if (fact === old) continue;
    index.seen[slot] = fact;
    if (fact && old && sameContact(fact, old)) continue;
    changed.add(slot);
    const before = { phone: old?.phone ?? '', email: old?.email ?? '', account: old?.account ?? '' };
    const after = { phone: fact?.phone ?? '', email: fact?.email ?? '', account: fact?.account ?? '' };
    // Removed and added again when the instant or number changed: its place in the order changed.
    if (fact && old && (fact.receivedAt !== old.receivedAt || fact.no !== old.no)) {
      move(index.byPhone, touchedPhones, before.phone, '', slot);
      move(index.byEmail, touchedEmails, before.email, '', slot);
      move(index.byAccount, touchedAccounts, before.account, '', slot);
      before.phone = '';
      before.email = '';
      before.account = '';
    }
    move(index.byPhone, touchedPhones, before.phone, after.phone, slot);
    move(index.byEmail, touchedEmails, before.email, after.email, slot);
    move(index.byAccount, touchedAccounts, before.account, after.account, slot);
  }
  const byReceipt = (a: number, b: number) => (precedes(index.seen[a]!, index.seen[b]!) ? -1 : precedes(index.seen[b]!, index.seen[a]!) ? 1 : 0);
  const relink = (groups: Groups, touched: Set<string>, prev: Int32Array) => {
    for (const key of touched) {
      const group = groups.get(key);
      if (!group) continue;
      group.sort(byReceipt);
      group.forEach((slot, k) => {
        prev[slot] = k === 0 ? -1 : group[k - 1]!;
        changed.add(slot);
      });
    }
  };
  relink(index.byPhone, touchedPhones, index.prevPhone);
  relink(index.byEmail, touchedEmails, index.prevEmail);
  relink(index.byAccount, touchedAccounts, index.prevAccount);
  for (const slot of changed) {
    const fact = index.seen[slot];
    // A slot that lost its phone (or e-mail, or account), or its case, no longer has a previous case by it.
    const phone = fact && fact.phone !== '' ? index.prevPhone[slot]! : -1;
    const email = fact && fact.email !== '' ? index.prevEmail[slot]! : -1;
    const account = fact && fact.account ? index.prevAccount[slot]! : -1;
    index.prevPhone[slot] = phone;
    index.prevEmail[slot] = email;
    index.prevAccount[slot] = account;
    const later = (a: number, b: number) => (a === -1 ? b : b === -1 ? a : precedes(index.seen[a]!, index.seen[b]!) ? b : a);
    index.previous[slot] = later(later(phone, email), account);
  }
  return index.previous;
}
