/**
 * 并入 and 关联: how one case knows of others. A duplicate terminated as such (终止处理, reason
 * `duplicate`) is merged into the case that handles the matter, which keeps a back-reference to it
 * (`mergedCases`) and, once the result is known, a record that the merged case's customer was told
 * it. Cases that are related without being duplicates (several customers hit by one incident, the
 * same order, a follow-up complaint) are linked (`relatedCases`), on both cases alike.
 *
 * A link holds case ids and numbers, the relation and the staff's note — never a customer's name or
 * contacts as fields. The notes may speak of the other case's customer: they are masked with both
 * cases' identifiers, and withheld once that case is anonymised (store/services/cases/link-privacy.ts).
 */
import { z } from 'zod';
import { id, optionalText, requiredText, typedString } from '../common/fields';
import type { CaseRecord, Person } from './case';
import { REDACTED } from '../privacy/redact';
import { CHANNELS, type Channel } from './vocabulary';

/** 关联关系: 同一事件, 同一订单, 后续投诉, 其他. */
export const RELATION_KINDS = ['same_incident', 'same_order', 'follow_up', 'other'] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

/** Told the result, or tried and could not reach them (the note says how often and how). */
export const INFORM_OUTCOMES = ['informed', 'unreachable'] as const;
export type InformOutcome = (typeof INFORM_OUTCOMES)[number];

/** 已告知处理结果: that the customer of a merged case heard the outcome of the case that handled it. */
export interface MergedInforming {
  outcome: InformOutcome;
  /** How they were told (or tried): the callback's channels. */
  channel: Channel;
  note: string;
  at: number;
  by: Person;
  /**
   * The primary's `reopenCount` when it was recorded: which handling's result they heard. A reopen
   * or a quality return after it leaves it stale (`currentInforming`): the new result is owed.
   */
  reopenCount: number;
  /**
   * Recorded before the primary's result was known (before 待回访): what they heard is that the
   * primary is being ended without a result (终止处理, 转办). It holds for that end, not for a
   * result reached later (`currentInforming`). Absent on a telling of the result.
   */
  ending?: true;
}

/** A duplicate merged into this case: which, when, by whom; and whether its customer was told the result. */
export interface MergedCase {
  id: string;
  no: string;
  at: number;
  by: Person;
  /** The latest record of telling its customer the result; absent until there is one. */
  informed?: MergedInforming;
  /**
   * Came with another duplicate: merged into that case first, which was then itself terminated as a
   * duplicate of this one. When it came, and what its customer was told there — that case's
   * result, not this one's, so this case owes them its own.
   */
  via?: { id: string; no: string; at: number; informed?: MergedInforming };
  /**
   * Whether its customer was the primary's own, as compared when the primary was anonymised (its
   * customer cannot be compared after): `mustInform` and `informStateOf` go by it then.
   */
  sameCustomer?: boolean;
}

/** 关联投诉: another case related to this one, how, and why (kept alike on both cases). */
export interface RelatedCase {
  id: string;
  no: string;
  kind: RelationKind;
  note: string;
  at: number;
  by: Person;
}

export const mergedCasesOf = (record: Pick<CaseRecord, 'mergedCases'>): MergedCase[] => record.mergedCases ?? [];
export const relatedCasesOf = (record: Pick<CaseRecord, 'relatedCases'>): RelatedCase[] => record.relatedCases ?? [];

const caseNo = () => typedString('validation.required').toUpperCase().min(1, { error: 'validation.required' }).max(40, { error: 'validation.tooLong' });

export const LinkCasesInput = z
  .object({
    caseId: id(),
    /** The number of the other case, as typed (spaces and letter case aside). */
    otherNo: caseNo(),
    kind: z.enum(RELATION_KINDS, { error: 'validation.chooseOne' }),
    note: optionalText(500),
  })
  .superRefine((value, ctx) => {
    // 其他 says nothing by itself: the note says what ties the two.
    if (value.kind === 'other' && value.note === '') ctx.addIssue({ code: 'custom', path: ['note'], message: 'validation.required' });
  });
export type LinkCasesInput = z.input<typeof LinkCasesInput>;

export const UnlinkCasesInput = z.object({ caseId: id(), otherId: id(), reason: requiredText(500) });
export type UnlinkCasesInput = z.input<typeof UnlinkCasesInput>;

export const InformMergedInput = z
  .object({
    caseId: id(),
    mergedId: id(),
    outcome: z.enum(INFORM_OUTCOMES, { error: 'validation.chooseOne' }),
    channel: z.enum(CHANNELS, { error: 'validation.chooseOne' }),
    note: optionalText(2000),
  })
  .superRefine((value, ctx) => {
    if (value.outcome === 'unreachable' && value.note === '') ctx.addIssue({ code: 'custom', path: ['note'], message: 'validation.required' });
  });
export type InformMergedInput = z.input<typeof InformMergedInput>;

/**
 * Why `current` cannot be linked to `other` (a field code for `otherNo`), or null: not to itself,
 * not twice, and not a duplicate merged into the other (or the other into it): that tie is there already.
 */
export function linkProblem(current: CaseRecord, other: CaseRecord): string | null {
  if (other.id === current.id) return 'links.toItself';
  if (relatedCasesOf(current).some((link) => link.id === other.id)) return 'links.alreadyLinked';
  if (current.termination?.duplicateOf?.id === other.id || other.termination?.duplicateOf?.id === current.id) return 'links.alreadyMerged';
  return null;
}

/** The case with the link to `other` added (newest last). */
export function withLink(record: CaseRecord, other: Pick<CaseRecord, 'id' | 'no'>, link: Omit<RelatedCase, 'id' | 'no'>): CaseRecord {
  return { ...record, relatedCases: [...relatedCasesOf(record), { id: other.id, no: other.no, ...link }] };
}

/** The case without its link to `otherId`; the field goes when it was the last. */
export function withoutLink(record: CaseRecord, otherId: string): CaseRecord {
  const { relatedCases: _links, ...rest } = record;
  const kept = relatedCasesOf(record).filter((link) => link.id !== otherId);
  return kept.length > 0 ? { ...rest, relatedCases: kept } : rest;
}

/**
 * Whether `primary` can take a duplicate in: it still handles its matter — not ended without
 * handling it (两宗互为重复 would leave it to nobody), and its customer's data still there. A closed
 * or archived case takes one: a complaint about a matter already settled is told that result.
 */
export const takesDuplicates = (primary: Pick<CaseRecord, 'status' | 'anonymisedAt'>): boolean =>
  primary.status !== 'terminated' && primary.status !== 'redirected' && primary.anonymisedAt === undefined;

/** A merged case that came here with `via` (merged into it first): its telling there kept as that case's. */
function carried(merged: MergedCase, via: Pick<CaseRecord, 'id' | 'no'>, at: number): MergedCase {
  const { informed, via: earlier, ...rest } = merged;
  const told = informed ?? earlier?.informed;
  return { ...rest, via: { id: via.id, no: via.no, at, ...(told ? { informed: told } : {}) } };
}

/**
 * The primary case with `duplicate` recorded as merged into it (newest last), and with it the
 * cases merged into the duplicate before: the matter, and the customers waiting for its result,
 * all come here.
 */
export function withMerged(primary: CaseRecord, duplicate: Pick<CaseRecord, 'id' | 'no' | 'mergedCases'>, at: number, by: Person): CaseRecord {
  const moved = mergedCasesOf(duplicate).map((merged) => carried(merged, duplicate, at));
  return { ...primary, mergedCases: [...mergedCasesOf(primary), { id: duplicate.id, no: duplicate.no, at, by }, ...moved] };
}

/** The case without the cases merged into it (they went on with it into another case). */
export function withoutMerged(record: CaseRecord): CaseRecord {
  const { mergedCases: _merged, ...rest } = record;
  return rest;
}

/**
 * A case as its customer's own export carries it: without the cases merged into it or related to
 * it — other customers' complaints, and staff's notes about those customers (how they were told,
 * why the cases are related). The customer's own cases are in the export by their own key.
 */
export function withoutOtherCases(record: CaseRecord): CaseRecord {
  const { mergedCases: _merged, relatedCases: _related, ...rest } = record;
  return rest;
}

/** A duplicate pointing at the case that now handles its matter (the one it went into went on into that one). */
export function withDuplicateOf(record: CaseRecord, primary: Pick<CaseRecord, 'id' | 'no'>): CaseRecord {
  return record.termination ? { ...record, termination: { ...record.termination, duplicateOf: { id: primary.id, no: primary.no } } } : record;
}

const withheld = <T extends { note: string }>(value: T): T => (value.note === '' || value.note === REDACTED ? value : { ...value, note: REDACTED });

/**
 * The case with its notes about the customer of case `id` withheld, that case being anonymised: how
 * its customer was told (as a merged case), and the note of the link to it (as a related case).
 * The same record when there is none.
 */
export function withoutNotesAbout(record: CaseRecord, id: string): CaseRecord {
  let changed = false;
  const mergedCases = record.mergedCases?.map((merged) => {
    if (merged.id !== id) return merged;
    const informed = merged.informed && withheld(merged.informed);
    const told = merged.via?.informed && withheld(merged.via.informed);
    if (informed === merged.informed && told === merged.via?.informed) return merged;
    changed = true;
    return { ...merged, ...(informed ? { informed } : {}), ...(merged.via && told ? { via: { ...merged.via, informed: told } } : {}) };
  });
  const relatedCases = record.relatedCases?.map((link) => {
    const next = link.id === id ? withheld(link) : link;
    if (next !== link) changed = true;
    return next;
  });
  return changed ? { ...record, ...(mergedCases ? { mergedCases } : {}), ...(relatedCases ? { relatedCases } : {}) } : record;
}
