import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IMPORT_FIELDS } from '../../../../../src-renderer/domain/imports/fields';
import { autoMap, emptyMapping, type ImportMapping } from '../../../../../src-renderer/domain/imports/mapping';

/** The mapped fields by header name, for readable expectations. */
function named(headers: string[], mapping: ImportMapping): Record<string, string> {
  return Object.fromEntries(
    Object.entries(mapping)
      .filter(([, column]) => column !== null)
      .map(([field, column]) => [field, headers[column!]!]),
  );
}

describe('emptyMapping', () => {
  it('has every import field, none mapped', () => {
    const mapping = emptyMapping();
    expect(Object.keys(mapping).sort()).toEqual([...IMPORT_FIELDS].sort());
    expect(Object.values(mapping).every((column) => column === null)).toBe(true);
  });
});

describe('autoMap', () => {
  it('maps a 12315 platform export by exact names', () => {
    const headers = ['投诉编号', '投诉人', '联系电话', '投诉内容', '受理日期', '处理结果', '办结时间'];
    expect(autoMap(headers)).toEqual({
      ...emptyMapping(),
      no: 0,
      customerName: 1,
      phone: 2,
      description: 3,
      receivedAt: 4,
      resolution: 5,
      closedAt: 6,
    });
  });

  it('maps a hand-made register by the longest synonym a header contains, skipping look-alikes', () => {
    const headers = ['序号', '工单号', '客户姓名', '客户联系电话', '被投诉方', '被投诉人', '诉求类型', '问题描述', '登记时间', '处理状态', '责任部门', '回访内容', '快递单号', '客户满意度'];
    expect(named(headers, autoMap(headers))).toEqual({
      externalId: '工单号',
      customerName: '客户姓名',
      phone: '客户联系电话',
      demand: '诉求类型',
      description: '问题描述',
      receivedAt: '登记时间',
      status: '处理状态',
      department: '责任部门',
    });
  });

  it('maps a call-centre ledger: 来电人, 来电号码 and 反映问题, and its 工单编号 as the old system’s number', () => {
    const headers = ['工单编号', '来电时间', '来电人', '来电号码', '反映问题', '承办部门', '办理状态', '办结时间'];
    expect(named(headers, autoMap(headers))).toEqual({
      externalId: '工单编号',
      receivedAt: '来电时间',
      customerName: '来电人',
      phone: '来电号码',
      description: '反映问题',
      department: '承办部门',
      status: '办理状态',
      closedAt: '办结时间',
    });
  });

  it('maps English headers in any case and spelling, by whole words', () => {
    const headers = ['Case No', 'Customer Name', 'Phone No.', 'E-mail', 'Complaint', 'Received Date', 'Closed Date', 'STATUS', 'Priority', 'Sub Category', 'Notes', 'Order Number', 'Amount (CNY)', 'Hotel'];
    expect(named(headers, autoMap(headers))).toEqual({
      no: 'Case No',
      customerName: 'Customer Name',
      phone: 'Phone No.',
      email: 'E-mail',
      description: 'Complaint',
      receivedAt: 'Received Date',
      closedAt: 'Closed Date',
      status: 'STATUS',
      severity: 'Priority',
      subCategory: 'Sub Category',
      notes: 'Notes',
      orderNo: 'Order Number',
      amount: 'Amount (CNY)',
    });
    expect(named(['ticket_id', 'created_at', 'customerPhone', 'productName'], autoMap(['ticket_id', 'created_at', 'customerPhone', 'productName']))).toEqual({
      externalId: 'ticket_id',
      receivedAt: 'created_at',
      phone: 'customerPhone',
      product: 'productName',
    });
  });

  it('tells a postal address from an e-mail address, in Chinese and English', () => {
    const headers = ['客户姓名', '邮箱地址', '客户通信地址', '投诉内容', '投诉时间'];
    expect(named(headers, autoMap(headers))).toMatchObject({ email: '邮箱地址', address: '客户通信地址' });
    const english = ['Name', 'Email Address', 'Mailing Address', 'Complaint', 'Date'];
    expect(named(english, autoMap(english))).toMatchObject({ email: 'Email Address', address: 'Mailing Address' });
    expect(named(['地址', '电子邮件'], autoMap(['地址', '电子邮件']))).toEqual({ address: '地址', email: '电子邮件' });
  });

  it('normalises full-width characters, spaces and punctuation before comparing', () => {
    const headers = [' 联系 电话 ', '【投诉内容】', 'ＥＭＡＩＬ', '投诉时间：'];
    expect(named(headers, autoMap(headers))).toEqual({ phone: ' 联系 电话 ', description: '【投诉内容】', email: 'ＥＭＡＩＬ', receivedAt: '投诉时间：' });
  });

  it('gives a field to the first of two equal headers and prefers exact names over contained ones', () => {
    expect(named(['电话', '电话'], autoMap(['电话', '电话']))).toEqual({ phone: '电话' });
    expect(autoMap(['客户联系电话', '联系电话']).phone).toBe(1);
    expect(autoMap(['客户联系电话', '联系电话']).customerName).toBeNull();
  });

  it('ignores empty headers and maps nothing for unknown ones', () => {
    expect(autoMap(['', '  ', '序号', 'xyz'])).toEqual(emptyMapping());
    // 备注 was once left out; a remark is kept with the case now, as the old system's notes.
    expect(autoMap(['备注'])).toEqual({ ...emptyMapping(), notes: 0 });
    expect(autoMap([])).toEqual(emptyMapping());
  });

  it('uses each column at most once and each field at most once, for any headers', () => {
    const word = fc.constantFrom('投诉', '客户', '联系电话', '内容', '日期', '时间', '处理', '结果', '编号', 'name', 'phone', 'No', 'date', ' ', '_', '被');
    fc.assert(
      fc.property(fc.array(fc.array(word, { maxLength: 4 }).map((parts) => parts.join('')), { maxLength: 12 }), (headers) => {
        const mapping = autoMap(headers);
        const columns = Object.values(mapping).filter((c): c is number => c !== null);
        expect(new Set(columns).size).toBe(columns.length);
        for (const column of columns) expect(headers[column]!.trim()).not.toBe('');
      }),
      { numRuns: 500 },
    );
  });
});
