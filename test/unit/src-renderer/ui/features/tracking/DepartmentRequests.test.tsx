import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../../src-renderer/domain/cases/case';
import { formatDateTime } from '../../../../../../src-renderer/ui/components/format';
import { renderAsColleague, verifyingCase } from '../cases/colleagues-kit';
import { count, Page, setUpTrackingTests } from './helpers';

setUpTrackingTests();

describe('待本部门核实 beside the tracking table', { timeout: 60_000 }, () => {
  it('lists the open requests to the user’s department, earliest reply-by first, overdue marked, each opening its case', async () => {
    const cases: CaseRecord[] = [];
    const { host } = await renderAsColleague(<Page />, 'yangfan', async (act) => {
      const late = await verifyingCase(act, { customerName: '张三', category: 'logistics' });
      const soon = await verifyingCase(act, { customerName: '李四' });
      const other = await verifyingCase(act, { customerName: '王五' });
      await act('agent', 'verification.requestCheck', { caseId: late.id, department: '物流配送部', question: '快递是否三天未派送？', replyBy: Date.now() + 60_000 });
      await act('chen', 'verification.requestCheck', { caseId: soon.id, department: '物流配送部', question: '签收人是谁？', replyBy: Date.now() + 3_600_000 });
      // Another department's: not in this queue.
      await act('agent', 'verification.requestCheck', { caseId: other.id, department: '售后服务部', question: '是否已上门维修？' });
      cases.push(late, soon);
    });
    // One request's reply-by time passes.
    const [late, soon] = cases as [CaseRecord, CaseRecord];
    const stored = (await host.db.cases.get(late.id))!;
    await host.db.cases.update(late.id, { verificationRequests: [{ ...stored.verificationRequests![0]!, replyBy: Date.now() - 60_000 }] });
    const queue = await screen.findByRole('region', { name: '待本部门核实（2）' }, { timeout: 15_000 });
    await waitFor(() => expect(within(queue).getByText('其中 1 项已逾期')).toBeTruthy());
    const rows = within(queue).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('link').textContent)).toEqual([late.no, soon.no]);
    expect(rows[0]!.textContent).toContain('物流配送');
    expect(rows[0]!.textContent).toContain('快递是否三天未派送？');
    expect(rows[0]!.textContent).toContain('王晓 · ');
    expect(rows[0]!.textContent).toContain('已逾期');
    expect(rows[1]!.textContent).toContain(`陈主管 · `);
    expect(rows[1]!.textContent).toContain(formatDateTime((await host.db.cases.get(soon.id))!.verificationRequests![0]!.replyBy));
    expect(rows[1]!.textContent).not.toContain('已逾期');
    expect(queue.textContent).not.toContain('是否已上门维修？');
    expect(within(rows[1]!).getByRole('link', { name: `打开投诉单 ${soon.no}` }).getAttribute('href')).toBe(`#/cases/${soon.id}`);
  });

  it('keeps each row to one line: number, category, who asked and the dates unwrapped, the question cut with the whole of it in its tooltip; five rows show before it scrolls', async () => {
    const long = `请核实订单 JD20261123001 的配送记录。${'客户反映快递员多次未按约定时间上门，包裹在站点滞留。'.repeat(40)}`;
    await renderAsColleague(<Page />, 'yangfan', async (act) => {
      const record = await verifyingCase(act, { customerName: '张三', category: 'logistics' });
      await act('agent', 'verification.requestCheck', { caseId: record.id, department: '物流配送部', question: long, replyBy: Date.now() + 60_000 });
    });
    const queue = await screen.findByRole('region', { name: '待本部门核实（1）' }, { timeout: 15_000 });
    const headers = within(queue).getAllByRole('columnheader');
    const cells = within(within(queue).getAllByRole('row')[1]!).getAllByRole('cell');
    for (const i of [0, 1, 3, 4]) {
      expect(headers[i]!.style.whiteSpace, headers[i]!.textContent!).toBe('nowrap');
      expect(cells[i]!.style.whiteSpace, headers[i]!.textContent!).toBe('nowrap');
    }
    const question = within(cells[2]!).getByText(long);
    expect(question.getAttribute('title')).toBe(long);
    expect(question.style.getPropertyValue('--text-line-clamp')).toBe('1');
    // The box: a header and at least five one-line rows (~35 px each) before it scrolls.
    const box = queue.querySelector<HTMLElement>('[style*="max-height"]')!;
    const rem = /calc\(([\d.]+)rem/.exec(box.style.maxHeight)?.[1];
    expect(Number(rem) * 16, box.style.maxHeight).toBeGreaterThanOrEqual(6 * 35);
  });

  it('shows nothing to a colleague whose department has no open request', async () => {
    await renderAsColleague(<Page />, 'agent', async (act) => {
      const record = await verifyingCase(act);
      await act('agent', 'verification.requestCheck', { caseId: record.id, department: '物流配送部', question: '快递是否三天未派送？' });
    });
    await waitFor(() => expect(count()).toBe('共 1 宗投诉'));
    expect(screen.queryByRole('region', { name: /待本部门核实/ })).toBeNull();
  });
});
