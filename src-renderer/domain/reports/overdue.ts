/**
 * 期末超时未办结: the cases overdue at the end of a report's period (now, for the month under way)
 * — what a supervisor reads at month end beside the deadlines completed late in it. A case is
 * overdue at an instant when one of its clocks was running then (started, not yet completed, not
 * paused) with its deadline already past: as the dashboard's 当前超时 counts now. A past instant is
 * judged by the deadline in force in the stretch the clock was running then (the one recorded when it
 * was next paused), else by today's: an extension approved after it counts (README: 期末超时未办结量).
 */
import type { CaseRecord } from '../cases/case';
import type { Clock } from '../clocks/clock';

/** When a clock was overdue: half-open intervals [from, to) of instants, in order. */
export type OverdueSpan = readonly [from: number, to: number];

/**
 * The spans in which `clock` was overdue: in each stretch it ran (from its start or a resume to a pause
 * or its completion), after the deadline in force then — the one its pause recorded, else today's.
 */
export function clockOverdueSpans(clock: Clock): OverdueSpan[] {
  const end = clock.completedAt ?? Number.POSITIVE_INFINITY;
  const spans: OverdueSpan[] = [];
  let running = clock.startedAt;
  // Pauses are appended as they begin: in order (the case index computes this for every case it holds).
  for (const pause of clock.pauses) {
    if (pause.from >= end) break;
    overdueIn(running, pause.from, pause.dueAt ?? clock.dueAt, spans);
    running = Math.max(running, pause.to ?? Number.POSITIVE_INFINITY);
  }
  overdueIn(running, end, clock.dueAt, spans);
  return spans;
}

function overdueIn(from: number, to: number, dueAt: number, spans: OverdueSpan[]): void {
  const start = Math.max(from, dueAt + 1);
  if (start < to) spans.push([start, to]);
}

/** Every clock's overdue spans (the earlier handlings' too), or undefined when it never was. */
export function overdueSpansOf(record: Pick<CaseRecord, 'clocks' | 'earlierResolutions'>): OverdueSpan[] | undefined {
  const spans = [...Object.values(record.clocks), ...(record.earlierResolutions ?? [])].flatMap((clock) => (clock ? clockOverdueSpans(clock) : []));
  return spans.length > 0 ? spans : undefined;
}

export function overdueAt(spans: readonly OverdueSpan[] | undefined, at: number): boolean {
  return spans !== undefined && spans.some(([from, to]) => from <= at && at < to);
}

/** How many of these cases were overdue at `at`. */
export function countOverdueAt(facts: readonly ({ overdueSpans?: readonly OverdueSpan[] } | undefined)[], at: number): number {
  let count = 0;
  for (const fact of facts) if (fact && overdueAt(fact.overdueSpans, at)) count += 1;
  return count;
}
