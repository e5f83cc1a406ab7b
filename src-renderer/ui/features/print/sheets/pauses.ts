import type { Person } from '../../../../domain/cases/case';
import type { CaseEntry } from '../../../../domain/cases/entries';

export type ExecutionEntry = Extract<CaseEntry, { kind: 'progress' | 'pause' | 'resume' }>;

export interface PauseSpan {
  id: string;
  from: number;
  /** Null while the clock is still paused. */
  to: number | null;
  reason: string;
  by: Person;
  /** What was noted when the clock resumed. */
  note: string;
}

/** Each 暂停计时 paired with the 恢复计时 after it, in time order. */
export function pausesOf(entries: ExecutionEntry[]): PauseSpan[] {
  const spans: PauseSpan[] = [];
  for (const entry of [...entries].sort((a, b) => a.at - b.at)) {
    if (entry.kind === 'pause') spans.push({ id: entry.id, from: entry.at, to: null, reason: entry.reason, by: entry.by, note: '' });
    const open = spans.at(-1);
    if (entry.kind === 'resume' && open && open.to === null) {
      open.to = entry.at;
      open.note = entry.note;
    }
  }
  return spans;
}
