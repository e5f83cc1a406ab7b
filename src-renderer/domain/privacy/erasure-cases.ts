/**
 * What a deletion request does with each of its cases, and where the request stands. A finished
 * case is anonymised at once, whatever its retention period; one still being handled, or still owing
 * its 12315 reply, waits until it ends (the request stays open for it); one under a legal hold is
 * refused while the hold stands; one whose customer was corrected since is no longer the requester's.
 */
import type { CaseRecord } from '../cases/case';
import { normalizePhone } from '../cases/contact';
import { isHeld } from '../cases/legal-hold';
import { caseOwesReferralReply } from '../cases/referral-standing';
import { FINAL_STATUSES } from '../lifecycle/machine';
import { matchesCustomer, type CustomerKeyKind } from './customer';
import type { ErasureRequest } from './erasure';
import { maskAccount, maskAddress, maskEmail, maskPhone } from './mask';
import { redactText } from './redact';

export type ErasureState = 'done' | 'eligible' | 'waiting' | 'held' | 'notCustomer';
/** Why a case waits: it is still being handled, or it ended but the regulator's reply is still owed. */
export type WaitingReason = 'handling' | 'referralReply';

export type ErasureDisposition = { state: 'done' | 'eligible' | 'held' | 'notCustomer' } | { state: 'waiting'; reason: WaitingReason };

/**
 * What happens to a case of a request now. A hold outranks everything but an anonymisation done: it
 * would refuse the case even once it ends.
 */
export function erasureDisposition(record: Pick<CaseRecord, 'status' | 'clocks' | 'termination' | 'anonymisedAt' | 'legalHolds'>): ErasureDisposition {
  if (record.anonymisedAt !== undefined) return { state: 'done' };
  if (isHeld(record)) return { state: 'held' };
  if (!FINAL_STATUSES.includes(record.status)) return { state: 'waiting', reason: 'handling' };
  // A 12315 reply still owed keeps an ended case open — a terminated one's too, though its clock is paused.
  if (caseOwesReferralReply(record)) return { state: 'waiting', reason: 'referralReply' };
  return { state: 'eligible' };
}

type MatchedFields = 'customerName' | 'phone' | 'email' | 'socialPlatform' | 'socialAccount' | 'address';

/**
 * What the request does with one of its cases now. A case corrected since recording (another name,
 * another phone) is no longer the requester's: it is left alone. While the request keeps the key in
 * clear it is matched again; once masked, the last execution's finding stands.
 */
export function requestDisposition(
  record: Pick<CaseRecord, 'no' | 'status' | 'clocks' | 'termination' | 'anonymisedAt' | 'legalHolds' | MatchedFields>,
  request: Pick<ErasureRequest, 'key' | 'masked' | 'executions'>,
): ErasureDisposition {
  if (record.anonymisedAt !== undefined) return { state: 'done' };
  const mine = request.masked ? !(request.executions.at(-1)?.notCustomer ?? []).includes(record.no) : matchesCustomer(record, request.key);
  return mine ? erasureDisposition(record) : { state: 'notCustomer' };
}

/**
 * 待处理 (not answered yet), 等待办结 (answered, nothing erased yet, cases still waiting), 部分完成,
 * 已完成, 不予删除 (refused, or every case under a legal hold).
 */
export type ErasureOutcome = 'pending' | 'waiting' | 'partial' | 'completed' | 'refused';

export type ErasureCounts = Record<ErasureState, number>;

export function countStates(states: readonly ErasureState[]): ErasureCounts {
  const counts: ErasureCounts = { done: 0, eligible: 0, waiting: 0, held: 0, notCustomer: 0 };
  for (const state of states) counts[state] += 1;
  return counts;
}

/** Where a request stands, from what it recorded and what its cases are now. */
export function erasureOutcome(request: Pick<ErasureRequest, 'executions' | 'refusal' | 'closedAt'>, counts: ErasureCounts): ErasureOutcome {
  if (request.refusal) return counts.done > 0 ? 'partial' : 'refused';
  if (request.closedAt !== null) return 'completed';
  if (request.executions.length === 0) return 'pending';
  if (counts.done > 0) return 'partial';
  if (counts.waiting > 0 || counts.eligible > 0) return 'waiting';
  return 'refused';
}

/** Answered: executed once (whatever it could erase) or refused. */
export function answeredAt(request: Pick<ErasureRequest, 'executions' | 'refusal'>): number | null {
  return request.executions[0]?.at ?? request.refusal?.at ?? null;
}

/** Whether the request still waits for the centre's answer (executed or refused: answered), and so has a running reply deadline. */
export function awaitsAnswer(request: Pick<ErasureRequest, 'closedAt' | 'executions' | 'refusal'>): boolean {
  return request.closedAt === null && answeredAt(request) === null;
}

/** Whether the request's reply deadline still runs at `dueAt` (an alert state of that deadline is still read). */
export function replyDeadlineRuns(request: ErasureRequest | undefined, dueAt: number): boolean {
  return request !== undefined && awaitsAnswer(request) && request.dueAt === dueAt;
}

/** Closed, its final reply not delivered yet: the request still names the customer, to address it. */
export function awaitsDelivery(request: Pick<ErasureRequest, 'closedAt' | 'masked'>): boolean {
  return request.closedAt !== null && !request.masked;
}

/**
 * Whether a reply delivered at `at` is the final one, which masks the request: the request closed,
 * and delivered at or after the minute it closed (a delivery time is picked to the minute).
 */
export function isFinalDelivery(request: Pick<ErasureRequest, 'closedAt'>, at: number): boolean {
  return request.closedAt !== null && at >= startOfMinute(request.closedAt);
}

/** The start of the minute: a delivery time is picked to the minute, what it follows is stamped to the millisecond. */
const startOfMinute = (at: number) => at - (at % 60_000);

/**
 * A reply cannot have been delivered before the request was answered (`answered`, its first
 * execution or its refusal), nor before it was answered at all (`null`): `at` is too early then.
 */
export function deliveredTooEarly(answered: number | null, at: number): boolean {
  return answered === null || at < startOfMinute(answered);
}

/** Past its reply deadline without an answer. */
export function isOverdue(request: Pick<ErasureRequest, 'executions' | 'refusal' | 'dueAt'>, now: number): boolean {
  return answeredAt(request) === null && now > request.dueAt;
}

/** `张三` → `张*`, `陈晓燕` → `陈**`: the first character only, at most three marks after it. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return '*';
  return `${chars[0]}${'*'.repeat(Math.min(chars.length - 1, 3))}`;
}

/** The key a customer was found by, masked as the field is wherever it is masked. */
export function maskKey(kind: CustomerKeyKind, value: string): string {
  switch (kind) {
    case 'phone':
      return maskPhone(value);
    case 'email':
      return maskEmail(value);
    case 'account':
      return maskAccount(value);
    case 'address':
      return maskAddress(value);
    case 'name':
      return maskName(value);
  }
}

/** Where a reply went, masked as that kind of contact is: an e-mail, a number, else an address (杭州市****). */
export function maskDestination(to: string): string {
  const trimmed = to.trim();
  if (trimmed.includes('@')) return maskEmail(trimmed);
  if (/^[\d\s()+-]{7,}$/.test(trimmed)) return maskPhone(normalizePhone(trimmed));
  return maskAddress(trimmed);
}

/**
 * The request as it is kept once its final reply is delivered: a masked reference to the customer
 * (name and key masked, where the reply went masked), its notes with `known` (what identifies the
 * customer in any of its cases, `erasureIdentifiers`), the requester's name and key, and any phone,
 * e-mail or ID number replaced by ***. The case numbers stay: they are what the request was about.
 */
export function maskedRequest(request: ErasureRequest, known: readonly string[]): ErasureRequest {
  if (request.masked) return request;
  const values = [...new Set([request.requester, request.key.value, ...known])].filter((value) => value.trim().length >= 2).sort((a, b) => b.length - a.length);
  const redact = (text: string) => (text === '' ? text : redactText(text, values));
  return {
    ...request,
    requester: maskName(request.requester),
    key: { kind: request.key.kind, value: maskKey(request.key.kind, request.key.value) },
    verificationNote: redact(request.verificationNote),
    note: redact(request.note),
    refusal: request.refusal && { ...request.refusal, reason: redact(request.refusal.reason) },
    deliveries: request.deliveries.map((delivery) => ({ ...delivery, to: maskDestination(delivery.to) })),
    masked: true,
  };
}
