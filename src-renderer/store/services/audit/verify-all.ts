import { z } from 'zod';
import { verifyChain } from '../../../domain/audit/chain';
import { NO_PROGRESS, type ProgressSink } from '../../../domain/jobs/progress';
import { asJob } from '../../jobs/registry';
import { subjectChain } from '../../core/audit';
import type { AuditHeadRecord, DeskDb } from '../../db';
import { query } from '../../rpc/define';
import { describeSubjects, type SubjectInfo } from './subjects';

export interface BrokenChain extends SubjectInfo {
  subject: string;
  /** Events found in the chain. */
  events: number;
  /** The number of the first event that does not check out (one past the last when events are missing at the end). */
  brokenAt: number;
  /** `missing`: a case registered at this desk has no chain at all (its events and its head deleted). */
  reason: 'hash' | 'link' | 'sequence' | 'truncated' | 'missing';
}

export interface VerifyAllReport {
  subjects: number;
  events: number;
  broken: BrokenChain[];
}

/** Heads read per round trip (keyset by subject). */
const HEADS_PER_READ = 200;
/** Hashing is synchronous: after this much work the host lets other calls in before the next chain. */
const SLICE_MS = 20;

const yieldToHost = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Recomputes every chain the head table knows (each chain in its own read), yielding between
 * chains whenever a slice of work is used up so other windows' calls are answered meanwhile.
 * `progress` counts the chains checked, of the chains the head table held when the check began.
 */
export async function verifyAllChains(db: DeskDb, progress: ProgressSink<'verifying'> = NO_PROGRESS): Promise<VerifyAllReport> {
  const broken: Array<Omit<BrokenChain, keyof SubjectInfo>> = [];
  let subjects = 0;
  let events = 0;
  let after: string | null = null;
  let sliceStart = performance.now();
  const chained = new Set<string>();
  progress.phase('verifying', await db.auditHeads.count());
  for (;;) {
    const heads: AuditHeadRecord[] = await (after === null ? db.auditHeads.orderBy('subject') : db.auditHeads.where('subject').above(after)).limit(HEADS_PER_READ).toArray();
    for (const { subject } of heads) {
      chained.add(subject);
      const chain = await subjectChain(db, subject);
      const report = verifyChain(chain.events, chain.head);
      subjects += 1;
      events += report.events;
      if (!report.ok) broken.push({ subject, events: report.events, brokenAt: report.brokenAt, reason: report.reason });
      progress.advance();
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToHost();
        sliceStart = performance.now();
      }
    }
    if (heads.length < HEADS_PER_READ) break;
    after = heads.at(-1)!.subject;
  }
  broken.push(...(await casesWithoutChain(db, chained)));
  return { subjects, events, broken: await describeSubjects(db, broken) };
}

/**
 * Cases whose whole chain is gone: a chain deleted with its head leaves nothing for the walk above
 * to find. Every case registered at this desk (or seeded as demo data) starts its chain when it is
 * written; an imported case only with the first command after its import (the import's own chain
 * lists it), so one without a chain is not counted.
 */
async function casesWithoutChain(db: DeskDb, chained: ReadonlySet<string>): Promise<Array<Omit<BrokenChain, keyof SubjectInfo>>> {
  const ids = (await db.cases.toCollection().primaryKeys()) as string[];
  const missing: Array<Omit<BrokenChain, keyof SubjectInfo>> = [];
  const unchained = ids.filter((id) => !chained.has(id));
  // A slice at a time: a desk that imported many cases holds as many without a chain of their own.
  for (let at = 0; at < unchained.length; at += HEADS_PER_READ) {
    const slice = unchained.slice(at, at + HEADS_PER_READ);
    // A case registered while the walk went on (its id before the walk's place) has its head by now.
    const [records, heads] = await Promise.all([db.cases.bulkGet(slice), db.auditHeads.bulkGet(slice)]);
    records.forEach((record, i) => {
      if (record && !record.importedFrom && !heads[i]) missing.push({ subject: record.id, events: 0, brokenAt: 1, reason: 'missing' });
    });
    await yieldToHost();
  }
  return missing;
}

/** 全部审计链校验: every chain, with where each broken one breaks and why. */
export const verifyAll = query(
  z.object({}).default({}),
  async ({ db, actor }) => asJob(db, 'verifyAll', actor!.id, (progress) => verifyAllChains(db, progress)),
  { access: 'audit.verify' },
);
