import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, CHANNELS, CUSTOMER_TYPES, DEMANDS, SEVERITIES, SOCIAL_PLATFORMS } from '../../../../../src-renderer/domain/cases/vocabulary';
import { emptyMapping, type ImportMapping } from '../../../../../src-renderer/domain/imports/mapping';
import type { ImportTable } from '../../../../../src-renderer/domain/imports/table';
import { validateRow, type RowContext } from '../../../../../src-renderer/domain/imports/validate';
import {
  compactValueMap,
  IMPORT_STATUSES,
  resolveValueMap,
  sourceOf,
  VALUE_FIELDS,
  valueMapErrors,
  ValueMapSchema,
  VOCABULARIES,
  type ValueField,
} from '../../../../../src-renderer/domain/imports/value-map';
import { fileValueMap, looksLikeVocabulary, unknownValues } from '../../../../../src-renderer/domain/imports/value-scan';
import { departmentIndex } from '../../../../../src-renderer/domain/imports/values';
import { DEFAULT_DEPARTMENTS } from '../../../../../src-renderer/domain/settings/settings';

const NOW = new Date(2026, 10, 23, 10, 0).getTime();
const HEADERS = ['投诉时间', '客户姓名', '投诉内容', '渠道', '等级', '类别', '诉求', '部门', '状态', '客户类型', '平台', '账号'];
const FIELDS = ['receivedAt', 'customerName', 'description', 'channel', 'severity', 'category', 'demand', 'department', 'status', 'customerType', 'socialPlatform', 'socialAccount'] as const;
const MAPPING: ImportMapping = { ...emptyMapping(), ...Object.fromEntries(FIELDS.map((field, i) => [field, i])) };
type Cells = Partial<Record<(typeof FIELDS)[number], string>>;
const GOOD: Cells = { receivedAt: '2026-10-08 09:30', customerName: '李四', description: '快递三天未到。' };
const row = (cells: Cells) => FIELDS.map((field) => cells[field] ?? GOOD[field] ?? '');
const table = (rows: Cells[]): ImportTable => ({ headers: HEADERS, rows: rows.map(row), rowNumbers: rows.map((_, i) => i + 2), sheetNames: [], sheet: 0 });
const ctx = (values: Record<string, Record<string, string>> = {}): RowContext => ({
  headers: HEADERS,
  mapping: MAPPING,
  now: NOW,
  departments: departmentIndex(DEFAULT_DEPARTMENTS),
  values: resolveValueMap(values, DEFAULT_DEPARTMENTS),
});

describe('unknownValues', () => {
  it('lists each value the desk does not read once per field, with its rows and the first of them, most frequent first', () => {
    const found = unknownValues(
      table([
        { category: '快递问题', channel: '电话' },
        { category: '物流慢', severity: 'A级' },
        { category: ' 快递问题 ', severity: 'A级' },
        { category: '物流配送', severity: '重大' },
        { category: '快递问题', channel: '传真' },
      ]),
      MAPPING,
      DEFAULT_DEPARTMENTS,
    );
    expect(found).toEqual([
      { field: 'channel', column: '渠道', values: [{ value: '传真', key: '传真', rows: 1, exampleRow: 6 }], more: 0 },
      { field: 'severity', column: '等级', values: [{ value: 'A级', key: 'a级', rows: 2, exampleRow: 3 }], more: 0 },
      {
        field: 'category',
        column: '类别',
        values: [
          { value: '快递问题', key: '快递问题', rows: 3, exampleRow: 2 },
          { value: '物流慢', key: '物流慢', rows: 1, exampleRow: 3 },
        ],
        more: 0,
      },
    ]);
  });

  it('takes a list of demands value by value, and a department the desk does not have', () => {
    const found = unknownValues(
      table([{ demand: '退款、快递赔付' }, { demand: '快递赔付；道歉；快递赔付' }, { demand: '重新发货/退款', department: '客服一部' }, { department: '客服中心' }]),
      MAPPING,
      DEFAULT_DEPARTMENTS,
    );
    expect(found).toEqual([
      {
        field: 'demand',
        column: '诉求',
        values: [
          { value: '快递赔付', key: '快递赔付', rows: 2, exampleRow: 2 },
          { value: '重新发货', key: '重新发货', rows: 1, exampleRow: 4 },
        ],
        more: 0,
      },
      { field: 'department', column: '部门', values: [{ value: '客服一部', key: '客服一部', rows: 1, exampleRow: 4 }], more: 0 },
    ]);
  });

  it('lists only mapped fields, and at most `limit` values, saying how many more there are', () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({ category: `类别${i % 12}`, channel: `渠道${i}` }));
    const found = unknownValues(table(rows), { ...MAPPING, channel: null }, DEFAULT_DEPARTMENTS, 5);
    expect(found.map((f) => f.field)).toEqual(['category']);
    expect(found[0]!.values.map((v) => [v.value, v.rows])).toEqual([
      ['类别0', 3],
      ['类别1', 3],
      ['类别2', 3],
      ['类别3', 3],
      ['类别4', 3],
    ]);
    expect(found[0]!.more).toBe(7);
  });
});

describe('what the scan does not list', () => {
  it('lists a demand only where it reads as a system’s word, not a customer’s: short, no digit, no @, one Latin word at most', () => {
    expect(['快递赔付', '重新发货', 'voucher', '赔礼道歉并书面说明情况'].every(looksLikeVocabulary)).toBe(true);
    expect(['张三要求退款电话13800138000', '要求赔偿500元', '赔偿５００', 'li@x.cn', '回复到ｌｉ＠ｘ．ｃｎ', 'full refund', 'Zhang San', '要求公司书面道歉并赔偿全部损失'].some(looksLikeVocabulary)).toBe(false);

    const found = unknownValues(table([{ demand: '退款、张三要求退款电话13800138000' }, { demand: '要求赔偿500元；快递赔付' }, { demand: 'full refund' }]), MAPPING, DEFAULT_DEPARTMENTS);
    expect(found).toEqual([{ field: 'demand', column: '诉求', values: [{ value: '快递赔付', key: '快递赔付', rows: 1, exampleRow: 3 }], more: 0 }]);
    // What is not listed comes in as before: 其他, its text the note.
    const { draft } = validateRow(row({ demand: '退款、张三要求退款电话13800138000' }), 2, ctx({ demand: { 快递赔付: 'compensation' } }));
    expect(draft).toMatchObject({ demands: ['refund', 'other'], demandNote: '张三要求退款电话13800138000' });
  });

  it('lists no value longer than a map may name, and a value without its invisible characters', () => {
    const long = '渠'.repeat(201);
    const found = unknownValues(table([{ channel: long }, { channel: '传真\u200b' }, { channel: '\u202e传真' }]), MAPPING, DEFAULT_DEPARTMENTS);
    expect(found).toEqual([{ field: 'channel', column: '渠道', values: [{ value: '传真', key: '传真', rows: 2, exampleRow: 3 }], more: 0 }]);
    // Every key listed is one the payload accepts, and the check reads the cells by it.
    expect(ValueMapSchema.safeParse({ channel: { 传真: 'letter' } }).success).toBe(true);
    expect(validateRow(row({ channel: '\u202e传真' }), 2, ctx({ channel: { 传真: 'letter' } })).draft?.channel).toBe('letter');
  });
});

describe('ValueMapSchema', () => {
  const refusal = (value: unknown) => {
    const parsed = ValueMapSchema.safeParse(value);
    return parsed.success ? null : parsed.error.issues.map((issue) => [issue.path.join('.'), issue.message]);
  };

  it('takes the value fields only, at most 200 values each, keys of at most 200 characters without control or format characters', () => {
    expect(refusal({ category: { 快递问题: 'logistics' } })).toBeNull();
    expect(refusal(undefined)).toBeNull();
    expect(refusal({ description: { a: 'b' } })?.map(([path]) => path)).toEqual(['']);
    expect(refusal({ toString: {} })?.map(([path]) => path)).toEqual(['']);
    const many = Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`值${i}`, 'logistics']));
    expect(refusal({ category: many })).toEqual([['category', 'validation.tooMany']]);
    expect(refusal({ category: Object.fromEntries(Object.entries(many).slice(0, 200)) })).toBeNull();
    expect(refusal({ category: { ['快'.repeat(201)]: 'logistics' } })?.[0]?.[0]).toBe(`category.${'快'.repeat(201)}`);
    expect(refusal({ category: { '\u202e题问递快': 'logistics' } })?.[0]?.[0]).toBe('category.\u202e题问递快');
    expect(refusal({ category: { 'a\u0007': 'logistics' } })).not.toBeNull();
  });
});

describe('fileValueMap', () => {
  it('keeps only the fields the mapping reads and the values the scan listed, keyed as the scan keys them, with the file’s spelling', () => {
    const file = table([{ category: '快递问题', severity: 'A级' }, { category: '物流配送', department: '客服一部' }]);
    const sent = {
      category: { ' 快递 问题': 'logistics', 不在文件里: 'billing', 物流配送: 'after_sales' },
      severity: { a级: 'major' },
      department: { 客服一部: '客服中心' },
      status: { 已归档: 'closed' },
    };
    const kept = fileValueMap(unknownValues(file, { ...MAPPING, department: null }, DEFAULT_DEPARTMENTS), sent);
    // 物流配送 is the desk's own word, 不在文件里 is in no row, the department column is not read, no row has a status.
    expect(kept.map).toEqual({ category: { 快递问题: 'logistics' }, severity: { a级: 'major' } });
    expect(kept.spelling).toEqual({ category: new Map([['快递问题', '快递问题']]), severity: new Map([['a级', 'A级']]) });
    expect(fileValueMap(unknownValues(file, MAPPING, DEFAULT_DEPARTMENTS), {})).toEqual({ map: {}, spelling: {} });
  });
});

describe('valueMapErrors', () => {
  it('accepts targets that are the field’s own values and configured departments', () => {
    expect(valueMapErrors({ category: { 快递问题: 'logistics' }, status: { 已归档: 'closed' }, department: { 客服一部: '客服中心' } }, DEFAULT_DEPARTMENTS)).toEqual([]);
  });

  it('refuses a target of another field, and a department the desk does not have', () => {
    expect(valueMapErrors({ category: { 快递问题: 'phone', 物流慢: 'logistics' }, department: { 客服一部: '客服一部' } }, DEFAULT_DEPARTMENTS)).toEqual([
      { field: 'values.category', code: 'imports.valueTarget', params: { value: '快递问题', target: 'phone' } },
      { field: 'values.department', code: 'imports.valueTarget', params: { value: '客服一部', target: '客服一部' } },
    ]);
  });
});

describe('resolveValueMap and compactValueMap', () => {
  it('keys values as the check compares them and leaves out targets no longer allowed', () => {
    const resolved = resolveValueMap({ category: { ' 快递 问题': 'logistics', x: 'nope' }, department: { 客服一部: '客服中心', 二部: '已撤销部' } }, DEFAULT_DEPARTMENTS);
    expect(resolved.category).toEqual(new Map([['快递问题', 'logistics']]));
    expect(resolved.department).toEqual(new Map([['客服一部', '客服中心']]));
    expect(compactValueMap({ category: {}, severity: { a级: 'major' } })).toEqual({ severity: { a级: 'major' } });
  });

  it('names a source by its column names, however they are spaced, as a hash: a file without a header has a customer there', () => {
    expect(sourceOf(['投诉时间', 'Customer Name'])).toBe(sourceOf([' 投诉时间', 'customername']));
    expect(sourceOf(['投诉时间'])).not.toBe(sourceOf(['受理时间']));
    const source = sourceOf(['2026-10-08', '张三', '13800138000', '快递三天未到']);
    expect(source).toMatch(/^[0-9a-f]{64}$/);
    expect(source).not.toContain('13800138000');
  });

  it('allows the same targets when checking a map and when resolving it: a department as the settings spell it', () => {
    const departments = ['客服中心', '售后服务部', '售后服务部 '];
    const map = { department: { 一部: '售后服务部 ', 二部: '售后 服务部' } };
    expect(valueMapErrors(map, departments)).toEqual([{ field: 'values.department', code: 'imports.valueTarget', params: { value: '二部', target: '售后 服务部' } }]);
    expect(resolveValueMap(map, departments).department).toEqual(new Map([['一部', '售后服务部 ']]));
  });
});

describe('validateRow with a value map', () => {
  it('reads a mapped value as the desk value it was mapped to, and an unmapped one as unknown, as before', () => {
    const values = { category: { 快递问题: 'logistics' }, severity: { a级: 'major' }, status: { 已归档: 'closed' }, channel: { '400': 'phone' }, customerType: { vip: 'business' } };
    const { draft, errors } = validateRow(row({ category: '快递问题', severity: 'A级', channel: '400', customerType: 'VIP' }), 2, ctx(values));
    expect(errors).toEqual([]);
    expect(draft).toMatchObject({ category: 'logistics', severity: 'major', channel: 'phone', customerType: 'business' });

    const unmapped = validateRow(row({ category: '物流慢' }), 3, ctx(values));
    expect(unmapped.draft).toBeNull();
    expect(unmapped.errors).toEqual([{ row: 3, column: '类别', field: 'category', value: '物流慢', code: 'imports.unknownValue', params: { field: 'category' } }]);
    // The desk's own labels come first: a map cannot change what 电话 means.
    expect(validateRow(row({ channel: '电话' }), 4, ctx({ channel: { 电话: 'email' } })).draft?.channel).toBe('phone');
  });

  it('maps a list of demands value by value; what stays unmapped is kept as the note of 其他, as before', () => {
    const values = { demand: { 快递赔付: 'compensation' } };
    // A mapped part keeps its words as the note: 快递赔付 says more than 赔偿.
    expect(validateRow(row({ demand: '退款、快递赔付' }), 2, ctx(values)).draft).toMatchObject({ demands: ['refund', 'compensation'], demandNote: '快递赔付' });
    expect(validateRow(row({ demand: '快递赔付/重新发货' }), 2, ctx(values)).draft).toMatchObject({ demands: ['compensation', 'other'], demandNote: '快递赔付、重新发货' });
    // Mapped to 其他, as the step's hint says, the text is the note of 其他.
    expect(validateRow(row({ demand: '重新发货' }), 2, ctx({ demand: { 重新发货: 'other' } })).draft).toMatchObject({ demands: ['other'], demandNote: '重新发货' });
    // The desk's own words need no note.
    expect(validateRow(row({ demand: '退款、道歉' }), 2, ctx(values)).draft).toMatchObject({ demands: ['refund', 'apology'], demandNote: '' });
  });

  it('reads no demand, label or department from invisible characters: never 其他 without a note', () => {
    expect(validateRow(row({ demand: '退款、\u200b' }), 2, ctx()).draft).toMatchObject({ demands: ['refund'], demandNote: '' });
    expect(validateRow(row({ demand: '退款\u200b' }), 2, ctx()).draft).toMatchObject({ demands: ['refund'], demandNote: '' });
    expect(validateRow(row({ channel: '电话\u200b', department: '客服中心\u200b' }), 2, ctx()).draft).toMatchObject({ channel: 'phone', department: '客服中心' });
    // As the scan sees them: nothing of these is listed.
    expect(unknownValues(table([{ demand: '退款\u200b、道歉' }, { department: '客服中心\u200b' }]), MAPPING, DEFAULT_DEPARTMENTS)).toEqual([]);
    // Each empty row gets a list of its own.
    const a = validateRow(row({}), 2, ctx()).draft!;
    expect(a.demands).toEqual([]);
    expect(a.demands).not.toBe(validateRow(row({}), 3, ctx()).draft!.demands);
  });

  it('maps a status and a department, and the account platform', () => {
    const values = { status: { 已归档: 'closed' }, department: { 客服一部: '客服中心' }, socialPlatform: { 微信小号: 'wechat' } };
    const { draft, errors } = validateRow(row({ status: '已归档', department: '客服一部', socialPlatform: '微信小号', socialAccount: 'li_si' }), 2, ctx(values));
    // This file has no closing-time column: the error is the status's.
    expect(errors.map((e) => [e.field, e.code])).toEqual([['status', 'imports.closedAtUnmapped']]);
    expect(draft).toBeNull();
    const open = validateRow(row({ department: '客服一部', socialPlatform: '微信小号', socialAccount: 'li_si' }), 2, ctx(values));
    expect(open.draft).toMatchObject({ department: '客服中心', socialPlatform: 'wechat', socialAccount: 'li_si' });
  });
});

/** Each value field's allowed values, as a draft holds them. */
const ALLOWED: Record<ValueField, readonly (string | null)[]> = {
  channel: CHANNELS,
  customerType: CUSTOMER_TYPES,
  socialPlatform: SOCIAL_PLATFORMS,
  demand: DEMANDS,
  severity: SEVERITIES,
  category: [...CATEGORIES, null],
  department: [...DEFAULT_DEPARTMENTS, ''],
  status: IMPORT_STATUSES,
};

describe('a value map, whatever it holds', () => {
  const word = fc.oneof(
    fc.constantFrom('快递问题', '物流慢', 'A级', '400热线', '传真', '已归档', '客服一部', '退款、快递赔付', '电话', '重大', '', ' ', '其他'),
    fc.string({ maxLength: 8 }),
  );
  const target = fc.oneof(fc.constantFrom(...Object.values(VOCABULARIES).flatMap((v) => v.codes), ...DEFAULT_DEPARTMENTS), fc.string({ maxLength: 6 }));
  const mapArb = fc.dictionary(fc.oneof(fc.constantFrom(...VALUE_FIELDS), fc.constantFrom('description', '__proto__', 'toString')), fc.dictionary(word, target, { maxKeys: 6 }), {
    maxKeys: 5,
  });
  const rowArb = fc.record(Object.fromEntries(FIELDS.map((f) => [f, word])) as Record<(typeof FIELDS)[number], fc.Arbitrary<string>>, { requiredKeys: [] });

  it('never crashes the check, and never gives a field a value that is not the field’s', () => {
    fc.assert(
      fc.property(mapArb, fc.array(rowArb, { maxLength: 6 }), (sent, rows) => {
        // The payload names the value fields only.
        const parsed = ValueMapSchema.safeParse(sent);
        expect(parsed.success).toBe(Object.keys(sent).every((field) => (VALUE_FIELDS as readonly string[]).includes(field)));
        if (!parsed.success) return;
        const map = parsed.data;
        const errors = valueMapErrors(map, DEFAULT_DEPARTMENTS);
        const resolved = resolveValueMap(map, DEFAULT_DEPARTMENTS);
        // The resolved map holds exactly what the checked one allows.
        for (const field of VALUE_FIELDS) for (const code of resolved[field]?.values() ?? []) expect(ALLOWED[field]).toContain(code);
        for (const error of errors) expect(error.code).toBe('imports.valueTarget');
        const context = { ...ctx(), values: resolved };
        for (const cells of rows) {
          const { draft } = validateRow(row(cells), 2, context);
          if (!draft) continue;
          expect(ALLOWED.channel).toContain(draft.channel);
          expect(ALLOWED.customerType).toContain(draft.customerType);
          expect(ALLOWED.severity).toContain(draft.severity);
          expect(ALLOWED.category).toContain(draft.category);
          expect(ALLOWED.department).toContain(draft.department);
          expect(ALLOWED.status).toContain(draft.status);
          for (const demand of draft.demands) expect(ALLOWED.demand).toContain(demand);
          if (draft.socialPlatform !== undefined) expect(ALLOWED.socialPlatform).toContain(draft.socialPlatform);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('mapping every value the scan lists leaves no unknown value in those rows', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 8 }), fc.nat(), (rows, pick) => {
        const file = table(rows);
        const map: Record<string, Record<string, string>> = {};
        for (const { field, values } of unknownValues(file, MAPPING, DEFAULT_DEPARTMENTS)) {
          const targets = ALLOWED[field].filter((t): t is string => typeof t === 'string' && t !== '');
          map[field] = Object.fromEntries(values.map((v, i) => [v.key, targets[(pick + i) % targets.length]!]));
        }
        expect(valueMapErrors(map, DEFAULT_DEPARTMENTS)).toEqual([]);
        const context = ctx(map);
        for (const [i, cells] of file.rows.entries()) {
          const { errors } = validateRow(cells, file.rowNumbers[i]!, context);
          expect(errors.filter((e) => e.code === 'imports.unknownValue' || e.code === 'imports.unknownDepartment')).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
