/**
 * Writes one chunk of an import in one transaction: its cases, their day counters, the progress
 * entries of closed ones, one audit event for the chunk, and the job's progress. A chunk is
 * therefore all in or all out, and the job record always says which chunks are in.
 *
 * The audit event is the chunk's, on the job's chain (`import:<jobId>`): it lists every case it
 * wrote with its number and file row, and each case records the job and row it came from
 * (`importedFrom`). An event per case cost as much IndexedDB work as the cases themselves.
 */
import { Dexie } from 'dexie';
import type { AuditActor } from '../../domain/audit/chain';
import type { CaseRecord } from '../../domain/cases/case';
import { caseDayKey, MAX_CASES_PER_DAY } from '../../domain/cases/case-number';
import type { CaseEntry } from '../../domain/cases/entries';
import { DeskError } from '../../domain/common/errors';
import { numberDrafts, splitCaseNumber, toCaseRecord } from '../../domain/imports/convert';
import { LATE_ROWS_LISTED, type ImportJobRecord } from '../../domain/imports/job';
import type { ImportDraft } from '../../domain/imports/validate';
import type { DeskDb } from '../db';
import { contentKey, existingByContent, unnumbered } from './check';
import { readSettings } from '../core/settings';
import { appendAudit } from '../core/audit';
import { dayNumbersInStore } from '../core/case-numbers';
import type { ImportFaults } from './config';

const counterKey = (day: string) => `case-no:${day}`;


export interface ChunkInput {
  jobId: string;
  chunk: number;
  /** The chunk's rows: drafts of the valid ones, null for the invalid ones. */
  drafts: readonly (ImportDraft | null)[];
  reserved: ReadonlyMap<string, ReadonlySet<number>>;
  now: number;
  actor: AuditActor;
  faults?: ImportFaults;
  /** A cancel: the chunk being written is rolled back (the job keeps the chunks before it). */
  signal?: AbortSignal;
}

export interface ChunkResult {
  /** The cases written, as stored. */
  records: CaseRecord[];
  job: ImportJobRecord;
}

/**
 * The numbers in the store of each day this chunk would number past 9999 (its counter pushed there
 * by a kept old number): their gaps are given out instead. Other days are not read.
 */
async function usedNumbers(db: DeskDb, fresh: readonly ImportDraft[], issued: ReadonlyMap<string, number>): Promise<Map<string, Set<number>>> {
  const needed = new Map<string, number>();
  // The counter as the chunk's own kept numbers push it.
  const highest = new Map(issued);
  for (const draft of fresh) {
    if (draft.no !== null) {
      const { day, sequence } = splitCaseNumber(draft.no);
      highest.set(day, Math.max(highest.get(day) ?? 0, sequence));
      continue;
    }
    const day = caseDayKey(draft.receivedAt);
    needed.set(day, (needed.get(day) ?? 0) + 1);
  }
  const used = new Map<string, Set<number>>();
  for (const [day, count] of needed) {
    if ((highest.get(day) ?? 0) + count <= MAX_CASES_PER_DAY) continue;
    used.set(day, await dayNumbersInStore(db, day));
  }
  return used;
}

export async function writeChunk(db: DeskDb, input: ChunkInput): Promise<ChunkResult> {
  const { now, actor } = input;
  const importer = { id: actor.id, name: actor.name };
  return db.transaction('rw', [db.cases, db.counters, db.entries, db.audit, db.auditHeads, db.imports, db.settings], async () => {
    const job = await db.imports.get(input.jobId);
    // Another runner (a second window resuming the same job) must never write a chunk twice.
    if (!job || job.status !== 'running' || job.chunksDone !== input.chunk) throw new DeskError({ code: 'imports.jobChanged' });
    const candidates = input.drafts.filter((draft): draft is ImportDraft => draft !== null);
    const nos = candidates.flatMap((d) => (d.no ? [d.no] : []));
    const externalIds = candidates.flatMap((d) => (d.externalId ? [d.externalId] : []));
    const referralNos = candidates.flatMap((d) => (d.referralNo ? [d.referralNo] : []));
    // Checked again here: cases written since the check (another import, a registration today) win.
    const [takenNos, takenExternal, takenReferral] = await Promise.all([
      nos.length > 0 ? db.cases.where('no').anyOf(nos).keys() : [],
      externalIds.length > 0 ? db.cases.where('externalId').anyOf(externalIds).keys() : [],
      referralNos.length > 0
        ? Promise.all([db.cases.where('referralNo').anyOf(referralNos).keys(), db.cases.where('externalId').anyOf(referralNos).keys()]).then((both) => both.flat())
        : [],
    ]);
    const noSet = new Set(takenNos.map(String));
    const externalSet = new Set(takenExternal.map(String));
    const referralSet = new Set(takenReferral.map(String));
    const numberTaken = (d: ImportDraft) =>
      Boolean((d.no && noSet.has(d.no)) || (d.externalId && externalSet.has(d.externalId)) || (d.referralNo && referralSet.has(d.referralNo)));
    // A row without numbers by what it says: the same file imported from another window meanwhile.
    const sameContent = await existingByContent(db, candidates.filter((d) => unnumbered(d) && !numberTaken(d)));
    const taken = (d: ImportDraft) => numberTaken(d) || (unnumbered(d) && sameContent.has(contentKey(d)));
    const fresh = candidates.filter((d) => !taken(d));
    const late = candidates.filter(taken).map((d) => d.row);

    const days = [...new Set(fresh.map((d) => (d.no ? splitCaseNumber(d.no).day : caseDayKey(d.receivedAt))))];
    const [counterRows, settings] = await Promise.all([db.counters.bulkGet(days.map(counterKey)), readSettings(db)]);
    const issued = new Map(days.map((day, i) => [day, counterRows[i]?.value ?? 0]));
    const { numbers, counters } = numberDrafts(fresh, issued, input.reserved, await usedNumbers(db, fresh, issued));

    const records: CaseRecord[] = [];
    const entries: CaseEntry[] = [];
    const context = { now, settings, calendar: settings.workCalendar, importer, jobId: input.jobId, newId: () => crypto.randomUUID() };
    fresh.forEach((draft, i) => {
      const converted = toCaseRecord(draft, numbers[i]!, context);
      records.push(converted.record);
      entries.push(...converted.entries);
    });
    const next: ImportJobRecord = {
      ...job,
      chunksDone: job.chunksDone + 1,
      rowsImported: job.rowsImported + records.length,
      rowsSkipped: job.rowsSkipped + (input.drafts.length - records.length),
      ...(late.length > 0 && {
        lateDuplicates: {
          count: (job.lateDuplicates?.count ?? 0) + late.length,
          rows: [...(job.lateDuplicates?.rows ?? []), ...late].slice(0, LATE_ROWS_LISTED),
        },
      }),
      updatedAt: now,
    };
    // Issued together and awaited once: no round trip between the writes.
    const writes: Promise<unknown>[] = [
      db.cases.bulkAdd(records),
      db.counters.bulkPut([...counters].filter(([day, value]) => value > (issued.get(day) ?? 0)).map(([day, value]) => ({ key: counterKey(day), value }))),
      appendAudit(db, {
        subject: `import:${input.jobId}`,
        at: now,
        actor,
        command: 'imports.chunk',
        before: null,
        after: null,
        detail: { chunk: input.chunk + 1, cases: records.map((record, i) => [record.id, record.no, fresh[i]!.row]) },
      }),
      db.imports.put(next),
    ];
    if (entries.length > 0) writes.push(db.entries.bulkAdd(entries));
    const written = Promise.all(writes);
    // 取消导入 while the chunk is written: the transaction is aborted, so the chunk is not in at all.
    const transaction = Dexie.currentTransaction;
    const abort = () => transaction?.abort();
    try {
      input.faults?.afterWrites?.(input.chunk);
      input.signal?.throwIfAborted();
      input.signal?.addEventListener('abort', abort, { once: true });
    } catch (error) {
      // The aborted writes reject too; the fault (or the cancel) is the failure to report.
      written.catch(() => undefined);
      throw error;
    }
    try {
      await written;
    } finally {
      input.signal?.removeEventListener('abort', abort);
    }
    return { records, job: next };
  });
}
