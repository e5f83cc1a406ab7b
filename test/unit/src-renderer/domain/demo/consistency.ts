/**
 * What a case written by the real commands always satisfies: its records,
 * clocks, owner and flags agree with its status. Returns the broken rules.
 */
import type { CaseRecord } from '../../../../../src-renderer/domain/cases/case';
import { caseDayKey, CASE_NUMBER_PATTERN } from '../../../../../src-renderer/domain/cases/case-number';
import { isValidEmail, isValidPhone } from '../../../../../src-renderer/domain/cases/contact';
import { withDerivedFields } from '../../../../../src-renderer/domain/cases/derived';
import { compensationUnconfirmed } from '../../../../../src-renderer/domain/plans/compensation';
import { SURVEY_DIMENSIONS } from '../../../../../src-renderer/domain/cases/vocabulary';
import { CLOCK_KINDS, type ClockKind } from '../../../../../src-renderer/domain/clocks/clock';
import type { CaseStatus } from '../../../../../src-renderer/domain/lifecycle/machine';
import type { Settings } from '../../../../../src-renderer/domain/settings/settings';

const DAY = 86_400_000;
type Want = 'running' | 'paused' | 'open' | 'done' | 'done?';

const DONE = { response: 'done', verification: 'done', grading: 'done' } as const;
/** The clocks each status has, in which state; `done?` may be missing (before the first plan approval). */
const CLOCKS: Record<CaseStatus, Partial<Record<ClockKind, Want>>> = {
  registered: { response: 'running' },
  awaiting_info: { response: 'paused' },
  redirected: { response: 'done' },
  verifying: { response: 'done', verification: 'running' },
  grading: { response: 'done', verification: 'done', grading: 'running' },
  grading_review: { response: 'done', verification: 'done', grading: 'running' },
  // A case handled again keeps the resolution and callback clocks of the handling before.
  planning: { ...DONE, planApproval: 'running', resolution: 'done?', callback: 'done?' },
  plan_review: { ...DONE, planApproval: 'running', resolution: 'done?', callback: 'done?' },
  executing: { ...DONE, planApproval: 'done', resolution: 'open', callback: 'done?' },
  feedback: { ...DONE, planApproval: 'done', resolution: 'done', callback: 'running' },
  closed: { ...DONE, planApproval: 'done', resolution: 'done', callback: 'done' },
  // The demo terminates no case.
  terminated: {},
};
const BEFORE_VERIFIED: CaseStatus[] = ['registered', 'awaiting_info', 'redirected', 'verifying'];
const BEFORE_GRADED: CaseStatus[] = [...BEFORE_VERIFIED, 'grading', 'grading_review'];
const PLAN_APPROVED: CaseStatus[] = ['executing', 'feedback', 'closed'];

export function caseProblems(c: CaseRecord, now: number, settings: Settings): string[] {
  const out: string[] = [];
  const check = (ok: boolean, rule: string) => ok || out.push(`${c.no} (${c.status}): ${rule}`);

  for (const kind of CLOCK_KINDS) {
    const want = CLOCKS[c.status][kind];
    const clock = c.clocks[kind];
    if (!want) {
      check(!clock, `no ${kind} clock`);
      continue;
    }
    if (!clock) {
      check(want === 'done?' && c.reopenCount === 0, `a ${kind} clock`);
      continue;
    }
    const done = clock.state === 'met' || clock.state === 'missed';
    const ok = { running: clock.state === 'running', paused: clock.state === 'paused', open: !done, done, 'done?': done }[want];
    check(ok, `${kind} clock ${want}, is ${clock.state}`);
    // Extended once overdue, a clock ends missed whatever the new deadline (`overdueSince`).
    if (done) check((clock.state === 'met') === (clock.consumedMs <= clock.budgetMs && clock.overdueSince === undefined), `${kind} met iff within budget`);
    if (clock.state === 'running') check(clock.runningSince !== null && clock.runningSince <= now, `${kind} running since`);
    if (clock.state === 'paused') check(clock.pauses.at(-1)?.to === null && clock.pauses.at(-1)!.reason !== '', `${kind} paused with a reason`);
  }
  check(c.reopenCount > 0 || !(c.status === 'planning' || c.status === 'plan_review') || !c.clocks.resolution, 'no resolution before the first plan');

  const screening = c.screening?.decision;
  const wantScreening = { registered: [undefined, 'awaiting_info'], awaiting_info: ['awaiting_info'], redirected: ['redirected'] }[c.status as string] ?? ['accepted'];
  check(wantScreening.includes(screening), `screening ${screening}`);
  check(BEFORE_VERIFIED.includes(c.status) === (c.verification === null), 'verification record');

  const g = c.grading;
  for (const note of g?.returns ?? []) check(note.at >= c.receivedAt && note.at <= now && note.reason !== '', 'a return after receipt, with a reason');
  if (g && g.returnReason !== '') check(g.returns?.at(-1)?.reason === g.returnReason, 'the pending return is the last one kept');
  if (BEFORE_GRADED.includes(c.status)) {
    check(g === null || g.approvedAt === null, 'grading not approved');
    if (c.status === 'grading') check(g === null || g.returnReason !== '', 'a grading in grading was returned');
    if (c.status === 'grading_review') check(g !== null && g.returnReason === '', 'grading submitted');
    check(c.category === null && c.department === '', 'no category or department before approval');
  } else {
    check(g !== null && g.approvedAt !== null, 'grading approved');
    check(c.category === g?.category && c.severity === g.severity && c.subCategory === g.subCategory, 'case takes the grading');
    check(g !== null && settings.categories[g.category].subCategories.concat('').includes(g.subCategory), 'sub-category from settings');
  }

  // One completed clock per handling before the current one: a case approved for re-handling keeps the last.
  const earlier = c.earlierResolutions ?? [];
  check(earlier.every((clock) => clock.completedAt !== null && (clock.state === 'met' || clock.state === 'missed')), 'earlier handlings completed');
  check(earlier.length <= c.reopenCount, 'no more earlier handlings than re-handlings');
  const plan = c.plan;
  if (PLAN_APPROVED.includes(c.status)) {
    check(plan !== null && plan.approvedAt !== null && plan.dueAt > plan.approvedAt, 'plan approved before its deadline');
    check(c.owner?.id === plan?.owner.id && c.department === plan?.department, 'owner and department from the plan');
    check(!(c.severity === 'major' || plan?.legalRisk) || plan?.legalOpinion !== null, 'legal opinion where required');
  } else if (c.status === 'plan_review') {
    check(plan !== null && plan.approvedAt === null, 'plan submitted');
  } else if (c.status === 'planning') {
    check(c.reopenCount > 0 ? plan !== null : plan === null, 'plan only from an earlier round');
  } else {
    check(plan === null, 'no plan');
  }
  if (plan) check(c.legalRisk === (plan.legalRisk ? 1 : 0), 'legal risk flag from the plan');
  // progress.complete refuses a promised compensation nobody confirmed paid (or declined), not before the approval.
  if (c.status === 'feedback' || c.status === 'closed') check(!compensationUnconfirmed(plan), 'promised compensation confirmed');
  for (const paid of plan?.compensationConfirmations ?? []) check(paid.paidAt === null || paid.paidAt >= plan!.approvedAt!, 'paid after the approval');
  if (!BEFORE_GRADED.includes(c.status) && !PLAN_APPROVED.includes(c.status)) check(c.department === g?.department, 'department from grading');

  const pending = c.extensions.filter((e) => e.decision === 'pending');
  check(pending.length <= (c.status === 'executing' ? 1 : 0), 'pending extension only while executing');
  for (const e of c.extensions) {
    check(e.toDueAt > e.fromDueAt, 'extension moves the deadline later');
    if (e.decision !== 'pending') check(e.decidedBy !== null && e.decidedBy.id !== e.requestedBy.id && e.decidedAt! >= e.requestedAt, 'decided by someone else');
  }

  const f = c.feedback;
  if (f) {
    for (const d of SURVEY_DIMENSIONS) check(f.scores[d] === null || (Number.isInteger(f.scores[d]) && f.scores[d]! >= 1 && f.scores[d]! <= 5), `survey ${d} in 1..5 or unanswered`);
  }
  if (c.status === 'closed') check(f !== null && f.satisfied && c.closedAt === f.at, 'closed when satisfied');
  else if (c.reopenCount > 0 && !PLAN_APPROVED.includes(c.status)) check(f !== null && !f.satisfied, 'reopened after an unsatisfied callback');
  else if (c.reopenCount === 0) check(f === null, 'no feedback before the callback');
  check((c.closedAt !== null) === (c.status === 'closed' || c.status === 'redirected'), 'closedAt iff closed or redirected');
  check(c.archived === (c.closedAt !== null && c.closedAt < now - settings.lifecycle.archiveAfterDays * DAY ? 1 : 0), 'archived iff closed long enough');

  const instants = [
    c.registeredAt,
    c.screening?.at,
    c.verification?.at,
    g?.submittedAt,
    g?.approvedAt,
    plan?.submittedAt,
    plan?.legalOpinion?.at,
    plan?.approvedAt,
    f?.at,
    c.closedAt,
    ...c.extensions.flatMap((e) => [e.requestedAt, e.decidedAt]),
    ...Object.values(c.clocks).flatMap((k) => [k!.startedAt, k!.completedAt, ...k!.pauses.flatMap((p) => [p.from, p.to])]),
  ].filter((t): t is number => typeof t === 'number');
  check(instants.every((t) => Number.isInteger(t) && t <= c.updatedAt), 'updatedAt is the last event');
  check(c.receivedAt <= c.registeredAt && c.updatedAt <= now, 'received, registered, updated in order, none in the future');
  check(caseDayKey(c.registeredAt) === caseDayKey(c.receivedAt), 'registered on the day received');
  if (c.reopenCount === 0) {
    const steps = [c.screening?.at, c.verification?.at, g?.submittedAt, g?.approvedAt, plan?.submittedAt, plan?.approvedAt, f?.at];
    const known = steps.filter((t): t is number => typeof t === 'number');
    check(known.every((t, i) => i === 0 || t >= known[i - 1]!), 'steps in order');
  }
  check(JSON.stringify(withDerivedFields(c)) === JSON.stringify(c), 'derived fields up to date');

  check(CASE_NUMBER_PATTERN.test(c.no) && c.no.slice(3, 11) === caseDayKey(c.receivedAt), 'number of the day received');
  check(c.phone !== '' || c.email !== '', 'a contact');
  check(c.phone === '' || isValidPhone(c.phone), `phone format ${c.phone}`);
  check(c.email === '' || isValidEmail(c.email), `e-mail format ${c.email}`);
  check(!c.demands.includes('other') || c.demandNote !== '', 'a note for an other demand');
  return out;
}
