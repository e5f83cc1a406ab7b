import { describe, expect, it } from 'vitest';
import { autoMap } from '../../../../../src-renderer/domain/imports/mapping';
import { readTable } from '../../../../../src-renderer/domain/imports/table';
import { encodeGbk } from '../../../../fixtures/imports/encodings';
import { buildWorkbook } from '../../../../fixtures/imports/workbook';

const utf8 = (text: string) => new TextEncoder().encode(text);
const HEADER = '投诉单号,受理时间,渠道,客户姓名,联系电话,投诉内容,严重程度';
const DATA = 'A1,2024-03-05 14:30,微信,张伟,13812345678,空调漏水,一般\nA2,2024/3/6,电话,王芳,13912345678,屏幕碎裂,严重\n';
const HEADERS = HEADER.split(',');

describe('readTable finds the header under titles and group rows', () => {
  it('skips a title row with two cells (a title and the export time)', () => {
    const table = readTable('台账.csv', encodeGbk(`2024年客户投诉台账,,,,,导出时间：2024-12-31\n${HEADER}\n${DATA}`));
    expect(table.headers).toEqual(HEADERS);
    expect(table.rows.map((row) => row[3])).toEqual(['张伟', '王芳']);
    expect(table.rowNumbers).toEqual([3, 4]);
  });

  it('skips a row of group names over merged cells, which is never mapped', () => {
    const table = readTable('台账.csv', utf8(`工单信息,,,客户信息,,投诉信息,\n${HEADER}\n${DATA}`));
    expect(table.headers).toEqual(HEADERS);
    expect(table.rowNumbers).toEqual([3, 4]);
    expect(autoMap(table.headers).customerName).toBe(3);
  });

  it('skips a title, an export note and a group row together', () => {
    const text = `2024年客户投诉台账\n导出人：张三,导出时间：2024-12-31\n工单信息,,,客户信息,,投诉信息,\n${HEADER}\n${DATA}`;
    expect(readTable('a.csv', utf8(text))).toMatchObject({ headers: HEADERS, rowNumbers: [5, 6] });
  });

  it('skips the merged group row of a workbook', () => {
    const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
    const row = (r: number, cells: string[]) => `<row r="${r}">${cells.map((text, i) => (text === '' ? '' : inline(`${'ABCDEFGH'[i]}${r}`, text))).join('')}</row>`;
    const rows = [
      row(1, ['工单信息', '', '客户信息', '', '投诉信息', '', '', '']),
      row(2, ['受理日期', '原单号', '客户姓名', '手机', '投诉内容', '状态', '结案日期', '处理结果']),
      row(3, ['2024-03-05', 'OLD-1', '张伟', '13812345678', '漏水', '已结案', '2024-03-08', '已维修']),
    ].join('');
    const table = readTable('台账.xlsx', buildWorkbook({ sheets: [{ name: '台账', rows }] }));
    expect(table.headers).toEqual(['受理日期', '原单号', '客户姓名', '手机', '投诉内容', '状态', '结案日期', '处理结果']);
    expect(table.rowNumbers).toEqual([3]);
  });

  it('recognises English headers under a title too', () => {
    const text = 'Complaints export,,2024-12-31\nCase No,Received,Customer Name,Phone,Complaint\nA1,2024-03-05,Li Si,13812345678,Leaking\n';
    expect(readTable('a.csv', utf8(text))).toMatchObject({ headers: ['Case No', 'Received', 'Customer Name', 'Phone', 'Complaint'], rowNumbers: [3] });
  });

  it('keeps the upper of two rows that name as many fields, and never takes a data row for the header', () => {
    // A second header line (a translation) stays data, as before.
    expect(readTable('a.csv', utf8('客户姓名,投诉内容\n姓名,内容\n王芳,漏水\n')).rowNumbers).toEqual([2, 3]);
    // A data row can name more fields than a sparse header ('电话' is a channel, '消费者' a customer type) but holds a date.
    const sparse = readTable('a.csv', utf8('姓名,方式,类型,日子\n王芳,电话,消费者,2024-03-05\n'));
    expect(sparse.headers).toEqual(['姓名', '方式', '类型', '日子']);
    expect(sparse.rowNumbers).toEqual([2]);
  });

  it('falls back to the first row, after single-cell titles, when no row is recognised', () => {
    expect(readTable('a.csv', utf8('Foo,Bar,Baz\nx,y,z\n')).headers).toEqual(['Foo', 'Bar', 'Baz']);
    expect(readTable('a.csv', utf8('我的表\nFoo,Bar,Baz\nx,y,z\n'))).toMatchObject({ headers: ['Foo', 'Bar', 'Baz'], rowNumbers: [3] });
    // One recognised name is not enough to move the header below a first row of several cells.
    expect(readTable('a.csv', utf8('台账,2024\n姓名,Bar\nx,y\n')).headers).toEqual(['台账', '2024']);
  });
});
