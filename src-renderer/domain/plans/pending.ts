import type { CaseRecord, Person, PlanRecord } from '../cases/case';

/**
 * The plan waiting for approval (submitted, or sent back to be revised): its 负责人 is given the
 * case when it is approved. Null when none waits (a re-handling's case still holds the plan approved
 * before, until the new one is submitted).
 */
export function pendingPlanOf(record: Pick<CaseRecord, 'status' | 'plan'>): PlanRecord | null {
  const { status, plan } = record;
  return (status === 'planning' || status === 'plan_review') && plan && plan.approvedAt === null ? plan : null;
}

/**
 * The case handed to `to`. A pending plan that named the case's owner as its 负责人 names `to` now,
 * or its approval would give the case back to the owner it was taken from; one that named somebody
 * else still does (the plan's choice, for the approver to see).
 */
export function handedOver(record: CaseRecord, to: Person): CaseRecord {
  const plan = pendingPlanOf(record);
  const carried = plan && plan.owner.id === record.owner?.id ? { plan: { ...plan, owner: to } } : {};
  return { ...record, owner: to, ...carried };
}
