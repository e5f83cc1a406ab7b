import type { CaseRecord } from '../../../domain/cases/case';
import { answeredAt, requestDisposition, type WaitingReason } from '../../../domain/privacy/erasure-cases';
import type { DeskDb } from '../../db';
import { openRequestsOf } from './requests';

/**
 * A customer's deletion request still open for a case, as its case page tells whoever handles it:
 * what was asked, by when the centre answers, and what becomes of this case.
 */
export interface CaseErasure {
  no: string;
  receivedAt: number;
  /** The reply's deadline (fixed when the request was recorded). */
  dueAt: number;
  /**
   * Not answered yet (`pending`: legal or the administrator has not executed or refused it, and may
   * still refuse it); once answered, what becomes of this case: it waits for its end (or its 12315
   * reply), may be erased now, or is kept by a legal hold.
   */
  state: 'pending' | 'waiting' | 'eligible' | 'held';
  waiting?: WaitingReason;
}

/**
 * The open requests covering `record` for which it is still the requester's case and not erased yet.
 * Read through the index of open requests (store/services/privacy/requests.ts): a desk keeps every
 * request it ever recorded.
 */
export async function openErasuresOf(db: DeskDb, record: CaseRecord): Promise<CaseErasure[]> {
  if (record.anonymisedAt !== undefined) return [];
  const found: CaseErasure[] = [];
  for (const request of await openRequestsOf(db, record.id)) {
    const disposition = requestDisposition(record, request);
    if (disposition.state === 'done' || disposition.state === 'notCustomer') continue;
    const told = { no: request.no, receivedAt: request.receivedAt, dueAt: request.dueAt };
    // Unanswered, nothing is decided yet: the request may still be refused.
    if (answeredAt(request) === null) found.push({ ...told, state: 'pending' });
    else found.push({ ...told, state: disposition.state, ...(disposition.state === 'waiting' ? { waiting: disposition.reason } : {}) });
  }
  return found.sort((a, b) => a.receivedAt - b.receivedAt);
}
