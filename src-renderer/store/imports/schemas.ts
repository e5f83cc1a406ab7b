/** Payloads of the imports commands (validated by the dispatcher before a handler runs). */
import { z } from 'zod';
import { DeskError } from '../../domain/common/errors';
import { IMPORT_FIELDS, type ImportField } from '../../domain/imports/fields';
import { IMPORT_MODES } from '../../domain/imports/job';
import type { ImportMapping } from '../../domain/imports/mapping';
import { MAX_IMPORT_COLUMNS } from '../../domain/imports/table';
import { mappingErrors } from '../../domain/imports/validate';
import { valueMapErrors, ValueMapSchema, ValueOriginsSchema, type ValueMap } from '../../domain/imports/value-map';

export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

const Column = z.number({ error: 'validation.invalid' }).int({ error: 'validation.invalid' }).min(0).max(MAX_IMPORT_COLUMNS).nullable().default(null);

export const MappingSchema = z.object(
  Object.fromEntries(IMPORT_FIELDS.map((field) => [field, Column])) as Record<ImportField, typeof Column>,
  { error: 'validation.required' },
);

const Id = z.string({ error: 'validation.required' }).min(1, { error: 'validation.required' }).max(100);

export const AnalyzeInput = z.object({
  fileName: z.string({ error: 'validation.required' }).trim().min(1, { error: 'validation.required' }).max(200, { error: 'validation.tooLong' }),
  data: z
    // Tested by its tag, not instanceof: bytes from another realm (a test's jsdom window) are bytes too.
    .custom<Uint8Array>((value) => Object.prototype.toString.call(value) === '[object Uint8Array]', { error: 'validation.required' })
    .refine((data) => data.byteLength <= MAX_IMPORT_BYTES, { error: 'imports.fileTooLarge', params: { maxMB: MAX_IMPORT_BYTES / 1024 / 1024 } })
    .transform((data) => new Uint8Array(data.buffer, data.byteOffset, data.byteLength)),
  /** The sheet of a workbook to read (the first by default). */
  sheet: z.number().int().min(0).max(1000).optional(),
});

/** 对应取值 of the file's values the desk does not read (absent: none). */
export const CheckInput = z.object({ fileId: Id, mapping: MappingSchema, values: ValueMapSchema });

/** `origins`: which matches were pre-filled guesses left as they were (the others are the user's), for the audit event. */
export const StartInput = z.object({
  fileId: Id,
  mapping: MappingSchema,
  values: ValueMapSchema,
  origins: ValueOriginsSchema,
  mode: z.enum(IMPORT_MODES, { error: 'validation.chooseOne' }),
});

export const ValuesInput = z.object({ fileId: Id, mapping: MappingSchema });

export const JobInput = z.object({ jobId: Id });

export const ResumeInput = z.object({ jobId: Id, fileId: Id });

/** A mapping that fits the file, or `validation.failed` naming each problem on `mapping.<field>`. */
export function assertMapping(mapping: ImportMapping, columnCount: number): void {
  const fields = mappingErrors(mapping, columnCount);
  if (fields.length > 0) throw new DeskError({ code: 'validation.failed', fields });
}

/** A value map whose every target is its field's value, or `validation.failed` naming each problem on `values.<field>`. */
export function assertValueMap(values: ValueMap, departments: readonly string[]): void {
  const fields = valueMapErrors(values, departments);
  if (fields.length > 0) throw new DeskError({ code: 'validation.failed', fields });
}
