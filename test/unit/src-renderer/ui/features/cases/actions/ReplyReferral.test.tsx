import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../../../src-renderer/domain/cases/case';
import { workingDaysDeadline } from '../../../../../../../src-renderer/domain/cases/referral-reply';
import { createCalendar } from '../../../../../../../src-renderer/domain/clocks/calendar';
import { DEFAULT_SLA } from '../../../../../../../src-renderer/domain/clocks/sla-settings';
import { formatDateTime } from '../../../../../../../src-renderer/ui/components/format';
import { CasePage } from '../../../../../../../src-renderer/ui/features/cases/CasePage';
import { RegistrationForm } from '../../../../../../../src-renderer/ui/features/intake/RegistrationForm';
import { renderWithStore, teardown } from '../../../render';
import { registerAsAgent, renderAsSomeone, walkTo } from '../staff-kit';

afterEach(teardown);

describe('转办反馈时限 and 回复转办单位', { timeout: 60_000 }, () => {
  it('at intake, a 12315 referral offers the reply deadline in working days, shows the date it falls on, and registers it', async () => {
    const { host } = await renderWithStore(<RegistrationForm />);
    // Not offered for a phone complaint.
    expect(screen.queryByRole('textbox', { name: '工作日数' })).toBeNull();
    const channel = screen.getAllByLabelText(/投诉渠道/).find((element) => element.tagName === 'INPUT')!;
    fireEvent.click(channel);
    await waitFor(() => expect(channel.getAttribute('aria-controls')).toBeTruthy());
    fireEvent.click(within(document.getElementById(channel.getAttribute('aria-controls')!)!).getByRole('option', { name: '12315转办', hidden: true }));
    const days = await screen.findByRole('textbox', { name: '工作日数' });
    expect((days as HTMLInputElement).value).toBe('7');
    fireEvent.change(days, { target: { value: '10' } });
    const preview = workingDaysDeadline(createCalendar(), Date.now(), 10);
    await waitFor(() => expect(document.body.textContent).toContain(`截止于 ${formatDateTime(preview).slice(0, 10)}`));
    fireEvent.change(screen.getByLabelText(/客户姓名/), { target: { value: '赵六' } });
    fireEvent.change(screen.getByLabelText(/联系电话/), { target: { value: '13900002222' } });
    fireEvent.change(screen.getByLabelText(/投诉内容/), { target: { value: '12315转来：商家拒绝退货。' } });
    // Without its work order's number a referral is not registered: the field says why.
    fireEvent.click(screen.getByRole('button', { name: '登记投诉' }));
    const ticket = screen.getByLabelText(/来源单号/);
    await waitFor(() => expect(ticket.getAttribute('aria-invalid')).toBe('true'));
    expect(document.body.textContent).toContain('12315 转办的投诉须填写来源单号（转办工单号）：答复 12315 时要引用它。');
    expect(await host.db.cases.count()).toBe(0);
    fireEvent.change(ticket, { target: { value: '1433010020261125000815' } });
    fireEvent.click(screen.getByRole('button', { name: '登记投诉' }));
    await waitFor(async () => expect(await host.db.cases.count()).toBe(1));
    const saved = (await host.db.cases.toArray())[0]!;
    expect(saved.referralDeadline).toEqual({ dueAt: workingDaysDeadline(createCalendar(), saved.receivedAt, 10), workingDays: 10 });
    expect(saved.clocks.referralReply).toMatchObject({ state: 'running', dueAt: saved.referralDeadline!.dueAt });
  });

  it('offers the centre’s default from Settings', async () => {
    await renderWithStore(<RegistrationForm />, {
      seed: async (host) => {
        await host.db.settings.put({ key: 'sla', value: { ...DEFAULT_SLA, referralReplyDays: 10 } });
      },
    });
    const channel = screen.getAllByLabelText(/投诉渠道/).find((element) => element.tagName === 'INPUT')!;
    fireEvent.click(channel);
    await waitFor(() => expect(channel.getAttribute('aria-controls')).toBeTruthy());
    fireEvent.click(within(document.getElementById(channel.getAttribute('aria-controls')!)!).getByRole('option', { name: '12315转办', hidden: true }));
    const days = await screen.findByRole('textbox', { name: '工作日数' });
    await waitFor(() => expect((days as HTMLInputElement).value).toBe('10'));
  });

  it('the agent records the final reply on the case page: the text is required, then the deadline shows as met', async () => {
    let referred: CaseRecord | undefined;
    const { host } = await renderAsSomeone(<LazyPage id={() => referred!.id} />, 'agent', async (act) => {
      referred = await registerAsAgent(act, { channel: 'regulator_12315', referralNo: 'GS-0001', referralDeadline: { by: 'workingDays', days: 7 } });
    });
    const section = await screen.findByRole('region', { name: '回复转办单位' }, { timeout: 15_000 });
    expect(section.textContent).toContain('待最终回复');
    expect(section.textContent).toContain('还没有回复转办单位。');
    // The clocks panel watches it beside the response deadline.
    expect(within(await screen.findByRole('region', { name: '时限' })).getByText('转办反馈时限')).toBeTruthy();

    fireEvent.click(await screen.findByRole('button', { name: '回复转办单位' }));
    const dialog = await screen.findByRole('dialog', { name: '回复转办单位' });
    expect((within(dialog).getByRole('textbox', { name: '回复人' }) as HTMLInputElement).value).not.toBe('');
    fireEvent.click(within(dialog).getByRole('radio', { name: '书面函件' }));
    fireEvent.click(within(dialog).getByRole('checkbox', { name: '这是最终回复（完成转办反馈时限）' }));
    fireEvent.click(within(dialog).getByRole('button', { name: '回复转办单位' }));
    const text = within(dialog).getByRole('textbox', { name: '回复内容（处理情况或目前进展）' });
    await waitFor(() => expect(text.getAttribute('aria-invalid')).toBe('true'));
    expect((await host.db.cases.get(referred!.id))!.referralReplies).toBeUndefined();

    fireEvent.change(text, { target: { value: '已为消费者办理退货退款，并书面回复市场监管局。' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '回复转办单位' }));
    expect(await screen.findByText('已记录最终回复')).toBeTruthy();
    await waitFor(async () => expect((await host.db.cases.get(referred!.id))!.clocks.referralReply!.state).toBe('met'));
    const updated = await screen.findByRole('region', { name: '回复转办单位' });
    await waitFor(() => expect(updated.textContent).toContain('已按时回复'));
    expect(updated.textContent).toContain('最终回复 · 书面函件');
    expect(updated.textContent).toContain('已为消费者办理退货退款，并书面回复市场监管局。');
    // The history says which reply it was, how and by whom.
    expect(await screen.findByText(/最终回复（书面函件，/)).toBeTruthy();
  });

  it('the callback that may close the case says the referring body still waits for its final reply', async () => {
    let referred: CaseRecord | undefined;
    await renderAsSomeone(<LazyPage id={() => referred!.id} />, 'agent', async (act, agentId) => {
      const handled = await walkTo(act, agentId, 'executing', { channel: 'regulator_12315', referralDeadline: { by: 'workingDays', days: 7 } });
      referred = await act('agent', 'progress.complete', { caseId: handled.id, summary: '已退货退款' });
    });
    fireEvent.click(await screen.findByRole('button', { name: '记录回访结果' }, { timeout: 15_000 }));
    const dialog = await screen.findByRole('dialog', { name: '记录回访结果' });
    expect(dialog.textContent).toContain(`尚未最终回复转办单位（转办反馈时限：${formatDateTime(referred!.referralDeadline!.dueAt)}（受理后 7 个工作日））`);
  });

  it('更正登记信息 sets the deadline on a referral registered without it, counted in working days', async () => {
    let referred: CaseRecord | undefined;
    const { host } = await renderAsSomeone(<LazyPage id={() => referred!.id} />, 'agent', async (act) => {
      referred = await registerAsAgent(act, { channel: 'regulator_12315', referralNo: 'GS-0002' });
    });
    // Nothing to reply to yet: no deadline.
    await screen.findByRole('button', { name: '更正登记信息' }, { timeout: 15_000 });
    expect(screen.queryByRole('button', { name: '回复转办单位' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '更正登记信息' }));
    const dialog = await screen.findByRole('dialog', { name: '更正登记信息' });
    fireEvent.click(within(dialog).getByRole('radio', { name: '按工作日' }));
    fireEvent.change(within(dialog).getByRole('textbox', { name: '工作日数' }), { target: { value: '5' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: '更正原因' }), { target: { value: '补录12315工单的反馈时限' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '更正登记信息' }));
    await waitFor(async () => expect((await host.db.cases.get(referred!.id))!.referralDeadline?.workingDays).toBe(5));
    const saved = (await host.db.cases.get(referred!.id))!;
    expect(saved.referralDeadline!.dueAt).toBe(workingDaysDeadline(createCalendar(), saved.receivedAt, 5));
    expect(await screen.findByRole('button', { name: '回复转办单位' })).toBeTruthy();
    // The history shows the deadline before and after.
    const timeline = await screen.findByRole('region', { name: '处理记录' });
    await waitFor(() => expect(timeline.textContent).toMatch(/转办反馈时限：未填写 → [\d-]+ 18:00（受理后 5 个工作日）/));
  });
});

/** The page of a case the seed creates (its id is known only once the seed ran). */
function LazyPage({ id }: { id: () => string }) {
  return <CasePage id={id()} />;
}
