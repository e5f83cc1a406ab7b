/**
 * 此前的处理方案: a re-handling (the customer not satisfied, a quality return) gets a new plan. The
 * approved plan it replaces is what the customer was promised the first time — the measures and
 * the compensation — so it is kept on the case, oldest first, for the case page, the plan form
 * and whoever takes the customer's next call.
 */
import type { CaseRecord, PlanRecord } from '../cases/case';

/** Every approved plan a re-handling replaced, oldest first. */
export function earlierPlansOf(record: Pick<CaseRecord, 'earlierPlans'>): PlanRecord[] {
  return record.earlierPlans ?? [];
}

/**
 * The earlier plans once `current.plan` is replaced by a new submission: with it when it had been
 * approved (a new round), unchanged when it was still waiting (a resubmission after a return,
 * which keeps its returns and opinions on the new plan instead).
 */
export function plansKept(current: Pick<CaseRecord, 'plan' | 'earlierPlans'>): Pick<CaseRecord, 'earlierPlans'> {
  const replaced = current.plan;
  if (!replaced || replaced.approvedAt === null) return current.earlierPlans ? { earlierPlans: current.earlierPlans } : {};
  return { earlierPlans: [...earlierPlansOf(current), replaced] };
}
