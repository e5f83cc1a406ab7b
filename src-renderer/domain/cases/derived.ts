import { CLOCK_KINDS } from '../clocks/clock';
import type { CaseRecord } from './case';
import { contactIndexKeys } from './contact';

/**
 * Fields derived from the rest of the case, recomputed on every write: the due instants of the
 * clocks (read by the tracking index and the deadline feed) and the contact keys (the index that
 * finds a customer's cases). Pure, so generated demo cases get exactly what the store's commands write.
 */
export function withDerivedFields(record: CaseRecord): CaseRecord {
  const { responseDueAt: _r, nextDueAt: _n, contactKeys: _c, ...rest } = record;
  const response = record.clocks.response;
  let next: number | undefined;
  for (const kind of CLOCK_KINDS) {
    const clock = record.clocks[kind];
    if (clock?.state === 'running' && (next === undefined || clock.dueAt < next)) next = clock.dueAt;
  }
  return {
    ...rest,
    contactKeys: contactIndexKeys(record),
    ...(response?.state === 'running' ? { responseDueAt: response.dueAt } : {}),
    ...(next !== undefined ? { nextDueAt: next } : {}),
  };
}
