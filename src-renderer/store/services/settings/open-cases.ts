import type { CaseRecord } from '../../../domain/cases/case';
import type { FieldError } from '../../../domain/common/errors';
import { withinQualityReturn } from '../../../domain/feedback/quality-return';
import { FINAL_STATUSES, isPending } from '../../../domain/lifecycle/machine';
import { openRequests } from '../../../domain/verification/requests';
import type { StoreContext } from '../../rpc/define';
import { readSettings } from '../../core/settings';

/** How many case numbers a refusal names: enough to find them, few enough to read. */
const NAMED = 3;

/** Every department a case is handled by: its own, its grading's, its plan's and the plan's collaborators. */
function departmentsOf(record: CaseRecord): Set<string> {
  const { grading, plan } = record;
  return new Set([record.department, grading?.department, plan?.department, ...(plan?.collaborators ?? [])].filter((name): name is string => !!name));
}

/** The departments an open 核实请求 of the case waits on. */
const departmentsAsked = (record: CaseRecord): Set<string> => new Set(openRequests(record).map((request) => request.department));

/** A refusal naming how many cases and the first few of their numbers. */
function heldBy(code: string, department: string, nos: readonly string[]): FieldError {
  const sorted = [...nos].sort();
  return { field: 'departments', code, params: { department, count: sorted.length, nos: sorted.slice(0, NAMED) } };
}

/**
 * The cases a department's name still matters to: every open one, and ended ones while they still
 * count — one owing a 12315 reply, one closed recently enough to be sent back by quality review (it
 * would come back under a name nobody follows). Archived ones are done with.
 */
export async function casesStillCounting(ctx: StoreContext): Promise<CaseRecord[]> {
  const { db } = ctx;
  const { lifecycle } = await readSettings(db);
  const stillCounts = (record: CaseRecord) =>
    isPending(record.status, record.nextDueAt) || (record.status === 'closed' && withinQualityReturn(record.closedAt, ctx.now(), lifecycle.qualityReturnDays));
  const open = await db.cases.where('status').noneOf([...FINAL_STATUSES]).toArray();
  const ended = await db.cases
    .where('[archived+closedAt]')
    .between([0, -Infinity], [0, Infinity])
    .filter((record) => FINAL_STATUSES.includes(record.status) && stillCounts(record))
    .toArray();
  return [...open, ...ended].filter((record) => record.archived !== 1);
}

/**
 * A refusal per department to be removed that cases still counting name (`casesStillCounting`:
 * open, or ended but still owing a 12315 reply or within quality review), with how many and the
 * first few numbers. A case whose only tie to it is an open 核实请求 (it is not handled there, only
 * asked) is named in a refusal of its own, which says so (`verificationRequest.departmentAsked`):
 * told the cases are handled there, whoever removes it would look for them in vain. Their grading and plan can only be submitted with a department on the list, so
 * such a case could no longer be moved on (or come back from quality review) without being given
 * another department first; a rename in place takes them along instead. Cases done with keep the
 * name they ended under and do not hold a department back. The form brings the department's row
 * back on this code (DepartmentsForm), where a rename in place is offered.
 */
export async function casesOfDropped(ctx: StoreContext, dropped: readonly string[]): Promise<FieldError[]> {
  if (dropped.length === 0) return [];
  const handled = new Map<string, string[]>(dropped.map((department) => [department, []]));
  const asked = new Map<string, string[]>(dropped.map((department) => [department, []]));
  for (const record of await casesStillCounting(ctx)) {
    const own = departmentsOf(record);
    for (const department of own) handled.get(department)?.push(record.no);
    for (const department of departmentsAsked(record)) if (!own.has(department)) asked.get(department)?.push(record.no);
  }
  return dropped.flatMap((department) => {
    const cases = handled.get(department)!;
    const requests = asked.get(department)!;
    return [
      ...(cases.length > 0 ? [heldBy('validation.departmentHasCases', department, cases)] : []),
      ...(requests.length > 0 ? [heldBy('verificationRequest.departmentAsked', department, requests)] : []),
    ];
  });
}
