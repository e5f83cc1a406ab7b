import { describe, expect, it } from 'vitest';
import { DeskError } from '../../../../../src-renderer/domain/common/errors';
import {
  canRun,
  CASE_STATUSES,
  FINAL_STATUSES,
  STEP_OF,
  STEPS,
  transition,
  TRANSITIONS,
  type CaseStatus,
  type LifecycleCommand,
} from '../../../../../src-renderer/domain/lifecycle/machine';

/** Every status a case can still be worked on in (not final). */
const OPEN: CaseStatus[] = ['registered', 'awaiting_info', 'verifying', 'grading', 'grading_review', 'planning', 'plan_review', 'executing', 'feedback'];

/**
 * The closed loop as the glossary describes it, written out independently of
 * the source: command → [from statuses, outcome statuses]. An empty outcome
 * list means the command leaves the status as it is.
 */
const EXPECTED: Record<LifecycleCommand, [CaseStatus[], CaseStatus[]]> = {
  'screening.accept': [['registered'], ['verifying']],
  'screening.redirect': [['registered', 'awaiting_info'], ['redirected']],
  'screening.requestInfo': [['registered'], ['awaiting_info']],
  'screening.infoReceived': [['awaiting_info'], ['registered']],
  'verification.addCheck': [['verifying'], []],
  // 核实请求: sent, answered and withdrawn only while 核实中.
  'verification.requestCheck': [['verifying'], []],
  'verification.answerRequest': [['verifying'], []],
  'verification.withdrawRequest': [['verifying'], []],
  // Every status: a customer calls before acceptance and while an approval waits (催办) too.
  'verification.addContact': [[...CASE_STATUSES], []],
  'verification.complete': [['verifying'], ['grading']],
  'grading.submit': [['grading'], ['grading_review']],
  'grading.approve': [['grading_review'], ['planning']],
  'grading.return': [['grading_review'], ['grading']],
  'plans.submit': [['planning'], ['plan_review']],
  'plans.legalReview': [['plan_review'], []],
  'plans.approve': [['plan_review'], ['executing']],
  'plans.return': [['plan_review'], ['planning']],
  'plans.confirmCompensation': [['executing', 'feedback', 'closed', 'terminated'], []],
  'progress.add': [['executing'], []],
  'progress.requestExtension': [['executing'], []],
  'progress.decideExtension': [['executing'], []],
  'progress.pause': [['executing'], []],
  'progress.resume': [['executing'], []],
  'progress.complete': [['executing'], ['feedback']],
  'feedback.unreachable': [['feedback'], []],
  'feedback.record': [['feedback'], ['closed', 'planning']],
  'feedback.qualityReturn': [['closed'], ['planning']],
  'cases.correct': [[...OPEN, 'redirected', 'closed', 'terminated'], []],
  'cases.terminate': [OPEN, ['terminated']],
  'cases.replyReferral': [[...OPEN, 'redirected', 'closed', 'terminated'], []],
  // Every status: a customer calls back with a photo after the end, a 12315 case still owes its reply.
  'attachments.add': [[...CASE_STATUSES], []],
};

const COMMANDS = Object.keys(TRANSITIONS) as LifecycleCommand[];

function refusalOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof DeskError) return error.data;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('the lifecycle state machine', () => {
  it('has exactly the commands of the loop', () => {
    expect(COMMANDS.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  describe.each(COMMANDS)('%s', (command) => {
    const [from, to] = EXPECTED[command];

    it.each(CASE_STATUSES.filter((s) => from.includes(s)))('runs from %s', (status) => {
      expect(canRun(command, status)).toBe(true);
      expect(transition(command, status)).toBe(to[0] ?? status);
    });

    it.each(CASE_STATUSES.filter((s) => !from.includes(s)))('is refused from %s with lifecycle.invalidTransition', (status) => {
      expect(canRun(command, status)).toBe(false);
      expect(refusalOf(() => transition(command, status))).toEqual({ code: 'lifecycle.invalidTransition', params: { command, status } });
      // No target can force it either.
      for (const target of CASE_STATUSES) expect(() => transition(command, status, target)).toThrow(DeskError);
    });
  });

  it('lets nothing but a quality return move a final status; a correction of the registration leaves it as it is', () => {
    expect(FINAL_STATUSES).toEqual(['redirected', 'closed', 'terminated']);
    for (const command of COMMANDS) {
      // A correction of the registration and a contact with the customer (a call back after the end) are recorded, nothing moves.
      // So is a reply to the referring body (回复转办单位), which expects it however the case ended.
      // And evidence the customer sends after the end (a photo after closure).
      const recorded = command === 'cases.correct' || command === 'verification.addContact' || command === 'cases.replyReferral' || command === 'attachments.add';
      // A compensation paid late, or a correction of one recorded, is put on record after the end too (not at a redirect: no plan).
      const paid = command === 'plans.confirmCompensation';
      expect(canRun(command, 'redirected'), command).toBe(recorded);
      expect(canRun(command, 'terminated'), command).toBe(recorded || paid);
      expect(canRun(command, 'closed'), command).toBe(command === 'feedback.qualityReturn' || recorded || paid);
    }
    for (const status of FINAL_STATUSES) expect(transition('cases.correct', status)).toBe(status);
  });

  it('reaches every status from registration', () => {
    const reached = new Set<CaseStatus>(['registered']);
    for (let grew = true; grew; ) {
      grew = false;
      for (const { from, to } of Object.values(TRANSITIONS) as Array<{ from: readonly CaseStatus[]; to: readonly CaseStatus[] }>) {
        if (!from.some((s) => reached.has(s))) continue;
        for (const s of to) {
          if (reached.has(s)) continue;
          reached.add(s);
          grew = true;
        }
      }
    }
    expect([...reached].sort()).toEqual([...CASE_STATUSES].sort());
  });
});

describe('feedback.record: two outcomes', () => {
  it('closes a case by default and when asked to', () => {
    expect(transition('feedback.record', 'feedback')).toBe('closed');
    expect(transition('feedback.record', 'feedback', 'closed')).toBe('closed');
  });

  it('sends a case back to planning when the customer is not satisfied', () => {
    expect(transition('feedback.record', 'feedback', 'planning')).toBe('planning');
  });

  it.each(CASE_STATUSES.filter((s) => s !== 'closed' && s !== 'planning'))('refuses the target %s', (target) => {
    expect(refusalOf(() => transition('feedback.record', 'feedback', target))).toEqual({
      code: 'lifecycle.invalidTransition',
      params: { command: 'feedback.record', status: 'feedback' },
    });
  });

  it('refuses a target outside the only outcome of a single-outcome command', () => {
    expect(transition('screening.accept', 'registered', 'verifying')).toBe('verifying');
    expect(() => transition('screening.accept', 'registered', 'closed')).toThrow(DeskError);
    expect(() => transition('grading.approve', 'grading_review', 'executing')).toThrow(DeskError);
  });
});

describe('STEP_OF', () => {
  it('puts every status on a step of the stepper', () => {
    expect(Object.keys(STEP_OF).sort()).toEqual([...CASE_STATUSES].sort());
    for (const status of CASE_STATUSES) expect(STEPS, status).toContain(STEP_OF[status]);
  });

  it('covers every step and keeps the loop in order', () => {
    expect(new Set(Object.values(STEP_OF))).toEqual(new Set(STEPS));
    const order = (s: CaseStatus) => STEPS.indexOf(STEP_OF[s]);
    // A move forward never skips back a step, except the reopen paths back to planning.
    for (const command of COMMANDS) {
      for (const from of TRANSITIONS[command].from as readonly CaseStatus[]) {
        for (const to of TRANSITIONS[command].to as readonly CaseStatus[]) {
          const back = to === 'planning' || to === 'grading' || to === 'registered';
          if (!back) expect(order(to), `${command}: ${from} → ${to}`).toBeGreaterThanOrEqual(order(from));
        }
      }
    }
    expect(STEP_OF.redirected).toBe('intake');
    expect(STEP_OF.plan_review).toBe('plan');
  });
});
