/**
 * The second half of a demo case's life: plan, approval (with legal review
 * where required), execution with pauses and extensions, and the customer
 * callback that closes the case or sends it back to planning.
 */
import type { ExtensionRequest, PlanRecord, SurveyScores } from '../cases/case';
import type { Channel, Severity } from '../cases/vocabulary';
import { workingTimeBetween } from '../clocks/calendar';
import { extendClock, pauseClock, resumeClock, startClock, viewClock } from '../clocks/clock';
import { USUAL_METHOD } from '../plans/compensation';
import { DAY, HOUR, type Life } from './life';
import {
  COMPENSATION_OF,
  DECISION_NOTES,
  EXTENSION_REASONS,
  FEEDBACK_COMMENTS,
  FEEDBACK_RESULTS,
  LEGAL_OPINIONS,
  MEASURES,
  PAUSE_REASONS,
  RESOURCES,
  UNSATISFIED,
} from './phrases';

const PLAN_DAYS: Record<Severity, number> = { general: 7, serious: 5, major: 3 };
const LEGAL_RISK: Record<Severity, number> = { general: 0.02, serious: 0.08, major: 0.35 };
/** Satisfied at the first callback, the second, and after that. */
const SATISFIED = [0.9, 0.97, 1];

/** The local end of the working day `days` after `from`: how people write deadlines. */
function endOfDayAfter(life: Life, from: number, days: number): number {
  const d = new Date(from + days * DAY);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate(), 0, life.ctx.settings.calendar.dayEnd).getTime();
}

function makePlan(life: Life, at: number): PlanRecord {
  const { draft, ctx } = life;
  const { s, settings } = ctx;
  const category = draft.category ?? 'other';
  const measures = [...new Set(Array.from({ length: s.int(1, 3) }, () => s.pick(MEASURES[category])))];
  const others = settings.departments.filter((d) => d !== draft.department);
  const demand = draft.demands[0];
  const type = demand ? COMPENSATION_OF[demand] : 'none';
  const amount =
    type === 'refund' ? (draft.amount ?? s.int(20, 800)) : type === 'cash' ? s.int(2, 50) * 10 : type === 'voucher' ? s.pick([20, 50, 100]) : null;
  const legalRisk = s.chance(LEGAL_RISK[draft.severity] + (draft.channel === 'regulator_12315' ? 0.15 : 0));
  return {
    measures,
    owner: s.chance(0.7) ? (draft.owner ?? draft.intakeAgent) : s.pick(ctx.staff.workers),
    department: draft.department,
    collaborators: others.length > 0 && s.chance(0.2) ? [s.pick(others)] : [],
    dueAt: endOfDayAfter(life, at, PLAN_DAYS[draft.severity] + s.int(0, 3)),
    resources: s.pick(RESOURCES),
    compensation: { type, amount },
    legalRisk,
    submittedAt: at,
    submittedBy: draft.owner ?? draft.intakeAgent,
    legalOpinion: null,
    approvedAt: null,
    approvedBy: null,
    returnReason: '',
    returns: [],
  };
}

/** 处理方案 up to approval, which starts the resolution clock due at the plan's deadline. */
function plan(life: Life, from: number, round: number): number | null {
  const { draft, ctx } = life;
  const { s, now, calendar } = ctx;
  const submitted = life.work(from, s.factor(3 * HOUR, 0.6) * (round === 0 ? life.stretch(4) : 1));
  if (submitted > now) return null;
  let record = makePlan(life, submitted);
  draft.plan = record;
  draft.legalRisk = record.legalRisk ? 1 : 0;
  draft.status = 'plan_review';
  life.did(submitted);
  let ready = submitted;
  if (draft.severity === 'major' || record.legalRisk) {
    ready = life.work(submitted, s.factor(4 * HOUR, 0.6));
    if (ready > now) return null;
    record = { ...record, legalOpinion: { text: s.pick(LEGAL_OPINIONS), at: ready, by: s.pick(ctx.staff.legal) } };
    draft.plan = record;
    life.did(ready);
  }
  const approved = life.work(ready, s.factor(3 * HOUR, 0.6));
  if (approved > now) return null;
  // A deadline that passed while waiting for approval is renegotiated (the store refuses approving a past deadline).
  if (record.dueAt <= approved + 6 * HOUR) record = { ...record, dueAt: endOfDayAfter(life, approved, PLAN_DAYS[draft.severity]) };
  const mode = ctx.settings.sla.modes.resolution;
  const budget = mode === 'business' ? workingTimeBetween(calendar, approved, record.dueAt) : record.dueAt - approved;
  life.complete('planApproval', approved);
  // A re-handling's clock replaces the last handling's, which is kept (as plans.approve keeps it).
  const before = draft.clocks.resolution;
  if (before && before.completedAt !== null) draft.earlierResolutions = [...(draft.earlierResolutions ?? []), before];
  life.setClock('resolution', { ...startClock('resolution', mode, budget, approved, calendar), dueAt: record.dueAt });
  draft.plan = { ...record, approvedAt: approved, approvedBy: s.pick(ctx.staff.ops) };
  draft.owner = record.owner;
  draft.department = record.department;
  draft.status = 'executing';
  life.did(approved);
  return approved;
}

/**
 * 赔付确认: a promised compensation is paid as promised, an hour before the handling is reported
 * done (not before the approval), by the plan's owner: the store host completes no handling without it.
 */
function confirmPromise(life: Life, approved: number, end: number): void {
  const plan = life.draft.plan!;
  if (plan.compensation.type === 'none') return;
  const paidAt = Math.max(approved, end - HOUR);
  const confirmation = {
    outcome: 'paid' as const,
    amount: plan.compensation.amount,
    method: USUAL_METHOD[plan.compensation.type],
    paidAt,
    reference: '',
    note: '',
    at: paidAt,
    by: plan.owner,
  };
  life.draft.plan = { ...plan, compensationConfirmations: [...(plan.compensationConfirmations ?? []), confirmation] };
}

/** 执行与跟踪: usually done before the deadline; some pause, some ask for more time. */
function execute(life: Life, from: number, round: number): number | null {
  const { draft, ctx } = life;
  const { s, now, calendar } = ctx;
  const planned = draft.plan!.dueAt - from;
  let end = life.after(from, planned * s.factor(0.55, 0.45) * (round === 0 ? life.stretch(5) : 1));
  let busyUntil = from;
  if (s.chance(0.12)) {
    const paused = life.after(from, s.between(0.1, 0.5) * (end - from));
    if (paused > now) return null;
    const reason = s.pick(PAUSE_REASONS);
    life.setClock('resolution', pauseClock(life.clock('resolution'), paused, reason, calendar));
    life.did(paused);
    const resumed = life.after(paused, s.factor(2 * DAY, 0.7));
    if (resumed > now) return null;
    life.setClock('resolution', resumeClock(life.clock('resolution'), resumed, calendar));
    life.did(resumed);
    end += resumed - paused;
    busyUntil = resumed;
  }
  if (s.chance(0.12)) {
    const requested = Math.max(busyUntil + HOUR, life.after(from, s.between(0.4, 0.8) * (end - from)));
    if (requested > now) return null;
    const dueAt = life.clock('resolution').dueAt;
    const late = viewClock(life.clock('resolution'), requested).overdue ? dueAt : undefined;
    const requestedBy = draft.owner ?? draft.intakeAgent;
    const request: ExtensionRequest = {
      id: ctx.newId(),
      reason: s.pick(EXTENSION_REASONS),
      fromDueAt: dueAt,
      toDueAt: dueAt + s.int(2, 7) * DAY,
      requestedAt: requested,
      requestedBy,
      decision: 'pending',
      decidedAt: null,
      decidedBy: null,
      decisionNote: '',
      ...(late !== undefined ? { overdueSince: late } : {}),
    };
    draft.extensions = [...draft.extensions, request];
    life.did(requested);
    const decided = life.work(requested, s.factor(4 * HOUR, 0.8));
    if (decided > now) return null;
    const approve = s.chance(0.75);
    const deciders = ctx.staff.deciders.filter((p) => p.id !== requestedBy.id);
    const decision: ExtensionRequest = {
      ...request,
      decision: approve ? 'approved' : 'rejected',
      decidedAt: decided,
      decidedBy: s.pick(deciders.length > 0 ? deciders : ctx.staff.deciders),
      decisionNote: s.pick(DECISION_NOTES),
    };
    draft.extensions = draft.extensions.map((e) => (e.id === request.id ? decision : e));
    if (approve) life.setClock('resolution', extendClock(life.clock('resolution'), request.toDueAt, decided, calendar, request.overdueSince));
    life.did(decided);
    // Handling cannot be completed while an extension is pending.
    end = Math.max(end, life.after(decided, s.factor(approve ? DAY : 3 * HOUR, 0.6)));
  }
  if (end > now) return null;
  confirmPromise(life, from, end);
  life.complete('resolution', end);
  life.startNode('callback', end);
  draft.status = 'feedback';
  life.did(end);
  return end;
}

const SCORES_SATISFIED: Record<string, number> = { '5': 55, '4': 35, '3': 10 };
const SCORES_UNSATISFIED: Record<string, number> = { '1': 30, '2': 45, '3': 25 };
const CALLBACK_CHANNELS: Partial<Record<Channel, number>> = { phone: 80, email: 5, app: 8, online_chat: 7 };

/** The question a customer most often leaves unanswered is 补偿 (often nothing was promised). */
const UNANSWERED: Record<keyof SurveyScores, number> = { compensation: 60, efficiency: 15, resolution: 15, attitude: 10 };

/** Most customers answer every question; some leave one out, a few decline to score at all (客户不愿评分). */
function surveyScores({ ctx: { s } }: Life, weights: Record<string, number>): SurveyScores {
  if (s.chance(0.04)) return { efficiency: null, resolution: null, attitude: null, compensation: null };
  const score = () => Number(s.weighted(weights));
  const scores: SurveyScores = { efficiency: score(), resolution: score(), attitude: score(), compensation: score() };
  if (s.chance(0.1)) scores[s.weighted(UNANSWERED)] = null;
  return scores;
}

/** 反馈回访: sometimes the customer cannot be reached at first; the survey decides whether the case closes. */
function callBack(life: Life, from: number, round: number): { at: number; satisfied: boolean } | null {
  const { draft, ctx } = life;
  const { s, now } = ctx;
  let at = from;
  const attempts = s.chance(0.15) ? s.int(1, 2) : 0;
  for (let i = 0; i < attempts; i += 1) {
    at = life.after(at, s.factor(5 * HOUR, 0.6));
    if (at > now) return null;
    draft.unreachableAttempts += 1;
    draft.lastUnreachableAt = at;
    life.did(at);
  }
  // The survey is taken in office hours (回访时限 counts working time): about a working day later.
  at = life.work(at, s.factor(7 * HOUR, 0.7) * (round === 0 ? life.stretch(6) : 1));
  if (at > now) return null;
  const satisfied = s.chance(SATISFIED[Math.min(round, SATISFIED.length - 1)]!);
  const scores = surveyScores(life, satisfied ? SCORES_SATISFIED : SCORES_UNSATISFIED);
  // The survey answers the calls that failed before it, and meets (or misses) 回访时限, as feedback.record does.
  delete draft.lastUnreachableAt;
  life.complete('callback', at);
  draft.feedback = {
    channel: s.weighted(CALLBACK_CHANNELS),
    result: s.pick(FEEDBACK_RESULTS),
    at,
    by: draft.owner ?? draft.intakeAgent,
    scores,
    comment: satisfied ? s.pick(FEEDBACK_COMMENTS) : s.pick(UNSATISFIED),
    satisfied,
  };
  life.did(at);
  return { at, satisfied };
}

/** Plan → execution → callback, again from planning when the customer is not satisfied. */
export function runPlanRounds(life: Life, from: number): void {
  const { draft } = life;
  let start = from;
  for (let round = 0; ; round += 1) {
    const approved = plan(life, start, round);
    if (approved === null) return;
    const done = execute(life, approved, round);
    if (done === null) return;
    const outcome = callBack(life, done, round);
    if (outcome === null) return;
    if (outcome.satisfied) {
      draft.closedAt = outcome.at;
      draft.status = 'closed';
      return;
    }
    draft.reopenCount += 1;
    life.startNode('planApproval', outcome.at);
    draft.status = 'planning';
    start = outcome.at;
  }
}
