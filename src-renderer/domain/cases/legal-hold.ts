/**
 * 法律保留 (诉讼保全): a case in litigation, under a regulator's investigation or part of an
 * insurance claim must keep its records whole. While a hold stands the case is neither archived
 * nor anonymised, whatever its retention period says. A hold does not lapse by itself: its
 * `until` is when it is expected to end, a date to review it by, and only a release ends it.
 * Every hold stays on the case, oldest first, with its release.
 */
import { z } from 'zod';
import { futureInstant, id, optionalText, requiredText } from '../common/fields';
import type { CaseRecord, Person } from './case';

export const HOLD_KINDS = ['litigation', 'regulator', 'insurance', 'other'] as const;
export type HoldKind = (typeof HOLD_KINDS)[number];

export interface LegalHold {
  kind: HoldKind;
  reason: string;
  /** 案号 / 调查文号 / 理赔号; '' when none was given. */
  reference: string;
  /** When it is expected to end; null when nobody knows. */
  until: number | null;
  placedAt: number;
  placedBy: Person;
  /** Null while the hold stands. */
  released: { note: string; at: number; by: Person } | null;
}

export const placeHoldInput = (now: number) =>
  z.object({
    caseId: id(),
    kind: z.enum(HOLD_KINDS, { error: 'validation.chooseOne' }),
    reason: requiredText(2000),
    reference: optionalText(100),
    until: futureInstant(now).nullable().default(null),
  });
export type PlaceHoldInput = z.input<ReturnType<typeof placeHoldInput>>;

export const ReleaseHoldInput = z.object({ caseId: id(), note: requiredText(2000) });

export function holdsOf(record: Pick<CaseRecord, 'legalHolds'>): LegalHold[] {
  return record.legalHolds ?? [];
}

/** The hold standing on the case, or null. */
export function activeHold(record: Pick<CaseRecord, 'legalHolds'>): LegalHold | null {
  const last = holdsOf(record).at(-1);
  return last && last.released === null ? last : null;
}

export function isHeld(record: Pick<CaseRecord, 'legalHolds'>): boolean {
  return activeHold(record) !== null;
}
