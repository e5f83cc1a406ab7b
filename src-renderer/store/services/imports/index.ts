import type { z } from 'zod';
import { DeskError } from '../../../domain/common/errors';
import { previewRow, type ImportPreviewRow } from '../../../domain/imports/convert';
import { jobView, type ImportJobView } from '../../../domain/imports/job';
import { autoMap, type ImportMapping } from '../../../domain/imports/mapping';
import { readTable, type ImportTable } from '../../../domain/imports/table';
import type { RowError } from '../../../domain/imports/validate';
import { sha256HexOf } from '../../core/digest';
import { flushImportChanges } from '../../imports/events';
import { fileOf, keepFile } from '../../imports/files';
import { cancelImport, checked, jobOf, resumableJobOf, resumeImport, startImport } from '../../imports/jobs';
import { asItStands } from '../../imports/runner';
import { recoverInterrupted } from '../../imports/runner';
import { AnalyzeInput, assertMapping, CheckInput, JobInput, ResumeInput, StartInput, ValuesInput } from '../../imports/schemas';
import { valuesOf, type ImportValuesResult } from '../../imports/values';
import { readSettings } from '../../core/settings';
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
      await recoverInterrupted(ctx.db);
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

/** Which columns hold something in some row: 对应列 says which of them no field takes (their content is not imported). */
function filledColumns(table: ImportTable): boolean[] {
  const filled = table.headers.map(() => false);
  let left = filled.length;
  for (const row of table.rows) {
    for (let i = 0; i < filled.length; i += 1) {
      if (!filled[i] && (row[i] ?? '').trim() !== '') {
        filled[i] = true;
        left -= 1;
      }
    }
    if (left === 0) break;
  }
  return filled;
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
    filledColumns: filledColumns(table),
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
  /** Valid rows of complaints still open: they come in with their deadlines counted from their receipt. */
  open: number;
}

/** Validates every row with a mapping: counts, the first errors, and a preview of converted rows. */
const check = importsCommand(CheckInput, async (ctx, { fileId, mapping, values }): Promise<ImportCheckResult> => {
  const file = fileOf(ctx.db, fileId, ctx.actor!.id, ctx.now());
  // Always checked afresh (the store may have changed since); kept for the start that usually follows.
  const { check: result } = await checked(ctx, file, mapping as ImportMapping, values, { fresh: true });
  const preview: ImportPreviewRow[] = [];
  let open = 0;
  for (const draft of result.drafts) {
    if (draft?.status === 'open') open += 1;
    if (draft && preview.length < PREVIEW_ROWS) preview.push(previewRow(draft));
  }
  const { valid, invalid, duplicates, errorCount, errors } = result;
  return { valid, invalid, duplicates, errorCount, errors, preview, open };
});

/**
 * 对应取值: the values of the mapped fields the desk does not read, distinct, with their row
 * counts, an example row and a pre-filled guess. Read from the host's copy of the file.
 */
const values = importsCommand(ValuesInput, async (ctx, { fileId, mapping }): Promise<ImportValuesResult> => {
  const file = fileOf(ctx.db, fileId, ctx.actor!.id, ctx.now());
  assertMapping(mapping as ImportMapping, file.table.headers.length);
  return valuesOf(ctx.db, file, mapping as ImportMapping, await readSettings(ctx.db));
});

const start = importsCommand(StartInput, (ctx, args) => startImport(ctx, { ...args, mapping: args.mapping as ImportMapping }));

/** The job as it stands (`jobView`: without its value map): the wizard asks several times a second while it runs. */
const progress = importsCommand(JobInput, async (ctx, { jobId }): Promise<ImportJobView> => jobView(await jobOf(ctx.db, jobId)));

const cancel = importsCommand(JobInput, async (ctx, { jobId }): Promise<ImportJobView> => jobView(await cancelImport(ctx, jobId)));

const resume = importsCommand(ResumeInput, async (ctx, args): Promise<ImportJobView> => jobView(await resumeImport(ctx, args)));

const list = importsCommand(JobInput.omit({ jobId: true }), async (ctx): Promise<ImportJobView[]> =>
  (await ctx.db.imports.orderBy('startedAt').reverse().limit(JOBS_LISTED).toArray()).map((job) => jobView(asItStands(ctx.db, job))),
);

/** 历史投诉导入: read a CSV/XLSX file, check it, import its valid rows in the background. */
export const importsService = {
  'imports.analyze': analyze,
  'imports.values': values,
  'imports.check': check,
  'imports.start': start,
  'imports.progress': progress,
  'imports.cancel': cancel,
  'imports.resume': resume,
  'imports.list': list,
} satisfies ServiceModule;
