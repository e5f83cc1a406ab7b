import { DeskError } from '../common/errors';
import type { CaseRecord } from './case';

/**
 * Refuses a moment of a case's handling dated before the complaint was received (a contact with the
 * customer, the callback): a slip of the year in a date picker, which the printed forms would carry.
 */
export function refuseBeforeReceipt(record: Pick<CaseRecord, 'receivedAt'>, at: number, field: string): void {
  if (at < record.receivedAt) throw new DeskError({ code: 'validation.failed', fields: [{ field, code: 'validation.beforeReceipt' }] });
}
