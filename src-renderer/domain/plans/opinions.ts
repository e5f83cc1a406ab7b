/**
 * 法务意见: legal may revise its opinion while the plan waits for approval. The opinion the
 * approver reads is the current one; the ones it replaced stay on the plan, as its returns do,
 * so the record shows what legal said before and when it changed its mind.
 */
import type { LegalOpinion, PlanRecord } from '../cases/case';

/** Every opinion given on the plan before the current one, oldest first. */
export function earlierOpinionsOf(plan: PlanRecord | null | undefined): LegalOpinion[] {
  return plan?.earlierOpinions ?? [];
}

/**
 * The plan with `opinion` as legal's opinion: the first one, or a revision that keeps the one it
 * replaces. The same words again change nothing (no copy of the opinion among the earlier ones).
 */
export function withOpinion(plan: PlanRecord, opinion: LegalOpinion): PlanRecord {
  const current = plan.legalOpinion;
  if (!current) return { ...plan, legalOpinion: opinion };
  if (current.text === opinion.text) return plan;
  return { ...plan, legalOpinion: opinion, earlierOpinions: [...earlierOpinionsOf(plan), current] };
}

/**
 * The opinions a resubmitted plan carries: every one given on the plan it replaces while that was
 * still waiting for approval (sent back, legal had spoken), so a return that says "see legal's
 * opinion" still points at it. Legal gives the new plan its own; a re-handling starts with none.
 */
export function opinionsKept(previous: PlanRecord | null | undefined): LegalOpinion[] {
  if (!previous || previous.approvedAt !== null) return [];
  return previous.legalOpinion ? [...earlierOpinionsOf(previous), previous.legalOpinion] : earlierOpinionsOf(previous);
}
