import { isHeld } from '../../domain/cases/legal-hold';
import { caseOwesReferralReply } from '../../domain/cases/referral-standing';
import { appendAudit } from './audit';
import type { DeskDb } from '../db';
import { withDerivedFields } from './derived';
import { readSettings } from './settings';

const DAY = 86_400_000;

export const SYSTEM_ACTOR = { id: 'system', name: 'system', role: 'system' };

/**
 * Closed cases older than the configured number of days become read-only
 * archive (still searchable and printable). Returns the ids archived.
 * A case under a legal hold stays where it is: a lawsuit or an investigation may still
 * need contacts and documents added to it. It is archived on the first run after its release.
 * Nor is a case that still owes the referring body (12315) its final reply, a terminated one too
 * (domain/cases/referral-standing.ts, the rule of the filter 转办反馈 · 待回复): the reply must still
 * be recorded, and an archived case takes no command. It is archived on the first run after it.
 */
export async function archiveClosedCases(db: DeskDb, now: number): Promise<string[]> {
  return db.transaction('rw', [db.cases, db.audit, db.auditHeads, db.settings], async () => {
    const { lifecycle } = await readSettings(db);
    const cutoff = now - lifecycle.archiveAfterDays * DAY;
    // Only the closed cases not archived yet: with years of cases, reading every closed one would take seconds.
    const due = (await db.cases.where('[archived+closedAt]').between([0, -Infinity], [0, cutoff]).toArray()).filter(
      (record) => !isHeld(record) && !caseOwesReferralReply(record),
    );
    for (const current of due) {
      const next = withDerivedFields({ ...current, archived: 1, updatedAt: now });
      await db.cases.put(next);
      await appendAudit(db, { subject: current.id, at: now, actor: SYSTEM_ACTOR, command: 'cases.archive', before: current, after: next });
    }
    return due.map((c) => c.id);
  });
}
