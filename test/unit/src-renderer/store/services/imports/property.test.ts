import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_FIELDS } from '../../../../../../src-renderer/domain/imports/fields';
import { runnerOf } from '../../../../../../src-renderer/store/imports/runner';
import type { ImportCheckResult } from '../../../../../../src-renderer/store/services/imports';
import { openTestStore, type TestStore } from '../../fixtures';
import { csv, goodRow, HEADERS, type Analysis } from './helpers';

let store: TestStore;
beforeAll(async () => {
  store = await openTestStore();
});
afterAll(() => store.close());

/** Cells people put in spreadsheets: plausible values, near misses and noise. */
const cell = fc.oneof(
  fc.constantFrom('', ' ', '2026-10-08 09:30', '2026/10/8', '2026年10月8日 9时5分', '20261008', '46300.25', '2099-01-01', '1990-01-01', '2026-02-30'),
  fc.constantFrom('电话', 'Email', '传真', '一般', '重大', 'urgent!', '已结案', '处理中', '搁置', '物流配送', '退款、道歉', '企业'),
  fc.constantFrom('13812345678', '010-12345678', '110', 'li@example.com', 'li@', '¥1,200', '-1', 'TS-20261008-0001', 'TS-20261008-0001', 'OLD-1'),
  fc.string({ maxLength: 30 }),
  fc.string({ minLength: 90, maxLength: 120 }),
);

/** Any table of cells … */
const noiseArb = fc.record({
  headers: fc.uniqueArray(fc.oneof(fc.constantFrom(...HEADERS), fc.string({ minLength: 1, maxLength: 12 })), { minLength: 1, maxLength: 8 }),
  rows: fc.array(fc.array(cell, { minLength: 0, maxLength: 9 }), { minLength: 1, maxLength: 25 }),
});
/** … or a history export with some cells spoilt, so that imports run too. */
const spoiltArb = fc
  .array(fc.tuple(fc.integer({ min: 1, max: 1_000_000 }), fc.boolean(), fc.array(fc.tuple(fc.nat(HEADERS.length - 1), cell), { maxLength: 2 })), { minLength: 1, maxLength: 25 })
  .map((specs) => ({
    headers: HEADERS,
    rows: specs.map(([n, closed, spoils]) => {
      const row = goodRow(n, {}, closed);
      for (const [column, value] of spoils) row[column] = value;
      return row;
    }),
  }));
const fileArb = fc.oneof({ weight: 1, arbitrary: noiseArb }, { weight: 2, arbitrary: spoiltArb });

/** Field → column index, some beyond the file, some twice, some fields left out; sometimes not a number at all. */
const column = fc.oneof(
  { weight: 8, arbitrary: fc.option(fc.integer({ min: -1, max: 9 }), { nil: null, freq: 3 }) },
  { weight: 1, arbitrary: fc.constantFrom('1', 1.5, true) },
);
const randomMapping = fc.record(Object.fromEntries(IMPORT_FIELDS.map((field) => [field, column])), { requiredKeys: [] });
/** The guessed mapping, sometimes with a few fields changed, or a random one. */
const mappingArb = fc.oneof(
  { weight: 3, arbitrary: fc.constant({ guessed: true, changes: {}, random: {} }) },
  { weight: 1, arbitrary: fc.record({ guessed: fc.constant(true), changes: randomMapping.map((m) => Object.fromEntries(Object.entries(m).slice(0, 2))), random: fc.constant({}) }) },
  { weight: 1, arbitrary: fc.record({ guessed: fc.constant(false), changes: fc.constant({}), random: randomMapping }) },
);

describe('imports.check and imports.start on random files and mappings', () => {
  it('never fail unexpectedly, count every row, and write nothing when they refuse', async () => {
    await fc.assert(
      fc.asyncProperty(fileArb, mappingArb, fc.constantFrom('valid', 'allOrNothing'), async (file, choice, mode) => {
        const analysed = await store.send('imports.analyze', { fileName: 'random.csv', data: csv([file.headers, ...file.rows]) }, 'supervisor');
        if (!analysed.ok) {
          expect(analysed.error.code).toMatch(/^imports\./);
          return;
        }
        const { fileId, rowCount, mapping: guess } = analysed.value as Analysis;
        const mapping = choice.guessed ? { ...guess, ...choice.changes } : choice.random;
        const checked = await store.send('imports.check', { fileId, mapping }, 'supervisor');
        if (checked.ok) {
          const result = checked.value as ImportCheckResult;
          expect(result.valid + result.invalid).toBe(rowCount);
          expect(result.errors.length).toBe(Math.min(result.errorCount, 5000));
          expect(result.errorCount).toBeGreaterThanOrEqual(result.invalid);
          for (const error of result.errors) expect(error.code).toMatch(/^(imports|validation)\./);
        } else {
          expect(checked.error.code).toBe('validation.failed');
        }

        const before = await store.snapshot();
        const started = await store.send('imports.start', { fileId, mapping, mode }, 'supervisor');
        if (started.ok) {
          const { jobId } = started.value as { jobId: string };
          await runnerOf(store.db, jobId)?.finished;
          const job = await store.db.imports.get(jobId);
          expect(job?.status).toBe('done');
          expect(job!.rowsImported + job!.rowsSkipped).toBe(rowCount);
        } else {
          expect(['validation.failed', 'imports.hasErrors', 'imports.nothingToImport']).toContain(started.error.code);
          expect(await store.snapshot()).toEqual(before);
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
