/**
 * 期末超时未办结: the cases overdue at the end of a report's period (now, for the month under way)
 * — what a supervisor reads at month end beside the deadlines completed late in it. A case is
 * overdue at an instant when one of its clocks was running then (started, not yet completed, not
 * paused) with its deadline already past: as the dashboard's 当前超时 counts now. A past instant is
 * judged by each clock's deadline as it stands: an extension approved after it counts.
 */
import type { CaseRecord } from '../cases/case';
import type { Clock } from '../clocks/clock';

export function clockOverdueAt(clock: Clock, at: number): boolean {
  if (clock.startedAt > at || clock.dueAt >= at) return false;
  if (clock.completedAt !== null && clock.completedAt <= at) return false;
  return !clock.pauses.some((pause) => pause.from <= at && (pause.to === null || pause.to > at));
}

export function caseOverdueAt(record: Pick<CaseRecord, 'clocks' | 'earlierResolutions'>, at: number): boolean {
  const clocks = [...Object.values(record.clocks), ...(record.earlierResolutions ?? [])];
  return clocks.some((clock) => clock !== undefined && clockOverdueAt(clock, at));
}
