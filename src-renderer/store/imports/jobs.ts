/**
 * Starting, resuming and cancelling import jobs. Every refusal comes before anything is written;
 * once the job record exists, the runner takes over in the background.
 */
import type { AuditActor } from '../../domain/audit/chain';
import { DeskError } from '../../domain/common/errors';
import { endedJob, IMPORT_CHUNK_ROWS, rowsProcessed, type ImportJobRecord, type ImportMode } from '../../domain/imports/job';
import type { ImportMapping } from '../../domain/imports/mapping';
import { valueMapAudit } from '../../domain/imports/value-audit';
import { compactValueMap, resolveValueMap, sourceOf, type ValueField, type ValueMap, type ValueOrigins } from '../../domain/imports/value-map';
import { fileValueMap, type FileValueMap } from '../../domain/imports/value-scan';
import { appendAudit } from '../core/audit';
import { readSettings } from '../core/settings';
import type { DeskDb } from '../db';
import type { StoreContext } from '../rpc/define';
import { checkFile, markListed, type FileCheck } from './check';
import { importConfig } from './config';
import { assertRoom } from './disk';
import { fileOf, type CachedFile } from './files';
import { activeRunner, asItStands, launch, requestCancel, runnerOf } from './runner';
import { assertMapping, assertValueMap } from './schemas';
import { listedValues } from './values';

/** Databases where a start or resume is between its checks and its runner (two windows clicking at once), with its file's name. */
const claiming = new WeakMap<DeskDb, string>();

function actorOf(ctx: StoreContext): AuditActor {
  const actor = ctx.actor!;
  return { id: actor.id, name: actor.name, role: actor.role };
}

export async function jobOf(db: DeskDb, jobId: string): Promise<ImportJobRecord> {
  const job = await db.imports.get(jobId);
  if (!job) throw new DeskError({ code: 'imports.jobNotFound' });
  return asItStands(db, job);
}

/** Claims the one import slot of the host for `work`; `imports.busy` while another job runs. */
async function claimSlot<T>(db: DeskDb, fileName: string, work: () => Promise<T>): Promise<T> {
  if (activeRunner(db) || claiming.has(db)) throw new DeskError({ code: 'imports.busy' });
  claiming.set(db, fileName);
  try {
    return await work();
  } finally {
    claiming.delete(db);
  }
}

/**
 * The file of the import this host is starting, resuming or writing, if any: its rows are read
 * by the departments' names of that moment (a rename waits for it). A job left 'running' by a host
 * that went away is not under way.
 */
export async function importUnderWay(db: DeskDb): Promise<string | null> {
  const starting = claiming.get(db);
  if (starting !== undefined) return starting;
  const runner = activeRunner(db);
  return runner ? ((await db.imports.get(runner.jobId))?.fileName ?? '') : null;
}

/**
 * The file checked with `mapping` and the value map: the check just shown to the user when the
 * mapping, the value map as sent and the configured departments are the same (a department
 * removed since then must not come in), unless `fresh` asks for a new one. Kept for the next call
 * either way, with the value map as far as it concerns the file. The user's value map is refused
 * when a target is not its field's value, and used only as far as it concerns the file
 * (`fileValueMap`: mapped fields, values 对应取值 listed — cut from that listing, not by reading
 * the file again); a job's own (`trusted`, on resume) is taken as far as it still holds — a
 * department removed since leaves its rows unknown. Row errors of a value 对应取值 listed are marked
 * (`listed`): the user can match it there.
 */
export async function checked(
  ctx: StoreContext,
  file: CachedFile,
  mapping: ImportMapping,
  values: ValueMap,
  { fresh = false, trusted = false }: { fresh?: boolean; trusted?: boolean } = {},
): Promise<{ check: FileCheck; values: FileValueMap }> {
  assertMapping(mapping, file.table.headers.length);
  const { departments } = await readSettings(ctx.db);
  const key = JSON.stringify([trusted, mapping, departments, values]);
  if (!fresh && file.lastCheck?.key === key) return { check: file.lastCheck.check, values: file.lastCheck.values };
  if (!trusted) assertValueMap(values, departments);
  // A column is read only when the map names values of it and 对应取值 has not listed it.
  const names = (field: ValueField) => !trusted && Object.keys(values[field] ?? {}).length > 0;
  const listed = await listedValues(file, mapping, departments, names);
  const kept: FileValueMap = trusted ? { map: values, spelling: {} } : fileValueMap(listed, values);
  const check = await checkFile(ctx.db, file.table, mapping, ctx.now(), departments, resolveValueMap(kept.map, departments));
  markListed(check.errors, listed);
  file.lastCheck = { key, check, values: kept };
  return { check, values: kept };
}

export async function startImport(
  ctx: StoreContext,
  args: { fileId: string; mapping: ImportMapping; values: ValueMap; origins: ValueOrigins; mode: ImportMode },
): Promise<{ jobId: string }> {
  const { db } = ctx;
  const actor = actorOf(ctx);
  const file = fileOf(db, args.fileId, actor.id, ctx.now());
  return claimSlot(db, file.fileName, async () => {
    // All or nothing is decided on the store as it is now: a row that became a duplicate since the
    // check the user saw (a case written in another window) must refuse the file, not be skipped.
    const { check, values } = await checked(ctx, file, args.mapping, args.values, { fresh: args.mode === 'allOrNothing' });
    const valueMap = compactValueMap(values.map);
    const mapsValues = Object.keys(valueMap).length > 0;
    if (args.mode === 'allOrNothing' && check.invalid > 0) throw new DeskError({ code: 'imports.hasErrors', params: { count: check.invalid } });
    if (check.valid === 0) throw new DeskError({ code: 'imports.nothingToImport' });
    const config = importConfig(db);
    await assertRoom(config.estimateStorage, check.drafts);
    const now = ctx.now();
    const chunkSize = config.chunkSize > 0 ? config.chunkSize : IMPORT_CHUNK_ROWS;
    const job: ImportJobRecord = {
      id: crypto.randomUUID(),
      fileName: file.fileName,
      fileHash: file.fileHash,
      sheet: file.table.sheet,
      startedAt: now,
      updatedAt: now,
      finishedAt: null,
      status: 'running',
      mode: args.mode,
      mapping: args.mapping,
      ...(mapsValues ? { valueMap } : {}),
      source: sourceOf(file.table.headers),
      totalRows: file.table.rows.length,
      validRows: check.valid,
      chunkSize,
      chunkCount: Math.ceil(file.table.rows.length / chunkSize),
      chunksDone: 0,
      rowsImported: 0,
      rowsSkipped: 0,
      actor,
      error: null,
    };
    await db.transaction('rw', [db.imports, db.audit, db.auditHeads], async () => {
      await db.imports.add(job);
      const { fileName, fileHash, mode, totalRows, validRows } = job;
      const after = { fileName, fileHash, mode, totalRows, validRows, ...valueMapAudit(values, args.origins) };
      await appendAudit(db, { subject: `import:${job.id}`, at: now, actor, command: 'imports.start', before: null, after });
    });
    ctx.changed('imports', job.id);
    launch(db, job, check, actor, ctx.now);
    return { jobId: job.id };
  });
}

export async function resumeImport(ctx: StoreContext, args: { jobId: string; fileId: string }): Promise<ImportJobRecord> {
  const { db } = ctx;
  const actor = actorOf(ctx);
  const file = fileOf(db, args.fileId, actor.id, ctx.now());
  return claimSlot(db, file.fileName, async () => {
    const job = await jobOf(db, args.jobId);
    if ((job.status !== 'interrupted' && job.status !== 'cancelled') || job.chunksDone >= job.chunkCount) {
      throw new DeskError({ code: 'imports.notResumable', params: { status: job.status } });
    }
    if (file.fileHash !== job.fileHash || file.table.sheet !== job.sheet || file.table.rows.length !== job.totalRows) {
      throw new DeskError({ code: 'imports.fileMismatch', params: { name: job.fileName } });
    }
    // The job's own value map: the rows mean what they meant when it started. All or nothing is
    // decided on the store as it is now, as at the start.
    const allOrNothing = job.mode === 'allOrNothing';
    const { check } = await checked(ctx, file, job.mapping as ImportMapping, job.valueMap ?? {}, { trusted: true, fresh: allOrNothing });
    const from = job.chunksDone * job.chunkSize;
    if (allOrNothing) assertStillValid(check, file.table.rowNumbers, from, job);
    await assertRoom(importConfig(db).estimateStorage, check.drafts.slice(from));
    const now = ctx.now();
    const next = await db.transaction('rw', [db.imports, db.audit, db.auditHeads], async () => {
      const current = await jobOf(db, job.id);
      if (current.status !== job.status || current.chunksDone !== job.chunksDone) throw new DeskError({ code: 'imports.jobChanged' });
      const { gaveUp: _gaveUp, ...rest } = current;
      const resumed: ImportJobRecord = { ...rest, status: 'running', error: null, finishedAt: null, updatedAt: now };
      await db.imports.put(resumed);
      await appendAudit(db, {
        subject: `import:${job.id}`,
        at: now,
        actor,
        command: 'imports.resume',
        before: { status: current.status },
        after: { status: 'running', chunksDone: current.chunksDone },
      });
      return resumed;
    });
    ctx.changed('imports', job.id);
    launch(db, next, check, actor, ctx.now);
    return next;
  });
}

/**
 * All or nothing started with every row valid (it refuses any error), so a row not yet imported
 * that is not valid now became so since — a case with its number written in another window, its
 * department removed — and must stop the job rather than be skipped. Rows are counted from the
 * drafts: the error list is cut at MAX_REPORTED_ERRORS, which the rows already imported (now
 * duplicates of themselves) can fill.
 */
function assertStillValid(check: FileCheck, rowNumbers: readonly number[], from: number, job: ImportJobRecord): void {
  const failing = check.drafts.slice(from).flatMap((draft, i) => (draft ? [] : [rowNumbers[from + i]!]));
  if (failing.length === 0) return;
  // Imported again, the rows already in are skipped as duplicates: by their case number or old-system
  // number, or without one by what they say (store/imports/check.ts).
  // Nothing imported yet (stopped in its first batch): refused as at a start.
  if (from === 0) throw new DeskError({ code: 'imports.hasErrors', params: { count: failing.length } });
  throw new DeskError({
    code: 'imports.resumeHasErrors',
    params: { count: failing.length, row: failing[0]!, imported: job.rowsImported, firstRow: rowNumbers[0] ?? 2, lastRow: rowNumbers[from - 1] ?? 2 },
  });
}

/** A running job stops at once, the chunk it was writing rolled back; an interrupted one is given up (its written chunks stay). */
export async function cancelImport(ctx: StoreContext, jobId: string): Promise<ImportJobRecord> {
  const { db } = ctx;
  const runner = runnerOf(db, jobId);
  if (runner) {
    requestCancel(runner);
    return jobOf(db, jobId);
  }
  const now = ctx.now();
  return db.transaction('rw', [db.imports, db.audit, db.auditHeads], async () => {
    const job = await jobOf(db, jobId);
    if (job.status !== 'interrupted') return job;
    // It stopped when it was interrupted, not now: the history says so, and who gave it up.
    const next = endedJob({ ...job, status: 'cancelled', finishedAt: job.updatedAt, updatedAt: now, gaveUp: { at: now, by: actorOf(ctx).name } });
    await db.imports.put(next);
    await appendAudit(db, {
      subject: `import:${jobId}`,
      at: now,
      actor: actorOf(ctx),
      command: 'imports.finish',
      before: { status: job.status },
      after: { status: 'cancelled', rowsImported: job.rowsImported, rowsSkipped: job.rowsSkipped, chunksDone: job.chunksDone },
    });
    ctx.changed('imports', jobId);
    return next;
  });
}

/**
 * The newest unfinished job of the same file, offered as 继续导入 when that file is opened again.
 * `rowsProcessed` (imported or skipped) is what compares with `totalRows`; `rowsImported` counts
 * cases, which skipped rows do not become.
 */
export async function resumableJobOf(db: DeskDb, fileHash: string) {
  const jobs = await db.imports.orderBy('startedAt').reverse().toArray();
  const job = jobs.find((j) => j.fileHash === fileHash && (j.status === 'interrupted' || j.status === 'cancelled') && j.chunksDone < j.chunkCount);
  if (!job) return null;
  const { id: jobId, chunksDone, rowsImported, rowsSkipped, totalRows, fileName } = job;
  return { jobId, chunksDone, rowsProcessed: rowsProcessed(job), rowsImported, rowsSkipped, totalRows, fileName };
}
