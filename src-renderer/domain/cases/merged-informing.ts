/**
 * 已告知处理结果: telling the customer of a merged case the result of the case that handled it. The
 * primary's callback tells its own customer; a merged case's customer who is someone else (no
 * phone, e-mail, account or postal address in common) must be told on their own, for the primary's
 * current handling, before it closes as satisfied (store/services/feedback). The links themselves
 * are in links.ts.
 */
import { sameCustomer } from '../assist/repeats';
import type { CaseRecord } from './case';
import { compactAddress } from './contact';
import { mergedCasesOf, type InformOutcome, type MergedCase, type MergedInforming } from './links';

/** The primary case with the telling of a merged case's customer recorded, for its current handling (a later record replaces the earlier). */
export function withInforming(primary: CaseRecord, mergedId: string, informing: Omit<MergedInforming, 'reopenCount' | 'ending'>): CaseRecord {
  const informed: MergedInforming = { ...informing, reopenCount: primary.reopenCount, ...(resultKnown(primary) ? {} : { ending: true as const }) };
  return { ...primary, mergedCases: mergedCasesOf(primary).map((merged) => (merged.id === mergedId ? { ...merged, informed } : merged)) };
}

/** Whether the primary's result is known: handed over for the callback (待回访) or closed. */
export const resultKnown = (primary: Pick<CaseRecord, 'status'>): boolean => primary.status === 'feedback' || primary.status === 'closed';

/**
 * The telling that still holds: recorded for the primary's current handling, not before a reopen or
 * a quality return; one told before the result (`ending`) holds until the primary reaches a result
 * after all — then that result is owed.
 */
export function currentInforming(primary: Pick<CaseRecord, 'reopenCount' | 'status'>, merged: MergedCase): MergedInforming | undefined {
  const told = merged.informed;
  return told?.reopenCount === primary.reopenCount && !(told.ending && resultKnown(primary)) ? told : undefined;
}

/** What the customer heard before, no longer the result: told before a reopen, or by the case it was first merged into. */
export function earlierInforming(primary: Pick<CaseRecord, 'reopenCount' | 'status'>, merged: MergedCase): MergedInforming | undefined {
  return currentInforming(primary, merged) ? undefined : (merged.informed ?? merged.via?.informed);
}


type Customer = Pick<CaseRecord, 'phone' | 'email' | 'socialPlatform' | 'socialAccount' | 'address'>;

/**
 * Whether two cases are one customer's: a phone, an e-mail or an account in common (as the repeat
 * check finds them), or the same postal address for customers reached only by letter. The
 * primary's callback tells that customer the result; anybody else must be told on their own.
 */
export function isSameCustomer(a: Customer, b: Customer): boolean {
  if (sameCustomer(a, b)) return true;
  const [x, y] = [compactAddress(a.address ?? ''), compactAddress(b.address ?? '')];
  return x !== '' && x === y;
}

/** A merged case as the rule needs it: its customer, and whether that customer's data is gone. */
export type MergedCustomer = Customer & Pick<CaseRecord, 'id' | 'anonymisedAt'>;
type Primary = Customer & Pick<CaseRecord, 'reopenCount' | 'anonymisedAt' | 'status'>;

/**
 * Whether the merged case's customer is the primary's own: compared now, or — the primary
 * anonymised — as compared then (`sameCustomer`); unknown (null) for a primary anonymised before
 * that was recorded.
 */
function primaryCustomer(primary: Primary, entry: Pick<MergedCase, 'sameCustomer'> | undefined, merged: MergedCustomer): boolean | null {
  if (primary.anonymisedAt === undefined) return isSameCustomer(primary, merged);
  return entry?.sameCustomer ?? null;
}

/**
 * Whether the customer of a merged case must be told the result on their own: another customer
 * than the primary's, whose data is still there to reach them by. The primary anonymised, that is
 * as it was compared then: their data is on the merged case, and the telling can still be recorded.
 */
export function mustInform(primary: Primary, entry: Pick<MergedCase, 'sameCustomer'> | undefined, merged: MergedCustomer): boolean {
  return merged.anonymisedAt === undefined && primaryCustomer(primary, entry, merged) === false;
}

/**
 * The primary, about to be anonymised, with each merged case marked as its own customer's or
 * another's (`sameCustomer`): after that its customer cannot be compared. `records`: the merged cases.
 */
export function withCustomersCompared(primary: CaseRecord, records: ReadonlyArray<MergedCustomer | undefined>): CaseRecord {
  if (primary.mergedCases === undefined) return primary;
  const byId = new Map(records.filter((r): r is MergedCustomer => r !== undefined).map((r) => [r.id, r]));
  return {
    ...primary,
    mergedCases: primary.mergedCases.map((merged) => {
      const record = byId.get(merged.id);
      return record ? { ...merged, sameCustomer: isSameCustomer(primary, record) } : merged;
    }),
  };
}

/**
 * Where a merged case's customer stands: told this handling's result (or could not be reached),
 * still waiting for it, the primary's own customer (told at its callback), or nobody to tell —
 * the merged case anonymised (`gone`), or the primary anonymised before that was recorded (`ended`).
 */
export type InformState = InformOutcome | 'waiting' | 'same' | 'gone' | 'ended';

export function informStateOf(primary: Primary, merged: MergedCase, record: MergedCustomer): InformState {
  const told = currentInforming(primary, merged);
  if (told) return told.outcome;
  if (record.anonymisedAt !== undefined) return 'gone';
  const same = primaryCustomer(primary, merged, record);
  if (same === null) return 'ended';
  return same ? 'same' : 'waiting';
}

/**
 * The merged cases whose customers still wait to hear the result: they must be told, and nothing
 * says they were for the current handling (or could not be reached). The primary is not closed,
 * terminated otherwise than into another case, nor redirected before this is empty.
 * `records`: the merged cases as stored (one missing is skipped: it cannot be reached).
 */
export function uninformedMerged(primary: Primary & Pick<CaseRecord, 'mergedCases'>, records: ReadonlyArray<MergedCustomer | undefined>): MergedCase[] {
  const byId = new Map(records.filter((r): r is MergedCustomer => r !== undefined).map((r) => [r.id, r]));
  return mergedCasesOf(primary).filter((merged) => {
    const record = byId.get(merged.id);
    return record !== undefined && informStateOf(primary, merged, record) === 'waiting';
  });
}
