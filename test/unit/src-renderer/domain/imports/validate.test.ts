import { describe, expect, it } from 'vitest';
import { emptyMapping, type ImportMapping } from '../../../../../src-renderer/domain/imports/mapping';
import { deskCaseNumber, mappingErrors, validateRow, type RowContext } from '../../../../../src-renderer/domain/imports/validate';
import { departmentIndex } from '../../../../../src-renderer/domain/imports/values';
import { DEFAULT_DEPARTMENTS } from '../../../../../src-renderer/domain/settings/settings';

const NOW = new Date(2026, 10, 23, 10, 0).getTime();
const HEADERS = ['单号', '外部编号', '投诉时间', '渠道', '客户姓名', '客户类型', '电话', '邮箱', '投诉内容', '诉求', '金额', '严重程度', '类别', '部门', '状态', '结案时间', '处理结果'];
const FIELDS = ['no', 'externalId', 'receivedAt', 'channel', 'customerName', 'customerType', 'phone', 'email', 'description', 'demand', 'amount', 'severity', 'category', 'department', 'status', 'closedAt', 'resolution'] as const;
const MAPPING: ImportMapping = { ...emptyMapping(), ...Object.fromEntries(FIELDS.map((field, i) => [field, i])) };
const CTX: RowContext = { headers: HEADERS, mapping: MAPPING, now: NOW, departments: departmentIndex(DEFAULT_DEPARTMENTS) };

type Cells = Partial<Record<(typeof FIELDS)[number], string>>;
const GOOD: Cells = {
  receivedAt: '2026-10-08 09:30',
  channel: '电话',
  customerName: '李四',
  phone: '138 1234 5678',
  description: '空调安装后漏水。',
  severity: '一般',
};
const row = (cells: Cells) => FIELDS.map((field) => cells[field] ?? '');
const check = (cells: Cells, ctx: RowContext = CTX) => validateRow(row({ ...GOOD, ...cells }), 7, ctx);

describe('validateRow', () => {
  it('reads cells without the invisible characters pasting left in the sheet, as a form reads its fields', () => {
    expect(check({ customerName: '\u200b', description: '\u200b\u200b' }).errors.map((e) => [e.field, e.code])).toEqual([
      ['customerName', 'validation.required'],
      ['description', 'validation.required'],
    ]);
    const { draft } = check({ customerName: '张\u200b伟', phone: '138\u200b1234\u200b5678', email: 'zhang\u200b@example.com' });
    expect(draft).toMatchObject({ customerName: '张伟', phone: '13812345678', email: 'zhang@example.com' });
  });

  it('turns a good row into a draft, with defaults for what is not given', () => {
    const { draft, errors } = check({});
    expect(errors).toEqual([]);
    expect(draft).toEqual({
      row: 7,
      no: null,
      externalId: '',
      referralNo: '',
      receivedAt: new Date(2026, 9, 8, 9, 30).getTime(),
      channel: 'phone',
      customerName: '李四',
      customerType: 'individual',
      phone: '13812345678',
      email: '',
      address: '',
      description: '空调安装后漏水。',
      demands: [],
      demandNote: '',
      product: '',
      orderNo: '',
      amount: null,
      severity: 'general',
      category: null,
      subCategory: '',
      department: '',
      status: 'open',
      closedAt: null,
      resolution: '',
      notes: '',
    });
  });

  it('reads labels in English and codes, and a closed case with its closing time and resolution', () => {
    const { draft, errors } = check({
      channel: 'Online chat',
      customerType: '企业',
      severity: 'Major',
      category: 'logistics',
      demand: '退款、要求书面道歉说明',
      amount: '¥1,299.00',
      status: '已结案',
      closedAt: '2026年10月10日 16时20分',
      resolution: '已退款并致歉。',
      email: 'Li.Si@Example.com',
    });
    expect(errors).toEqual([]);
    expect(draft).toMatchObject({
      channel: 'online_chat',
      customerType: 'business',
      severity: 'major',
      category: 'logistics',
      demands: ['refund', 'other'],
      demandNote: '要求书面道歉说明',
      amount: 1299,
      status: 'closed',
      closedAt: new Date(2026, 9, 10, 16, 20).getTime(),
      resolution: '已退款并致歉。',
      email: 'li.si@example.com',
    });
  });

  it('names the status when a closed row has no closing-time column to take it from (column and value were empty)', () => {
    const { errors } = check({ status: '已关闭' }, { ...CTX, mapping: { ...MAPPING, closedAt: null } });
    expect(errors).toEqual([{ row: 7, field: 'status', column: '状态', value: '已关闭', code: 'imports.closedAtUnmapped' }]);
  });

  it('takes an amount to the fen, as the ledger shows a formula’s result', () => {
    expect(check({ amount: '33.3333333333333' }).draft?.amount).toBe(33.33);
    expect(check({ amount: '12.345' }).draft?.amount).toBe(12.35);
    // Halves up as written (1.005 is not 1.00499… here), and no −0 to show as -¥0.00.
    expect(check({ amount: '1.005' }).draft?.amount).toBe(1.01);
    expect(Object.is(check({ amount: '-0.00' }).draft?.amount, 0)).toBe(true);
  });

  it('counts a closing time without a status as closed', () => {
    expect(check({ closedAt: '2026-10-09' }).draft).toMatchObject({ status: 'closed', closedAt: new Date(2026, 9, 9).getTime() });
  });

  it('keeps a desk case number, and another system’s number as the external id', () => {
    expect(check({ no: 'ts-20261008-0012' }).draft).toMatchObject({ no: 'TS-20261008-0012', externalId: '' });
    expect(check({ no: 'GD-2026-778' }).draft).toMatchObject({ no: null, externalId: 'GD-2026-778' });
    expect(check({ no: 'GD-2026-778', externalId: 'X1' }).draft).toMatchObject({ no: null, externalId: 'X1' });
  });

  it.each<[string, Cells, Array<{ field: string; code: string; column: string; value: string; params?: object }>]>([
    ['required fields', { receivedAt: '', customerName: ' ', description: '' }, [
      { field: 'receivedAt', column: '投诉时间', value: '', code: 'validation.required' },
      { field: 'customerName', column: '客户姓名', value: '', code: 'validation.required' },
      { field: 'description', column: '投诉内容', value: '', code: 'validation.required' },
    ]],
    ['a date in no known form', { receivedAt: '上周三' }, [{ field: 'receivedAt', column: '投诉时间', value: '上周三', code: 'imports.dateFormat' }]],
    ['a date in the future', { receivedAt: '2026-12-01' }, [{ field: 'receivedAt', column: '投诉时间', value: '2026-12-01', code: 'validation.notInFuture' }]],
    ['a date before 2000', { receivedAt: '1999-12-31' }, [{ field: 'receivedAt', column: '投诉时间', value: '1999-12-31', code: 'imports.dateTooEarly' }]],
    ['unknown labels', { channel: '传真', severity: '非常严重', category: '其它问题', customerType: '政府' }, [
      { field: 'channel', column: '渠道', value: '传真', code: 'imports.unknownValue', params: { field: 'channel' } },
      { field: 'customerType', column: '客户类型', value: '政府', code: 'imports.unknownValue', params: { field: 'customerType' } },
      { field: 'severity', column: '严重程度', value: '非常严重', code: 'imports.unknownValue', params: { field: 'severity' } },
      { field: 'category', column: '类别', value: '其它问题', code: 'imports.unknownValue', params: { field: 'category' } },
    ]],
    ['too long', { customerName: '名'.repeat(101) }, [{ field: 'customerName', column: '客户姓名', value: '名'.repeat(101), code: 'validation.tooLong', params: { max: 100 } }]],
    ['bad contact formats', { phone: '12345', email: 'li@' }, [
      { field: 'phone', column: '电话', value: '12345', code: 'validation.phoneFormat' },
      { field: 'email', column: '邮箱', value: 'li@', code: 'validation.emailFormat' },
    ]],
    ['amounts', { amount: '五十元' }, [{ field: 'amount', column: '金额', value: '五十元', code: 'imports.numberFormat' }]],
    ['negative amounts', { amount: '-3' }, [{ field: 'amount', column: '金额', value: '-3', code: 'validation.amountRange' }]],
    ['a decimal comma', { amount: '1.234,50' }, [{ field: 'amount', column: '金额', value: '1.234,50', code: 'imports.numberFormat' }]],
    ['closed before received', { closedAt: '2026-10-01' }, [{ field: 'closedAt', column: '结案时间', value: '2026-10-01', code: 'imports.closedBeforeReceived' }]],
    ['closed without a closing time', { status: '已关闭' }, [{ field: 'closedAt', column: '结案时间', value: '', code: 'imports.closedAtRequired' }]],
    ['open with a closing time', { status: '处理中', closedAt: '2026-10-09' }, [{ field: 'closedAt', column: '结案时间', value: '2026-10-09', code: 'imports.closedAtButOpen' }]],
    ['a status it does not know', { status: '搁置' }, [{ field: 'status', column: '状态', value: '搁置', code: 'imports.unknownValue', params: { field: 'status' } }]],
  ])('reports %s with row, column, value and reason', (_what, cells, expected) => {
    const { draft, errors } = check(cells);
    expect(draft).toBeNull();
    expect(errors).toEqual(expected.map((e) => ({ row: 7, ...e })));
  });

  it.each(['Asia/Shanghai', 'Pacific/Kiritimati', 'UTC', 'America/Los_Angeles', 'Pacific/Pago_Pago'])(
    'accepts 2000-01-01 00:00 and refuses 1999-12-31 in %s: the bound is local midnight, not UTC',
    (zone) => {
      const previous = process.env.TZ;
      process.env.TZ = zone;
      try {
        expect(check({ receivedAt: '2000-01-01' }).draft).toMatchObject({ receivedAt: new Date(2000, 0, 1).getTime() });
        expect(check({ receivedAt: '2000-01-01 00:00', closedAt: '2000-01-01 08:00' }).errors).toEqual([]);
        expect(check({ receivedAt: '1999-12-31' }).errors.map((e) => e.code)).toEqual(['imports.dateTooEarly']);
        expect(check({ receivedAt: '1999-12-31 23:59' }).errors.map((e) => e.code)).toEqual(['imports.dateTooEarly']);
      } finally {
        process.env.TZ = previous;
      }
    },
  );

  it('reads phone numbers exported as floats or behind a bare country code, and a website channel', () => {
    expect(check({ phone: '13812345678.0' }).draft).toMatchObject({ phone: '13812345678' });
    expect(check({ phone: '86-13812345678' }).draft).toMatchObject({ phone: '13812345678' });
    expect(check({ phone: '0086 13812345678' }).draft).toMatchObject({ phone: '13812345678' });
    expect(check({ phone: '010-12345678.0' }).errors.map((e) => e.code)).toEqual(['validation.phoneFormat']);
    expect(check({ channel: '官网' }).draft).toMatchObject({ channel: 'online_chat' });
  });

  it('reads 12-hour and zoned times', () => {
    expect(check({ receivedAt: '2026/10/8 下午 2:30' }).draft).toMatchObject({ receivedAt: new Date(2026, 9, 8, 14, 30).getTime() });
    expect(check({ receivedAt: '2026-10-08 14:30:00+08' }).draft).toMatchObject({ receivedAt: Date.UTC(2026, 9, 8, 6, 30) });
  });

  it('takes a department only when it is one of the configured departments, in their spelling; blank stays allowed', () => {
    expect(check({ department: '售后服务部' }).draft).toMatchObject({ department: '售后服务部' });
    expect(check({ department: ' 售后 服务部' }).draft).toMatchObject({ department: '售后服务部' });
    expect(check({ department: '' }).draft).toMatchObject({ department: '' });
    const { draft, errors } = check({ department: '客服一部' });
    expect(draft).toBeNull();
    expect(errors).toEqual([{ row: 7, column: '部门', field: 'department', value: '客服一部', code: 'imports.unknownDepartment' }]);
    // A centre's own list is what counts, not the defaults.
    expect(check({ department: '客服一部' }, { ...CTX, departments: departmentIndex(['客服一部']) }).draft).toMatchObject({ department: '客服一部' });
  });

  it('ignores the cells of unmapped columns', () => {
    const mapping = { ...MAPPING, channel: null, severity: null };
    const { draft } = check({ channel: '传真', severity: '??' }, { ...CTX, mapping });
    expect(draft).toMatchObject({ channel: 'other', severity: 'general' });
  });
});

describe('deskCaseNumber', () => {
  it('accepts the desk’s form with a real day only', () => {
    expect(deskCaseNumber(' TS-20261123-0001 ')).toBe('TS-20261123-0001');
    expect(deskCaseNumber('TS-20260230-0001')).toBeNull();
    expect(deskCaseNumber('TS-20261123-0000')).toBeNull();
    expect(deskCaseNumber('TS-2026112-0001')).toBeNull();
  });
});

describe('mappingErrors', () => {
  it('names a required field without a column, a column used twice and a column beyond the file', () => {
    const mapping = { ...emptyMapping(), receivedAt: 0, customerName: 1, description: 1, phone: 9 };
    expect(mappingErrors(mapping, 3)).toEqual([
      { field: 'mapping.phone', code: 'validation.invalid' },
      { field: 'mapping.description', code: 'imports.columnTwice', params: { field: 'customerName' } },
    ]);
    expect(mappingErrors(emptyMapping(), 3).map((e) => e.field)).toEqual(['mapping.receivedAt', 'mapping.customerName', 'mapping.description']);
  });
});
