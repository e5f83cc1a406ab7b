import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATEGORIES, CHANNELS, SEVERITIES } from '../../../../../../src-renderer/domain/cases/vocabulary';
import { VOCABULARIES } from '../../../../../../src-renderer/domain/imports/value-map';
import { DEFAULT_DEPARTMENTS } from '../../../../../../src-renderer/domain/settings/settings';
import { runnerOf } from '../../../../../../src-renderer/store/imports/runner';
import type { ImportValuesResult } from '../../../../../../src-renderer/store/imports/values';
import type { ImportCheckResult } from '../../../../../../src-renderer/store/services/imports';
import { ok, openTestStore, type TestStore } from '../../fixtures';
import { csv, goodRow, type Analysis } from './helpers';

let store: TestStore;
beforeAll(async () => {
  store = await openTestStore();
});
afterAll(() => store.close());

const HEADERS = ['原系统编号', '投诉时间', '投诉渠道', '客户姓名', '投诉内容', '严重程度', '投诉类别', '责任部门'];
const columnOf = Object.fromEntries(HEADERS.map((h, i) => [h, i]));

/** What old systems write in those columns: the desk's words, near misses, noise. */
const cell = fc.oneof(
  fc.constantFrom('电话', '400热线', '传真', '一般', '紧急', 'A级', '快递问题', '物流慢', '物流配送', '客服中心', '客服一部', '-', '', ' '),
  fc.string({ maxLength: 8 }),
);
const rowsArb = fc.array(
  fc.record({ n: fc.integer({ min: 1, max: 1_000_000 }), channel: cell, severity: cell, category: cell, department: cell }),
  { minLength: 1, maxLength: 15 },
);
/** Mostly one of the field's own values (picked by index), now and then any value of any field, or none at all. */
const choice = fc.record({
  pick: fc.nat(),
  wrong: fc.oneof(
    { weight: 8, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.oneof(fc.constantFrom(...CHANNELS, ...SEVERITIES, ...CATEGORIES, ...DEFAULT_DEPARTMENTS), fc.string({ maxLength: 6 })) },
  ),
});
const allowed = (field: string): readonly string[] => (field === 'department' ? DEFAULT_DEPARTMENTS : VOCABULARIES[field as 'channel'].codes);

describe('a value map sent to imports.check and imports.start', () => {
  it('never fails unexpectedly, is refused whole when a target is not its field’s, and never imports a value that is not the field’s', async () => {
    await fc.assert(
      fc.asyncProperty(rowsArb, fc.array(choice, { minLength: 1, maxLength: 10 }), fc.boolean(), async (specs, choices, extra) => {
        const rows = specs.map(({ n, channel, severity, category, department }) => {
          const good = goodRow(n);
          return [`OLD-${n}`, good[2]!, channel, good[4]!, good[6]!, severity, category, department];
        });
        const file = ok<Analysis>(await store.send('imports.analyze', { fileName: 'p.csv', data: csv([HEADERS, ...rows]) }, 'supervisor'));
        expect(file.mapping).toMatchObject({ channel: columnOf['投诉渠道'], category: columnOf['投诉类别'], department: columnOf['责任部门'] });
        const listed = ok<ImportValuesResult>(await store.send('imports.values', { fileId: file.fileId, mapping: file.mapping }, 'supervisor'));
        // Each listed value given a drawn target, mostly right for its field, sometimes not.
        const map: Record<string, Record<string, string>> = {};
        listed.fields.forEach(({ field, values }) =>
          values.forEach((v, i) => {
            const { pick, wrong } = choices[i % choices.length]!;
            (map[field] ??= {})[v.key] = wrong ?? allowed(field)[pick % allowed(field).length]!;
          }),
        );
        // A value the file does not hold is harmless.
        if (extra) (map.category ??= {})['不在文件里'] = 'logistics';
        const fits = Object.entries(map).every(([field, values]) => Object.values(values).every((t) => allowed(field).includes(t)));

        const checked = await store.send('imports.check', { fileId: file.fileId, mapping: file.mapping, values: map }, 'supervisor');
        if (!checked.ok) {
          expect(fits).toBe(false);
          expect(checked.error.code).toBe('validation.failed');
          for (const f of checked.error.fields ?? []) expect(f).toMatchObject({ field: expect.stringMatching(/^values\./), code: 'imports.valueTarget' });
          return;
        }
        expect(fits).toBe(true);
        const result = checked.value as ImportCheckResult;
        expect(result.valid + result.invalid).toBe(rows.length);
        // Every value the step listed was mapped: none is reported unknown.
        expect(result.errors.filter((e) => e.code === 'imports.unknownValue' || e.code === 'imports.unknownDepartment')).toEqual([]);
        if (result.valid === 0) return;

        const started = ok<{ jobId: string }>(await store.send('imports.start', { fileId: file.fileId, mapping: file.mapping, values: map, mode: 'valid' }, 'supervisor'));
        await runnerOf(store.db, started.jobId)?.finished;
        const cases = (await store.db.cases.toArray()).filter((c) => c.importedFrom?.jobId === started.jobId);
        expect(cases.length).toBeGreaterThan(0);
        for (const c of cases) {
          expect(CHANNELS).toContain(c.channel);
          expect(SEVERITIES).toContain(c.severity);
          if (c.category !== null) expect(CATEGORIES).toContain(c.category);
          expect(['', ...DEFAULT_DEPARTMENTS]).toContain(c.department ?? '');
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
