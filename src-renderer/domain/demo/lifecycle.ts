/**
 * Lives a demo case through the closed loop up to `now`, step by step as the
 * store's commands would (same records, same clock functions): each step
 * happens after a plausible delay, and the case stays in the status where
 * `now` finds it. Recent cases are therefore mostly open, old ones closed.
 */
import type { CaseRecord, ReturnNote } from '../cases/case';
import { CATEGORIES, type Severity } from '../cases/vocabulary';
import { completeClock, pauseClock, resumeClock } from '../clocks/clock';
import { hours } from '../clocks/sla-settings';
import { runPlanRounds } from './handling';
import { clockTime, createLife, DAY, HOUR, MINUTE, type Life, type LifeContext } from './life';
import { CONCLUSIONS, MISSING, NO_REPLY_REDIRECT, RATIONALES, REDIRECTS, RETURNS, SCREENING_NOTES } from './phrases';

function redirect(life: Life, at: number, [reason, referredTo]: readonly [string, string]): void {
  const { draft, ctx } = life;
  const response = life.clock('response');
  life.setClock('response', completeClock(resumeClock(response, at, ctx.calendar), at, ctx.calendar));
  draft.screening = { decision: 'redirected', reason, referredTo, missing: '', at, by: draft.intakeAgent };
  draft.closedAt = at;
  draft.status = 'redirected';
  life.did(at);
}

/** 初审: answered within the response limit most of the time; some wait for information, a few are referred elsewhere. */
function screen(life: Life): number | null {
  const { draft, ctx } = life;
  const { s, now, calendar } = ctx;
  const budget = hours(ctx.settings.sla.responseHours[draft.initialSeverity]);
  let at = Math.max(clockTime(life, 'response', draft.receivedAt, budget * s.factor(0.3, 0.75) * life.stretch(0)), draft.registeredAt + s.int(1, 20) * MINUTE);
  if (at > now) return null;
  const roll = s.next();
  if (roll < 0.05) {
    redirect(life, at, s.pick(REDIRECTS));
    return null;
  }
  if (roll < 0.14) {
    const missing = s.pick(MISSING);
    life.setClock('response', pauseClock(life.clock('response'), at, missing, calendar));
    draft.screening = { decision: 'awaiting_info', reason: '', referredTo: '', missing, at, by: draft.intakeAgent };
    draft.status = 'awaiting_info';
    life.did(at);
    if (s.chance(0.25)) {
      // Never answered: referred as not accepted after a few weeks (a very few are still waiting).
      const giveUp = life.work(at + s.int(15, 30) * DAY, s.int(1, 6) * HOUR);
      if (giveUp <= now && !s.chance(0.02)) redirect(life, giveUp, NO_REPLY_REDIRECT);
      return null;
    }
    const back = life.after(at, s.factor(2 * DAY, 0.8));
    if (back > now) return null;
    life.setClock('response', resumeClock(life.clock('response'), back, calendar));
    draft.status = 'registered';
    life.did(back);
    at = life.after(back, s.factor(2 * HOUR, 0.8));
    if (at > now) return null;
    if (s.chance(0.1)) {
      redirect(life, at, s.pick(REDIRECTS));
      return null;
    }
  }
  life.complete('response', at);
  life.startNode('verification', at);
  draft.screening = { decision: 'accepted', reason: s.pick(SCREENING_NOTES), referredTo: '', missing: '', at, by: draft.intakeAgent };
  draft.status = 'verifying';
  life.did(at);
  return at;
}

function verify(life: Life, from: number): number | null {
  const { draft, ctx } = life;
  const budget = hours(ctx.settings.sla.nodeHours.verification);
  const at = clockTime(life, 'verification', from, budget * ctx.s.factor(0.4, 0.6) * life.stretch(1));
  if (at > ctx.now) return null;
  life.complete('verification', at);
  life.startNode('grading', at);
  draft.verification = { conclusion: ctx.s.pick(CONCLUSIONS), at, by: draft.owner ?? draft.intakeAgent };
  draft.status = 'grading';
  life.did(at);
  return at;
}

const REGRADE: Record<Severity, Partial<Record<Severity, number>>> = {
  general: { general: 92, serious: 8 },
  serious: { general: 10, serious: 85, major: 5 },
  major: { serious: 10, major: 90 },
};

/** 分类定级: submitted, sometimes returned once, approved by a director. */
function grade(life: Life, from: number): number | null {
  const { draft, ctx } = life;
  const { s, now, settings } = ctx;
  const category = s.chance(0.9) ? ctx.likely : s.pick(CATEGORIES);
  const { subCategories, department: proposed } = settings.categories[category];
  const department = settings.departments.includes(proposed) ? proposed : settings.departments[0] ?? proposed;
  const severity = s.weighted(REGRADE[draft.initialSeverity]);
  const submittedBy = draft.owner ?? draft.intakeAgent;
  let returns: ReturnNote[] = [];
  const submit = (at: number) => {
    draft.grading = {
      category,
      subCategory: subCategories.length > 0 ? s.pick(subCategories) : '',
      severity,
      rationale: s.pick(RATIONALES[severity]),
      department,
      submittedAt: at,
      submittedBy,
      approvedAt: null,
      approvedBy: null,
      returnReason: '',
      returns,
    };
    draft.status = 'grading_review';
    life.did(at);
  };
  let at = life.work(from, s.factor(1.5 * HOUR, 0.6) * life.stretch(2));
  if (at > now) return null;
  submit(at);
  if (s.chance(0.05)) {
    const back = life.work(at, s.factor(3 * HOUR, 0.8));
    if (back > now) return null;
    // The first director returns it: no extra draw, so the rest of the case's life stays as it was.
    returns = [{ reason: s.pick(RETURNS), at: back, by: ctx.staff.directors[0]! }];
    draft.grading = { ...draft.grading!, returnReason: returns[0]!.reason, returns };
    draft.status = 'grading';
    life.did(back);
    at = life.work(back, s.factor(2 * HOUR, 0.8));
    if (at > now) return null;
    submit(at);
  }
  const approved = life.work(at, s.factor(3 * HOUR, 0.6) * life.stretch(3));
  if (approved > now) return null;
  // The response clock is long completed here, so a new severity changes no running deadline.
  life.complete('grading', approved);
  life.startNode('planApproval', approved);
  draft.severity = severity;
  draft.category = category;
  draft.subCategory = draft.grading!.subCategory;
  draft.department = department;
  draft.grading = { ...draft.grading!, approvedAt: approved, approvedBy: s.pick(ctx.staff.directors) };
  draft.status = 'planning';
  life.did(approved);
  return approved;
}

/** Moves `draft` (a freshly registered case) as far through the loop as `now` allows. */
export function liveThrough(draft: CaseRecord, ctx: LifeContext): void {
  const life = createLife(draft, ctx);
  const accepted = screen(life);
  if (accepted === null) return;
  const verified = verify(life, accepted);
  if (verified === null) return;
  const graded = grade(life, verified);
  if (graded === null) return;
  runPlanRounds(life, graded);
}
