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

    fireEvent.click(within(screen.getByRole('group', { name: '视图' })).getByRole('button', { name: '待审批' }));
    await waitFor(() => expect(count()).toBe('共 1 宗投诉'));
    const [row] = caseRows();
    expect(within(row!).getByRole('link').textContent).toBe(nos['王五']);
    const shown = headers();
    expect(shown.slice(shown.indexOf('状态'), shown.indexOf('状态') + 2)).toEqual(['状态', '待审批事项']);
    expect(cellOf(row!, '状态').textContent).toBe('处理中');
    expect(cellOf(row!, '待审批事项').textContent).toBe('延期待审批');
  });
});
