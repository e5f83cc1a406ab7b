import type { Person } from '../cases/case';
import type { ImprovementRecord, ImprovementVerification } from './schema';

/** An improvement with its verdicts, as every reader sees it. */
export type CurrentImprovement = ImprovementRecord & { verifications: ImprovementVerification[] };

/** The round under way: open, not judged yet. */
const UNJUDGED = { status: 'open', effective: null, verificationNote: '', verifiedAt: null, verifiedBy: null } as const;

/**
 * A stored improvement as it reads today. A record saved before verdicts were
 * kept has its one verdict in the top-level fields: that becomes its history,
 * and a verdict of 无效 (a dead end then) leaves it open for a new round, as
 * one given now does. The stored record is left as it is until it is next saved.
 */
export function currentImprovement(record: ImprovementRecord): CurrentImprovement {
  if (record.verifications) return { ...record, verifications: record.verifications };
  const { verifiedAt, verifiedBy, effective } = record;
  if (verifiedAt === null || verifiedBy === null || effective === null) return { ...record, verifications: [] };
  const verdict: ImprovementVerification = { at: verifiedAt, by: verifiedBy, effective, note: record.verificationNote, action: record.action, dueAt: record.dueAt };
  return effective ? { ...record, verifications: [verdict] } : { ...record, ...UNJUDGED, verifications: [verdict] };
}

/**
 * The improvement after a verdict on its round. 有效 closes it; 无效 sends it
 * back to 进行中 for a new round (a new action and due date), the verdict kept
 * in its history either way.
 */
export function withVerdict(
  record: CurrentImprovement,
  verdict: { at: number; by: Person; effective: boolean; note: string },
): CurrentImprovement {
  const { at, by, effective, note } = verdict;
  const verifications = [...record.verifications, { at, by, effective, note, action: record.action, dueAt: record.dueAt }];
  return effective
    ? { ...record, status: 'verified', effective: true, verificationNote: note, verifiedAt: at, verifiedBy: by, verifications, updatedAt: at }
    : { ...record, ...UNJUDGED, verifications, updatedAt: at };
}

/** The latest verdict, or null before the first. */
export function lastVerification(record: ImprovementRecord): ImprovementVerification | null {
  return currentImprovement(record).verifications.at(-1) ?? null;
}

/**
 * Judged 无效 and not given a new round since (the same action and due date as the verdict judged):
 * nothing new to verify until it is edited.
 */
export function awaitsNewRound(record: ImprovementRecord): boolean {
  const last = lastVerification(record);
  return !!last && !last.effective && record.status === 'open' && last.action === record.action && last.dueAt === record.dueAt;
}
