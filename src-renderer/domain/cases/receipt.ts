import { DeskError } from '../common/errors';
import type { CaseRecord } from './case';

/**
 * Refuses a callback dated before the handling result it is about was submitted (处理结果): the
 * customer cannot have been told, or tried, before there was anything to tell. Compared to the
 * minute, as the time is picked to the minute.
 */
export function refuseBeforeResult(record: Pick<CaseRecord, 'outcome'>, at: number, field: string): void {
  const submitted = record.outcome?.at;
  if (submitted !== undefined && at < Math.floor(submitted / 60_000) * 60_000) {
    throw new DeskError({ code: 'validation.failed', fields: [{ field, code: 'validation.beforeResult' }] });
  }
}

/**
 * Refuses a moment of a case's handling dated before the complaint was received (a contact with the
 * customer, the callback): a slip of the year in a date picker, which the printed forms would carry.
 */
export function refuseBeforeReceipt(record: Pick<CaseRecord, 'receivedAt'>, at: number, field: string): void {
  if (at < record.receivedAt) throw new DeskError({ code: 'validation.failed', fields: [{ field, code: 'validation.beforeReceipt' }] });
}
