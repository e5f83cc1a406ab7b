import { CLOCK_KINDS } from '../clocks/clock';
import type { CaseRecord } from './case';

/**
 * Index fields derived from the clocks, recomputed on every write so the
 * tracking queries and the deadline feed read them straight from an index.
 * Pure, so generated demo cases get exactly what the store's commands write.
 */
export function withDerivedFields(record: CaseRecord): CaseRecord {
  const { responseDueAt: _r, nextDueAt: _n, ...rest } = record;
  const response = record.clocks.response;
  let next: number | undefined;
  for (const kind of CLOCK_KINDS) {
    const clock = record.clocks[kind];
    if (clock?.state === 'running' && (next === undefined || clock.dueAt < next)) next = clock.dueAt;
  }
  return {
    ...rest,
    ...(response?.state === 'running' ? { responseDueAt: response.dueAt } : {}),
    ...(next !== undefined ? { nextDueAt: next } : {}),
  };
}
