import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../../src-renderer/domain/cases/case';
import { setLanguage } from '../../../../../../src-renderer/ui/i18n';
import { renderWithStore } from '../../render';
import { caseRows, count, HOUR, Page, registerCase, setUpTrackingTests } from './helpers';

setUpTrackingTests();

const DAY = 24 * HOUR;

describe('the tracking filter 转办反馈', { timeout: 60_000 }, () => {
  it('lists the 12315 referrals owing their reply, and those past the deadline, which the 已超时 view lists too', async () => {
    let overdue: CaseRecord | undefined;
    await renderWithStore(<Page />, {
      seed: async (_host, asAgent) => {
        const referral = (customerName: string, dueAt: number | null, receivedAt = Date.now() - HOUR) =>
          registerCase(asAgent, { customerName, channel: 'regulator_12315', receivedAt, ...(dueAt === null ? {} : { referralDeadline: { by: 'date', dueAt } }) });
        overdue = await referral('逾期未回', Date.now() - HOUR, Date.now() - 2 * HOUR);
        await referral('尚未到期', Date.now() + DAY);
        const answered = await referral('已经回复', Date.now() + DAY);
        const replied = await asAgent('cases.replyReferral', { caseId: answered.id, at: Date.now(), replier: '李客服', method: 'platform', text: '已处理完毕', final: true });
        if (!replied.ok) throw new Error(JSON.stringify(replied.error));
        await referral('没有时限', null);
        await registerCase(asAgent, { customerName: '电话客户' });
      },
    });
    await waitFor(() => expect(count()).toBe('共 5 宗投诉'));
    fireEvent.click(screen.getByRole('button', { name: '筛选' }));
    const group = await screen.findByRole('group', { name: '转办反馈' });
    fireEvent.click(within(group).getByRole('checkbox', { name: '待回复' }));
    await waitFor(() => expect(count()).toBe('共 2 宗投诉'));
    expect(screen.getByRole('button', { name: '筛选（1）' })).toBeTruthy();
    fireEvent.click(within(group).getByRole('checkbox', { name: '待回复' }));
    fireEvent.click(within(group).getByRole('checkbox', { name: '已逾期' }));
    await waitFor(() => expect(count()).toBe('共 1 宗投诉'));
    expect(caseRows().map((row) => within(row).getByRole('link').textContent)).toEqual([overdue!.no]);

    // The overdue view lists it as well (a referral past its reply deadline raises the overdue alert).
    fireEvent.click(within(screen.getByRole('group', { name: '视图' })).getByRole('button', { name: '已超时' }));
    await waitFor(() => expect(caseRows().map((row) => within(row).getByRole('link').textContent)).toContain(overdue!.no));

    await act(() => setLanguage('en'));
    const english = screen.getByRole('group', { name: 'Referral reply' });
    expect(within(english).getAllByRole('checkbox')).toHaveLength(2);
    expect(within(english).getByRole('checkbox', { name: 'Reply owed' })).toBeTruthy();
    expect(within(english).getByRole('checkbox', { name: 'Reply overdue' })).toBeTruthy();
  });
});
