import type { CaseRecord } from '../../../domain/cases/case';
import type { FieldError } from '../../../domain/common/errors';
import { withinQualityReturn } from '../../../domain/feedback/quality-return';
import { FINAL_STATUSES, isPending } from '../../../domain/lifecycle/machine';
import type { StoreContext } from '../../rpc/define';
import { readSettings } from '../../core/settings';

/** How many case numbers a refusal names: enough to find them, few enough to read. */
const NAMED = 3;

/** Every department a case names: its own, its grading's, its plan's, the plan's collaborators and those an open 核实请求 waits on. */
function departmentsOf(record: CaseRecord): Set<string> {
  const { grading, plan } = record;
  const asked = (record.verificationRequests ?? []).filter((request) => request.state === 'open').map((request) => request.department);
  return new Set([record.department, grading?.department, plan?.department, ...(plan?.collaborators ?? []), ...asked].filter((name): name is string => !!name));
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
 * One refusal per department to be removed that cases still counting name (`casesStillCounting`:
 * open, or ended but still owing a 12315 reply or within quality review), with how many and the
 * first few numbers. Their grading and plan can only be submitted with a department on the list, so
 * such a case could no longer be moved on (or come back from quality review) without being given
 * another department first; a rename in place takes them along instead. Cases done with keep the
 * name they ended under and do not hold a department back. The form brings the department's row
 * back on this code (DepartmentsForm), where a rename in place is offered.
 */
export async function casesOfDropped(ctx: StoreContext, dropped: readonly string[]): Promise<FieldError[]> {
  if (dropped.length === 0) return [];
  const named = new Map<string, string[]>(dropped.map((department) => [department, []]));
  for (const record of await casesStillCounting(ctx)) {
    for (const department of departmentsOf(record)) named.get(department)?.push(record.no);
  }
  return [...named]
    .filter(([, nos]) => nos.length > 0)
    .map(([department, nos]) => {
      const sorted = [...nos].sort();
      return { field: 'departments', code: 'validation.departmentHasCases', params: { department, count: sorted.length, nos: sorted.slice(0, NAMED) } };
    });
}
