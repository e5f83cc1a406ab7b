import type { z } from 'zod';
import { DeskError } from '../../../domain/common/errors';
import { previewRow, type ImportPreviewRow } from '../../../domain/imports/convert';
import type { ImportJobRecord } from '../../../domain/imports/job';
import { autoMap, type ImportMapping } from '../../../domain/imports/mapping';
import { readTable, type ImportTable } from '../../../domain/imports/table';
import type { RowError } from '../../../domain/imports/validate';
import { sha256HexOf } from '../../core/digest';
import { flushImportChanges } from '../../imports/events';
import { fileOf, keepFile } from '../../imports/files';
import { cancelImport, checked, jobOf, resumableJobOf, resumeImport, startImport } from '../../imports/jobs';
import { recoverInterrupted } from '../../imports/runner';
import { AnalyzeInput, CheckInput, JobInput, ResumeInput, StartInput } from '../../imports/schemas';
import { command, type ServiceModule, type StoreContext } from '../../rpc/define';

const SAMPLE_ROWS = 10;
const PREVIEW_ROWS = 10;
const JOBS_LISTED = 20;

/**
 * Every imports command first turns jobs a previous host left running into interrupted ones,
 * and hands on the background job's waiting change events (see store/imports/events.ts). All are
 * commands for that reason, even those that only read.
 */
function importsCommand<S extends z.ZodType, R>(schema: S, run: (ctx: StoreContext, args: z.output<S>) => Promise<R>) {
  return command(
    schema,
    async (ctx, args: z.output<S>) => {
      await recoverInterrupted(ctx.db, ctx.now());
      try {
        return await run(ctx, args);
      } finally {
        flushImportChanges(ctx);
      }
    },
    { access: 'imports.run' },
  );
}

function read(fileName: string, data: Uint8Array, sheet: number | undefined): ImportTable {
  try {
    return readTable(fileName, data, sheet === undefined ? {} : { sheet });
  } catch (error) {
    if (error instanceof DeskError) throw error;
    throw new DeskError({ code: 'imports.unreadable', params: { detail: (error instanceof Error ? error.message : String(error)).slice(0, 200) } });
  }
}

/** Reads a file, keeps it in the host's memory for the next steps, and guesses the column mapping. */
const analyze = importsCommand(AnalyzeInput, async (ctx, { fileName, data, sheet }) => {
  const table = read(fileName, data, sheet);
  const fileHash = await sha256HexOf(data);
  const fileId = crypto.randomUUID();
  keepFile(ctx.db, { fileId, ownerId: ctx.actor!.id, fileName, fileHash, bytes: data.byteLength, table, usedAt: ctx.now() });
  return {
    fileId,
    fileName,
    fileHash,
    headers: table.headers,
    rowCount: table.rows.length,
    sheetNames: table.sheetNames,
    sheet: table.sheet,
    mapping: autoMap(table.headers),
    sample: table.rows.slice(0, SAMPLE_ROWS),
    sampleRows: table.rowNumbers.slice(0, SAMPLE_ROWS),
    interrupted: await resumableJobOf(ctx.db, fileHash),
  };
});

export interface ImportCheckResult {
  valid: number;
  invalid: number;
  duplicates: number;
  errorCount: number;
  errors: RowError[];
  preview: ImportPreviewRow[];
}

/** Validates every row with a mapping: counts, the first errors, and a preview of converted rows. */
const check = importsCommand(CheckInput, async (ctx, { fileId, mapping }): Promise<ImportCheckResult> => {
  const file = fileOf(ctx.db, fileId, ctx.actor!.id, ctx.now());
  // Always checked afresh (the store may have changed since); kept for the start that usually follows.
  const result = await checked(ctx, file, mapping as ImportMapping, true);
  const preview: ImportPreviewRow[] = [];
  for (const draft of result.drafts) {
    if (preview.length >= PREVIEW_ROWS) break;
    if (draft) preview.push(previewRow(draft));
  }
  const { valid, invalid, duplicates, errorCount, errors } = result;
  return { valid, invalid, duplicates, errorCount, errors, preview };
});

const start = importsCommand(StartInput, (ctx, args) => startImport(ctx, { ...args, mapping: args.mapping as ImportMapping }));

/** The job as it stands: the wizard asks several times a second while it runs. */
const progress = importsCommand(JobInput, async (ctx, { jobId }): Promise<ImportJobRecord> => jobOf(ctx.db, jobId));

const cancel = importsCommand(JobInput, (ctx, { jobId }) => cancelImport(ctx, jobId));

const resume = importsCommand(ResumeInput, (ctx, args) => resumeImport(ctx, args));

const list = importsCommand(JobInput.omit({ jobId: true }), async (ctx): Promise<ImportJobRecord[]> =>
  ctx.db.imports.orderBy('startedAt').reverse().limit(JOBS_LISTED).toArray(),
);

/** 历史投诉导入: read a CSV/XLSX file, check it, import its valid rows in the background. */
export const importsService = {
  'imports.analyze': analyze,
  'imports.check': check,
  'imports.start': start,
  'imports.progress': progress,
  'imports.cancel': cancel,
  'imports.resume': resume,
  'imports.list': list,
} satisfies ServiceModule;
