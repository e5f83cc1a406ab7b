import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../../../src-renderer/domain/cases/case';
import type { CaseEntry } from '../../../../../../../src-renderer/domain/cases/entries';
import type { CustomerExport } from '../../../../../../../src-renderer/domain/privacy/customer';
import type { Row } from '../../../../../../../src-renderer/ui/export/sheet';
import { customerSheets, entryText } from '../../../../../../../src-renderer/ui/features/settings/privacy/customerSheets';
import { initI18n } from '../../../../../../../src-renderer/ui/i18n';

const by = { id: 'u-1', name: '客服小王' };
const entry = (data: object) => ({ id: 'e', caseId: 'c-1', at: Date.UTC(2026, 0, 2), by, ...data }) as CaseEntry;

describe('customerSheets', () => {
  it('summarises the export as cases, entries and attachments, contacts in full', async () => {
    const i18n = await initI18n('zh-CN');
    const record = { id: 'c-1', no: 'TS1', receivedAt: Date.UTC(2026, 0, 1), customerName: '陈晓燕', phone: '13912345678', email: 'c@example.com', status: 'closed', category: 'logistics', closedAt: null, description: '丢件' } as unknown as CaseRecord;
    const data: CustomerExport = {
      format: 'complaint-desk/customer-export',
      version: 1,
      exportedAt: 0,
      exportedBy: by,
      key: { kind: 'phone', value: '13912345678' },
      cases: [
        {
          record,
          entries: [entry({ kind: 'contact', channel: 'phone', contactedAt: 0, summary: '已回电' })],
          attachments: [{ id: 'a', caseId: 'c-1', name: '照片.jpg', type: 'image/jpeg', size: 12, addedAt: Date.UTC(2026, 0, 3), addedBy: by, step: 'intake' }],
        },
      ],
    };
    const sheets = customerSheets(i18n.t, data);
    expect(sheets.map((s) => s.name)).toEqual(['投诉', '处理记录', '附件']);
    const rows = sheets.map((s) => (s.rows as Row[][])[0]!);
    expect(rows[0]![0]!.slice(0, 9)).toEqual(['TS1', new Date(Date.UTC(2026, 0, 1)), '陈晓燕', '13912345678', 'c@example.com', '', '', '已关闭', '物流配送']);
    const letter = customerSheets(i18n.t, { ...data, cases: [{ ...data.cases[0]!, record: { ...record, address: '杭州市文三路88号', referralNo: 'A-1' } }] });
    expect((letter[0]!.rows as Row[][])[0]![0]!.slice(5, 7)).toEqual(['杭州市文三路88号', 'A-1']);
    expect(rows[1]![0]!.slice(2)).toEqual(['联系客户', '客服小王', '已回电']);
    // The summary the handling was completed with reads as the outcome.
    const done = customerSheets(i18n.t, { ...data, cases: [{ ...data.cases[0]!, entries: [entry({ kind: 'progress', text: '已补发', outcome: true })] }] });
    expect((done[1]!.rows as Row[][])[0]![0]!.slice(2)).toEqual(['处理结果', '客服小王', '已补发']);
    expect(rows[2]![0]!.slice(1, 4)).toEqual(['照片.jpg', 'image/jpeg', 12]);
  });

  it('reads the text of every kind of entry', () => {
    expect(entryText(entry({ kind: 'check', department: '物流配送部', checked: '签收记录', finding: '未签收' }))).toBe('物流配送部 · 签收记录 · 未签收');
    expect(entryText(entry({ kind: 'resume', note: '客户已回复' }))).toBe('客户已回复');
    expect(entryText(entry({ kind: 'qualityReturn', reason: '记录不全' }))).toBe('记录不全');
  });
});
