/**
 * Once per database, after it opens: cases an earlier version wrote get what the desk records
 * since (domain/cases/older-records.ts) — a completed handling's 处理结果, the latest failed
 * callback of a re-handled case, an extension request left pending on a terminated case, 回访时限
 * of a case waiting for its callback. The
 * cases are read a slice at a time, paced behind the windows' calls; only the few that may lack
 * something have their entries and audit events read, each in a read-write transaction of its own
 * (re-read inside it: a command writing the case meanwhile is never overwritten). A mark in
 * `counters` says which generation of the repair was done, so it runs again only on a database
 * that has not had this one (a restored older backup, or a desk repaired before the repair learnt
 * something more: each part only touches a case lacking what it adds).
 */
import { Dexie } from 'dexie';
import { mayNeedRepair, needsCompletions, repairOlderCase } from '../../domain/cases/older-records';
import type { CaseRecord } from '../../domain/cases/case';
import { withDerivedFields } from '../../domain/cases/derived';
import type { DeskDb } from '../db';
import { startNode } from './clocks';
import { createPacer } from './pacing';
import { readSettings } from './settings';

export const OLDER_CASES_REPAIRED = 'repaired:olderCases';
/** The repair's generation: 1 (stop 43) knew no 回访时限. */
export const OLDER_CASES_REPAIR = 2;

const SLICE = 500;

/**
 * Repairs the cases of `db` that need it, once; answers the ids of the cases it changed. The store
 * host starts it once for each database it serves, beside the contact keys' backfill.
 */
export async function repairOlderCases(db: DeskDb, sliceSize = SLICE): Promise<string[]> {
  if (((await db.counters.get(OLDER_CASES_REPAIRED))?.value ?? 0) >= OLDER_CASES_REPAIR) return [];
  const pacer = createPacer();
  const changed: string[] = [];
  let after: string | null = null;
  for (;;) {
    const slice: CaseRecord[] = await (after === null ? db.cases.orderBy(':id') : db.cases.where(':id').above(after)).limit(sliceSize).toArray();
    for (const candidate of slice.filter(mayNeedRepair)) {
      const repaired = await db.transaction('rw', [db.cases, db.entries, db.audit, db.settings], async () => {
        const record = await db.cases.get(candidate.id);
        if (!record || !mayNeedRepair(record)) return false;
        const entries = await db.entries.where('[caseId+at]').between([record.id, Dexie.minKey], [record.id, Dexie.maxKey]).toArray();
        const completedAt = needsCompletions(record)
          ? (await db.audit.where('[subject+n]').between([record.id, Dexie.minKey], [record.id, Dexie.maxKey]).toArray())
              .filter((event) => event.command === 'progress.complete')
              .map((event) => event.at)
          : [];
        const settings = await readSettings(db);
        const repair = repairOlderCase(record, entries, completedAt, (at) => startNode({}, 'callback', at, settings).callback!);
        if (!repair) return false;
        // Derived fields too: a 回访时限 started here is the case's next deadline (`nextDueAt`).
        await db.cases.put(withDerivedFields(repair.record));
        if (repair.entries.length > 0) await db.entries.bulkPut(repair.entries);
        return true;
      });
      if (repaired) changed.push(candidate.id);
    }
    if (slice.length < sliceSize) break;
    after = slice.at(-1)!.id;
    await pacer.yieldToCalls();
  }
  await db.counters.put({ key: OLDER_CASES_REPAIRED, value: OLDER_CASES_REPAIR });
  return changed;
}
