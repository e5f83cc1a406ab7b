/**
 * The closed loop of a complaint as one state machine. Every store command
 * that moves a case names its transition here; the store host refuses any
 * other move.
 */
import { DeskError } from '../common/errors';

export const CASE_STATUSES = [
  'registered',
  'awaiting_info',
  'redirected',
  'verifying',
  'grading',
  'grading_review',
  'planning',
  'plan_review',
  'executing',
  'feedback',
  'closed',
  // Last: the tracking index codes statuses by their place in this list.
  'terminated',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Statuses in which nothing is pending any more. */
export const FINAL_STATUSES: readonly CaseStatus[] = ['redirected', 'closed', 'terminated'];

/**
 * 未结: still being handled, or ended with a clock still running — only a 12315 reply deadline runs
 * past the end, and `nextDueAt` (absent or null when none runs) is its due instant. The tracking
 * filter `open` and its views, and the dashboard's 未结案 and 当前超时, count the same cases.
 */
export function isPending(status: CaseStatus, nextDueAt: number | null | undefined): boolean {
  return !FINAL_STATUSES.includes(status) || (nextDueAt !== null && nextDueAt !== undefined);
}

/** Statuses a case is still worked in: where it may be terminated (终止处理). */
const WORKED: readonly CaseStatus[] = ['registered', 'awaiting_info', 'verifying', 'grading', 'grading_review', 'planning', 'plan_review', 'executing', 'feedback'];

export const TRANSITIONS = {
  'screening.accept': { from: ['registered'], to: ['verifying'] },
  'screening.redirect': { from: ['registered', 'awaiting_info'], to: ['redirected'] },
  'screening.requestInfo': { from: ['registered'], to: ['awaiting_info'] },
  'screening.infoReceived': { from: ['awaiting_info'], to: ['registered'] },
  'verification.addCheck': { from: ['verifying'], to: [] },
  /**
   * 核实请求 to a department, its answer and its withdrawal: only while 核实中 (domain/verification/requests.ts);
   * completing 核实 or terminating the case withdraws those still open, so none is left open in a later status.
   */
  'verification.requestCheck': { from: ['verifying'], to: [] },
  'verification.answerRequest': { from: ['verifying'], to: [] },
  'verification.withdrawRequest': { from: ['verifying'], to: [] },
  /**
   * Every contact with the customer, in every status: before it is accepted (they call with more to
   * say), while it waits for approval (they chase it), after it ended (a call back).
   */
  'verification.addContact': { from: CASE_STATUSES, to: [] },
  'verification.complete': { from: ['verifying'], to: ['grading'] },
  'grading.submit': { from: ['grading'], to: ['grading_review'] },
  'grading.approve': { from: ['grading_review'], to: ['planning'] },
  'grading.return': { from: ['grading_review'], to: ['grading'] },
  'plans.submit': { from: ['planning'], to: ['plan_review'] },
  'plans.legalReview': { from: ['plan_review'], to: [] },
  'plans.approve': { from: ['plan_review'], to: ['executing'] },
  'plans.return': { from: ['plan_review'], to: ['planning'] },
  /**
   * 赔付确认: once the plan is approved, while it is carried out and after — a payment made late,
   * or a correction of one recorded, is still put on record (a closed or terminated case too).
   */
  'plans.confirmCompensation': { from: ['executing', 'feedback', 'closed', 'terminated'], to: [] },
  'progress.add': { from: ['executing'], to: [] },
  'progress.requestExtension': { from: ['executing'], to: [] },
  'progress.decideExtension': { from: ['executing'], to: [] },
  'progress.pause': { from: ['executing'], to: [] },
  'progress.resume': { from: ['executing'], to: [] },
  'progress.complete': { from: ['executing'], to: ['feedback'] },
  'feedback.unreachable': { from: ['feedback'], to: [] },
  'feedback.record': { from: ['feedback'], to: ['closed', 'planning'] },
  'feedback.qualityReturn': { from: ['closed'], to: ['planning'] },
  /** 终止处理: the customer withdrew, cannot be reached, or complained twice; the case ends where it stands. */
  'cases.terminate': { from: WORKED, to: ['terminated'] },
  /** 更正登记信息: in every status, a closed case's too (a customer calling back with a new number). */
  'cases.correct': { from: CASE_STATUSES, to: [] },
  /**
   * 回复转办单位: in every status — the referring body expects its reply whether the case is still
   * handled, closed, redirected or terminated (only a case with a reply deadline; store host).
   */
  'cases.replyReferral': { from: CASE_STATUSES, to: [] },
  /**
   * 添加附件: in every status — a customer calls back with a photo after the case was closed, a 12315
   * case owes its final reply whatever it ended as. Not on an archived case (case-command) nor on an
   * anonymised one (store host).
   */
  'attachments.add': { from: CASE_STATUSES, to: [] },
} as const satisfies Record<string, { from: readonly CaseStatus[]; to: readonly CaseStatus[] }>;

export type LifecycleCommand = keyof typeof TRANSITIONS;

export function canRun(command: LifecycleCommand, status: CaseStatus): boolean {
  return (TRANSITIONS[command].from as readonly CaseStatus[]).includes(status);
}

/**
 * Checks a move and returns the status after it. `target` picks among several
 * outcomes (feedback → closed or back to planning); commands that do not move
 * the case return the current status.
 */
export function transition(command: LifecycleCommand, status: CaseStatus, target?: CaseStatus): CaseStatus {
  const rule = TRANSITIONS[command];
  if (!canRun(command, status)) {
    throw new DeskError({ code: 'lifecycle.invalidTransition', params: { command, status } });
  }
  const outcomes = rule.to as readonly CaseStatus[];
  if (outcomes.length === 0) return status;
  const next = target ?? outcomes[0];
  if (next === undefined || !outcomes.includes(next)) {
    throw new DeskError({ code: 'lifecycle.invalidTransition', params: { command, status } });
  }
  return next;
}

/** The steps of the stepper on the case page, in order. */
export const STEPS = ['intake', 'verification', 'grading', 'plan', 'execution', 'feedback', 'closed'] as const;
export type Step = (typeof STEPS)[number];

export const STEP_OF: Record<CaseStatus, Step> = {
  registered: 'intake',
  awaiting_info: 'intake',
  redirected: 'intake',
  verifying: 'verification',
  grading: 'grading',
  grading_review: 'grading',
  planning: 'plan',
  plan_review: 'plan',
  executing: 'execution',
  feedback: 'feedback',
  closed: 'closed',
  // Ended early: the stepper shows the step it ended at (`termination.from`).
  terminated: 'closed',
};
