/**
 * What cases written by earlier versions lack, worked out from what they kept. Three things the
 * desk records since then were missing on them, so they counted and read differently from cases
 * of today:
 * - 处理结果 (`outcome`, schema 8): a handling completed before shows its summary as a plain
 *   进度 entry, and exports, similar cases and the report's 处理结果 had none. The summary is the
 *   progress entry written in the same command as the handling's completion (its audit event).
 * - when the latest failed callback was made (`lastUnreachableAt`, since 2026-12): a re-handled
 *   case whose new callback failed was not counted as 回访未联系上. A failed call recorded after
 *   the case was last sent back (an unsatisfied survey's 重新处理, or a quality return) is one no
 *   survey has answered since.
 * - an extension still 待审批 on a terminated case (termination withdraws it since 2026-12): it
 *   stood in nobody's queue for ever. It is withdrawn as of the termination, by whoever terminated.
 * - 回访时限 (the `callback` clock, since 2026-12) of a case already waiting for its callback: it
 *   waited without a deadline. It runs from the handling's completion, as it does for a handling
 *   completed today, by the desk's settings.
 * Pure: the store host reads each candidate's entries and audit events (store/core/older-cases.ts).
 */
import type { Clock } from '../clocks/clock';
import type { CaseRecord } from './case';
import type { CaseEntry } from './entries';

/** An entry and the audit event of the same command are written at the same instant; a second of leeway. */
const SAME_COMMAND_MS = 1_000;

const lacksOutcome = (record: CaseRecord) => record.outcome === undefined && typeof record.clocks.resolution?.completedAt === 'number';
const lacksLastUnreachable = (record: CaseRecord) =>
  record.lastUnreachableAt === undefined && record.unreachableAttempts > 0 && record.feedback !== null && record.status !== 'closed';
const withdrawable = (record: CaseRecord) => record.status === 'terminated' && record.extensions.some((e) => e.decision === 'pending');
const lacksCallbackClock = (record: CaseRecord) =>
  record.status === 'feedback' && record.clocks.callback === undefined && typeof record.clocks.resolution?.completedAt === 'number';

/** Whether a case may lack what is worked out here (cheap: looks at the record alone). */
export function mayNeedRepair(record: CaseRecord): boolean {
  return lacksOutcome(record) || lacksLastUnreachable(record) || withdrawable(record) || lacksCallbackClock(record);
}

/** 回访时限 started at an instant, by the desk's settings (the store host's `startNode`). */
export type StartCallbackClock = (at: number) => Clock;

/** Whether the repair needs the instants the case's handlings were completed at (its `progress.complete` audit events). */
export const needsCompletions = lacksOutcome;

export interface OlderCaseRepair {
  record: CaseRecord;
  /** Entries changed (an old completion's summary marked as 处理结果). */
  entries: CaseEntry[];
}

/**
 * The case as the desk writes it today, and the entries that change with it; null when nothing can
 * be worked out (nothing missing, or nothing kept to work it out from).
 * `completedAt`: the instants of the case's `progress.complete` audit events; `startCallback`
 * starts 回访时限 by the desk's settings.
 */
export function repairOlderCase(
  record: CaseRecord,
  entries: readonly CaseEntry[],
  completedAt: readonly number[],
  startCallback: StartCallbackClock,
): OlderCaseRepair | null {
  let next = record;
  const changedEntries: CaseEntry[] = [];

  if (lacksOutcome(record)) {
    const summaries = entries.filter(
      (entry): entry is Extract<CaseEntry, { kind: 'progress' }> =>
        entry.kind === 'progress' && completedAt.some((at) => Math.abs(entry.at - at) <= SAME_COMMAND_MS),
    );
    for (const entry of summaries) if (entry.outcome !== true) changedEntries.push({ ...entry, outcome: true });
    const latest = summaries.reduce<(typeof summaries)[number] | undefined>((last, entry) => (!last || entry.at > last.at ? entry : last), undefined);
    if (latest) next = { ...next, outcome: { summary: latest.text, at: latest.at, by: latest.by } };
  }

  if (lacksLastUnreachable(record)) {
    const sentBack = Math.max(-Infinity, ...entries.filter((entry) => entry.kind === 'reopen' || entry.kind === 'qualityReturn').map((entry) => entry.at));
    const unanswered = entries.filter((entry) => entry.kind === 'feedbackAttempt' && entry.at > sentBack);
    if (unanswered.length > 0) {
      next = { ...next, lastUnreachableAt: Math.max(...unanswered.map((entry) => (entry.kind === 'feedbackAttempt' && entry.calledAt !== undefined ? entry.calledAt : entry.at))) };
    }
  }

  if (withdrawable(record)) {
    const { termination } = record;
    const at = termination?.at ?? record.closedAt ?? record.updatedAt;
    next = {
      ...next,
      extensions: next.extensions.map((e) =>
        e.decision === 'pending' ? { ...e, decision: 'withdrawn' as const, decidedAt: at, decidedBy: termination?.by ?? null, decisionNote: termination?.note ?? '' } : e,
      ),
    };
  }

  if (lacksCallbackClock(record)) {
    next = { ...next, clocks: { ...next.clocks, callback: startCallback(record.clocks.resolution!.completedAt!) } };
  }

  return next === record && changedEntries.length === 0 ? null : { record: next, entries: changedEntries };
}
