/**
 * 核实请求: a question a case worker sends to one of the desk's departments while the case is
 * 核实中, which that department answers in its own queue (待本部门核实). The answer is recorded as
 * a check (内部核查) in the department's name, linked to the request; an unanswered request is
 * withdrawn by whoever asked, the case's owner or a supervisor, or by itself when 核实 is completed or the case is
 * terminated — verification never waits on a department that does not answer.
 *
 * Requests are sent only while the case is 核实中: the stage whose purpose is checking the facts,
 * and whose conclusion grading rests on. So every open request belongs to a case in `verifying`,
 * and a department's queue reads only those cases (by the `status` index).
 */
import { z } from 'zod';
import type { CaseRecord, Person } from '../cases/case';
import { addWorkingTime, type CalendarSettings, type WorkCalendar } from '../clocks/calendar';
import { futureInstant, id, requiredText } from '../common/fields';
import type { Role } from '../users/roles';

export const REQUEST_STATES = ['open', 'answered', 'withdrawn'] as const;
export type RequestState = (typeof REQUEST_STATES)[number];

/** What withdrew a request besides a person's 撤回: 完成核实 or 终止处理 with it still open. */
export const WITHDRAWAL_CAUSES = ['completion', 'termination'] as const;
export type WithdrawalCause = (typeof WITHDRAWAL_CAUSES)[number];

export interface VerificationRequest {
  id: string;
  /** One of the desk's departments (Settings), as named when asked; renamed with it while open. */
  department: string;
  question: string;
  /** 回复期限: by when the department is asked to answer. */
  replyBy: number;
  askedAt: number;
  askedBy: Person;
  state: RequestState;
  /** The department's answer: the check entry it was recorded as (its texts are there), who and when. */
  answer?: { entryId: string; at: number; by: Person };
  /**
   * Why and when it was withdrawn. `cause`: withdrawn by 完成核实 (reason '') or 终止处理 (the
   * termination's note) rather than by a person's 撤回.
   */
  withdrawal?: { reason: string; at: number; by: Person; cause?: WithdrawalCause };
}

export const requestCheckInput = (now: number) =>
  z.object({
    caseId: id(),
    department: requiredText(60),
    question: requiredText(2000),
    /** Absent: the default (`defaultReplyBy`); else after now. */
    replyBy: futureInstant(now).optional(),
  });

export const AnswerRequestInput = z.object({
  caseId: id(),
  requestId: id(),
  checked: requiredText(2000),
  finding: requiredText(2000),
});

export const WithdrawRequestInput = z.object({ caseId: id(), requestId: id(), reason: requiredText(500) });

/** The working time of one day of the calendar (9:00–18:00 with an hour's lunch: 8 hours). */
export function workingDayMs(settings: CalendarSettings): number {
  const { dayStart, dayEnd, breakStart, breakEnd } = settings;
  const lunch = breakStart !== null && breakEnd !== null && breakStart > dayStart && breakEnd < dayEnd && breakStart < breakEnd ? breakEnd - breakStart : 0;
  return Math.max(1, dayEnd - dayStart - lunch) * 60_000;
}

/**
 * The reply-by time a request gets unless one is chosen: the case's 核实 deadline while it runs and
 * is still ahead (the answer is needed before it), else one working day from now by the calendar.
 */
export function defaultReplyBy(record: Pick<CaseRecord, 'clocks'>, calendar: WorkCalendar, now: number): number {
  const clock = record.clocks.verification;
  if (clock?.state === 'running' && clock.dueAt > now) return clock.dueAt;
  return addWorkingTime(calendar, now, workingDayMs(calendar.settings));
}

export const requestsOf = (record: Pick<CaseRecord, 'verificationRequests'>): readonly VerificationRequest[] => record.verificationRequests ?? [];

export const openRequests = (record: Pick<CaseRecord, 'verificationRequests'>): VerificationRequest[] =>
  requestsOf(record).filter((request) => request.state === 'open');

/** Answered after its reply-by time (已回复（逾期）): the department kept the case waiting. */
export const answeredLate = (request: VerificationRequest): boolean => request.answer !== undefined && request.answer.at > request.replyBy;

/**
 * How a request stands for the page, the queue and the 定级表: open ones past their reply-by time
 * are 已逾期, answers given after it 已回复（逾期）.
 */
export type RequestStanding = RequestState | 'overdue' | 'answeredLate';

export function requestStanding(request: VerificationRequest, now: number): RequestStanding {
  if (request.state === 'open') return request.replyBy < now ? 'overdue' : 'open';
  return request.state === 'answered' && answeredLate(request) ? 'answeredLate' : request.state;
}

/** A question as compared for sameness: spaces and line breaks typed differently do not make it another. */
const normalized = (question: string): string => question.trim().replace(/\s+/g, ' ');

/**
 * The open request of the case asking `department` the same `question`, if any: asking it again
 * would only make the department answer twice (and count twice in its queue).
 */
export function sameOpenRequest(record: Pick<CaseRecord, 'verificationRequests'>, department: string, question: string): VerificationRequest | undefined {
  const asked = normalized(question);
  return openRequests(record).find((request) => request.department === department && normalized(request.question) === asked);
}

/** Who acts on a request: the signed-in user (their role's permission is checked on its own). */
export interface RequestActor {
  id: string;
  role: Role;
  department: string;
}

/**
 * 撤回: whoever asked, the case's owner (who answers for the case, and so for what colleagues asked
 * on it), or a supervisor. The store host refuses and the page offers by this one rule.
 */
export function mayWithdraw(who: RequestActor, request: VerificationRequest, record: Pick<CaseRecord, 'owner'>): boolean {
  return who.id === request.askedBy.id || who.id === record.owner?.id || who.role === 'supervisor';
}

/**
 * 回复核实: a colleague of the department asked, or whoever may withdraw it recording what the
 * department said (it is still recorded in the department's name).
 */
export function mayAnswer(who: RequestActor, request: VerificationRequest, record: Pick<CaseRecord, 'owner'>): boolean {
  return who.department === request.department || mayWithdraw(who, request, record);
}

/** Every open request withdrawn, as of `at` (完成核实, 终止处理); the same list when none is open. */
export function withdrawOpen(
  requests: VerificationRequest[] | undefined,
  withdrawal: NonNullable<VerificationRequest['withdrawal']>,
): { requests: VerificationRequest[] | undefined; withdrawn: number } {
  if (!requests?.some((request) => request.state === 'open')) return { requests, withdrawn: 0 };
  let withdrawn = 0;
  const next = requests.map((request) => {
    if (request.state !== 'open') return request;
    withdrawn += 1;
    return { ...request, state: 'withdrawn' as const, withdrawal };
  });
  return { requests: next, withdrawn };
}
