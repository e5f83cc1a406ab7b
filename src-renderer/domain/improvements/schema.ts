import { z } from 'zod';
import { LATEST_INSTANT, id, optionalText, requiredText } from '../common/fields';
import type { Person } from '../cases/case';

/**
 * One check of an improvement's effect. A verdict of 无效 sends the measure back
 * to 进行中 for a new round, so a measure may have several; each keeps the action
 * and due date it judged, which the next round replaces.
 */
export interface ImprovementVerification {
  at: number;
  by: Person;
  effective: boolean;
  note: string;
  action: string;
  dueAt: number;
}

/**
 * 整改措施: a root cause and its corrective action, linked to cases, checked for effect later.
 * `status`, `effective`, `verificationNote`, `verifiedAt` and `verifiedBy` describe the round
 * under way (open and unjudged until it is verified effective); `verifications` keeps every
 * verdict. Records saved before it existed have none: read them through `currentImprovement`.
 */
export interface ImprovementRecord {
  id: string;
  title: string;
  rootCause: string;
  action: string;
  owner: Person;
  dueAt: number;
  caseIds: string[];
  status: 'open' | 'verified';
  effective: boolean | null;
  verificationNote: string;
  createdAt: number;
  updatedAt: number;
  verifiedAt: number | null;
  verifiedBy: Person | null;
  /** Every verdict, oldest first; absent on records saved before a measure could be verified twice. */
  verifications?: ImprovementVerification[];
  /**
   * Set when a linked case's anonymisation found its customer quoted in the measure's texts: the
   * events of its audit chain up to this one (`n`) are shown with their texts withheld
   * (domain/improvements/anonymise.ts). Absent while no quote was found.
   */
  textsWithheldThrough?: number;
}

export const SaveImprovementInput = z.object({
  id: id().optional(),
  title: requiredText(200),
  rootCause: requiredText(4000),
  action: requiredText(4000),
  ownerId: id(),
  dueAt: z.number({ error: 'validation.required' }).int().min(Date.UTC(2000, 0, 1), { error: 'validation.invalid' }).max(LATEST_INSTANT, { error: 'validation.invalid' }),
  caseIds: z.array(id()).min(1, { error: 'validation.casesRequired' }).max(500),
});

export const VerifyImprovementInput = z.object({
  id: id(),
  effective: z.boolean({ error: 'validation.chooseOne' }),
  note: optionalText(4000),
  /**
   * The round the user judged (1, then one more after each 无效), as the page showed it: a verdict
   * given meanwhile in another window moved the measure on, and this one is refused.
   */
  round: z.number().int().min(1).max(10_000).optional(),
  /** The measure's `updatedAt` as the page showed it: an edit made meanwhile elsewhere refuses the verdict. */
  base: z.number().int().min(0).optional(),
});

/** The round a measure is in: 1, and one more for each verdict of 无效 so far. */
export function roundOf(record: Pick<ImprovementRecord, 'verifications'>): number {
  return (record.verifications?.length ?? 0) + 1;
}
