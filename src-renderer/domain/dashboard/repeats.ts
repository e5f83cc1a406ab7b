/**
 * 重复投诉 on the dashboard: of the cases received in the period, those whose
 * customer (same phone, e-mail or account) had another case received within the repeat
 * window before it — the rule of domain/assist/repeats.ts, which the case
 * page shows case by case. The earlier case may be from any period and any
 * department.
 */
import { precedes, repeatRelation } from '../assist/repeats';
import type { CaseFacts } from './facts';
import type { DashboardQuery } from './figures';

export interface RepeatFigures {
  /** `assist.repeatWindowDays` the figure was counted with. */
  windowDays: number;
  /** Cases received in the period (and departments). */
  received: number;
  /** … of which repeats. */
  repeated: number;
  /** repeated / received; null when nothing was received. */
  rate: number | null;
}

type Facts = readonly (CaseFacts | undefined)[];

const order = (facts: Facts) => (a: number, b: number) => (precedes(facts[a]!, facts[b]!) ? -1 : precedes(facts[b]!, facts[a]!) ? 1 : 0);

/**
 * For each slot of `facts`, the slot of the same customer's latest earlier
 * case (by phone, e-mail or account), -1 when there is none. Only the latest
 * matters: if any earlier case lies within the window, that one does.
 * Computed from scratch: the statement the store host's kept index
 * (repeat-contacts.ts) is tested against.
 */
export function previousContacts(facts: Facts): Int32Array {
  const previous = new Int32Array(facts.length).fill(-1);
  // Most customers have one case: a slot number until a second case shows up, then a list. One map per kind
  // of contact, keyed by the stored strings themselves (their hashes are kept, no new key strings are made).
  const byPhone = new Map<string, number | number[]>();
  const byEmail = new Map<string, number | number[]>();
  const byAccount = new Map<string, number | number[]>();
  const add = (groups: Map<string, number | number[]>, key: string, slot: number) => {
    const found = groups.get(key);
    if (found === undefined) groups.set(key, slot);
    else if (typeof found === 'number') groups.set(key, [found, slot]);
    else found.push(slot);
  };
  for (let slot = 0; slot < facts.length; slot += 1) {
    const fact = facts[slot];
    if (!fact) continue;
    if (fact.phone !== '') add(byPhone, fact.phone, slot);
    if (fact.email !== '') add(byEmail, fact.email, slot);
    if (fact.account) add(byAccount, fact.account, slot);
  }
  const byReceipt = order(facts);
  for (const groups of [byPhone, byEmail, byAccount]) {
    for (const group of groups.values()) {
      if (typeof group === 'number') continue;
      group.sort(byReceipt);
      for (let k = 1; k < group.length; k += 1) {
        const slot = group[k]!;
        const candidate = group[k - 1]!;
        const known = previous[slot]!;
        // Phone, e-mail and account may each know an earlier case: keep the latest.
        if (known === -1 || precedes(facts[known]!, facts[candidate]!)) previous[slot] = candidate;
      }
    }
  }
  return previous;
}

/** The repeat figure of a period and departments; `previous` is `previousContacts` of the same `facts`. */
export function repeatFigures(facts: Facts, previous: Int32Array, query: DashboardQuery, windowDays: number): RepeatFigures {
  const { from, to } = query.period;
  const wanted = query.departments.length > 0 ? new Set(query.departments) : null;
  let received = 0;
  let repeated = 0;
  for (let slot = 0; slot < facts.length; slot += 1) {
    const fact = facts[slot];
    if (fact === undefined || fact.receivedAt < from || fact.receivedAt >= to) continue;
    if (wanted !== null && !wanted.has(fact.department)) continue;
    received += 1;
    const earlier = previous[slot]!;
    if (earlier >= 0 && repeatRelation(facts[earlier]!, fact, windowDays) === 'earlier') repeated += 1;
  }
  return { windowDays, received, repeated, rate: received === 0 ? null : repeated / received };
}
