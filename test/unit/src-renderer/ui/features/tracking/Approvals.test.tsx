import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderAsSomeone, walkTo } from '../cases/staff-kit';
import { caseRows, cellOf, count, headers, Page, setUpTrackingTests } from './helpers';

setUpTrackingTests();

const DAY = 86_400_000;

describe('the 待审批 view', { timeout: 60_000 }, () => {
  it('lists only what the user can decide, each case with the approval it waits for beside its status', async () => {
    const nos: Record<string, string> = {};
    await renderAsSomeone(<Page />, 'supervisor', async (act, agentId) => {
      const ask = async (who: 'agent' | 'supervisor', name: string) => {
        const record = await walkTo(act, agentId, 'executing', { customerName: name });
        await act(who, 'progress.requestExtension', { caseId: record.id, reason: '缺货', newDueAt: record.clocks.resolution!.dueAt + DAY });
        nos[name] = record.no;
      };
      await ask('agent', '王五');
      // The supervisor's own request: they may not decide it (申请人不能审批自己的申请).
      await ask('supervisor', '赵六');
      await walkTo(act, agentId, 'grading_review', { customerName: '张三' });
    });
    await waitFor(() => expect(count()).toBe('共 3 宗投诉'));
    expect(headers()).not.toContain('待审批事项');

    // The button says how many wait for this supervisor, before the view is opened.
    const view = within(screen.getByRole('group', { name: '视图' })).getByRole('button', { name: '待审批' });
    await waitFor(() => expect(within(view).getByText('1', { exact: true })).toBeTruthy());
    expect(document.getElementById(view.getAttribute('aria-describedby')!)?.textContent).toBe('1 宗投诉等待您审批或出具意见');
    fireEvent.click(view);
    await waitFor(() => expect(count()).toBe('共 1 宗投诉'));
    const [row] = caseRows();
    expect(within(row!).getByRole('link').textContent).toBe(nos['王五']);
    const shown = headers();
    expect(shown.slice(shown.indexOf('状态'), shown.indexOf('状态') + 2)).toEqual(['状态', '待审批事项']);
    expect(cellOf(row!, '状态').textContent).toBe('处理中');
    expect(cellOf(row!, '待审批事项').textContent).toBe('延期待审批');
  });

  it('marks a case whose grading or plan was sent back, until it is resubmitted', async () => {
    const nos: Record<string, string> = {};
    await renderAsSomeone(<Page />, 'agent', async (act, agentId) => {
      const grading = await walkTo(act, agentId, 'grading_review', { customerName: '张三' });
      await act('director', 'grading.return', { caseId: grading.id, reason: '损失金额未核实' });
      const plan = await walkTo(act, agentId, 'plan_review', { customerName: '李四', severity: 'general' });
      await act('ops', 'plans.return', { caseId: plan.id, reason: '补偿不足' });
      const resubmitted = await walkTo(act, agentId, 'grading_review', { customerName: '王五' });
      await act('director', 'grading.return', { caseId: resubmitted.id, reason: '类别有误' });
      await act('agent', 'grading.submit', { caseId: resubmitted.id, category: 'logistics', severity: resubmitted.severity, rationale: '已核实', department: '物流配送部' });
      Object.assign(nos, { 张三: grading.no, 李四: plan.no, 王五: resubmitted.no });
    });
    await waitFor(() => expect(count()).toBe('共 3 宗投诉'));
    const statusOf = (name: string) => {
      const row = caseRows().find((r) => within(r).getByRole('link').textContent === nos[name])!;
      return cellOf(row, '状态').textContent;
    };
    // An agent approves nothing: no count on 待审批.
    const view = within(screen.getByRole('group', { name: '视图' })).getByRole('button', { name: '待审批' });
    expect(view.textContent).toBe('待审批');
    expect(view.hasAttribute('aria-describedby')).toBe(false);
    expect(statusOf('张三')).toBe('定级被退回');
    expect(statusOf('李四')).toBe('方案被退回');
    expect(statusOf('王五')).toBe('定级待审批');
  });
});
