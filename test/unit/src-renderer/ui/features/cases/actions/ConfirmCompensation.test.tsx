import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../../../src-renderer/domain/cases/case';
import { CasePage } from '../../../../../../../src-renderer/ui/features/cases/CasePage';
import { teardown } from '../../../render';
import { renderAsSomeone, walkTo } from '../staff-kit';

afterEach(teardown);

const DAY = 86_400_000;

describe('确认赔付', { timeout: 60_000 }, () => {
  it('the agent records the refund paid; a different amount needs a note; only then is the result submitted', async () => {
    let c: CaseRecord | undefined;
    const { host } = await renderAsSomeone(<LazyPage id={() => c!.id} />, 'agent', async (act, agentId) => {
      c = await walkTo(act, agentId, 'grading_review');
      await act('director', 'grading.approve', { caseId: c.id });
      const compensation = { type: 'refund', amount: 300 };
      await act('agent', 'plans.submit', { caseId: c.id, measures: ['退还货款'], ownerId: agentId, department: '物流配送部', dueAt: Date.now() + 3 * DAY, compensation });
      c = await act('ops', 'plans.approve', { caseId: c.id });
    });
    // 下一步 says what is missing, and the result cannot be submitted yet.
    expect(await screen.findByText(/方案承诺的补偿（退款 ¥300.00）尚未确认/, {}, { timeout: 15_000 })).toBeTruthy();
    expect(screen.queryByRole('button', { name: '提交处理结果' })).toBeNull();
    const plan = screen.getByRole('region', { name: '处理方案' });
    expect(within(plan).getByText('尚未确认')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '确认赔付' }));
    const dialog = await screen.findByRole('dialog', { name: '确认赔付' });
    expect(dialog.textContent).toContain('退款 ¥300.00');
    fireEvent.change(within(dialog).getByRole('textbox', { name: '实付金额（元）' }), { target: { value: '250' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: '交易流水号/券码/运单号' }), { target: { value: 'TX20261124001' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '确认赔付' }));
    expect(await within(dialog).findByText('实付金额与方案承诺的金额不同，请在备注中写明原因。')).toBeTruthy();
    expect((await host.db.cases.get(c!.id))!.plan!.compensationConfirmations).toBeUndefined();

    fireEvent.change(within(dialog).getByRole('textbox', { name: '备注' }), { target: { value: '扣除客户已使用配件 50 元' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '确认赔付' }));
    expect(await screen.findByText('已记录赔付确认')).toBeTruthy();
    await waitFor(async () => expect((await host.db.cases.get(c!.id))!.plan!.compensationConfirmations).toHaveLength(1));
    expect((await host.db.cases.get(c!.id))!.plan!.compensationConfirmations![0]).toMatchObject({ amount: 250, method: 'original_route', reference: 'TX20261124001' });
    await waitFor(() => expect(within(screen.getByRole('region', { name: '处理方案' })).getByText(/¥250.00 · 原路退回 .*TX20261124001 · 扣除客户已使用配件 50 元/)).toBeTruthy());
    expect(await screen.findByRole('button', { name: '提交处理结果' })).toBeTruthy();
  });

  it('a waiver asks for the customer’s reason instead of payment details', async () => {
    let c: CaseRecord | undefined;
    await renderAsSomeone(<LazyPage id={() => c!.id} />, 'agent', async (act, agentId) => {
      c = await walkTo(act, agentId, 'grading_review');
      await act('director', 'grading.approve', { caseId: c.id });
      await act('agent', 'plans.submit', { caseId: c.id, measures: ['赠送代金券'], ownerId: agentId, department: '物流配送部', dueAt: Date.now() + 3 * DAY, compensation: { type: 'voucher', amount: 50 } });
      c = await act('ops', 'plans.approve', { caseId: c.id });
    });
    fireEvent.click(await screen.findByRole('button', { name: '确认赔付' }, { timeout: 15_000 }));
    const dialog = await screen.findByRole('dialog', { name: '确认赔付' });
    fireEvent.click(within(dialog).getByRole('radio', { name: '客户放弃补偿' }));
    expect(within(dialog).queryByRole('textbox', { name: '实付金额（元）' })).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: '确认赔付' }));
    expect(await within(dialog).findByText('此项为必填项。')).toBeTruthy();
    fireEvent.change(within(dialog).getByRole('textbox', { name: /放弃原因/ }), { target: { value: '客户表示不需要代金券' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '确认赔付' }));
    expect(await screen.findByText('已记录赔付确认')).toBeTruthy();
    await waitFor(() => expect(within(screen.getByRole('region', { name: '处理方案' })).getByText('客户放弃：客户表示不需要代金券')).toBeTruthy());
  });
});

/** The page of a case the seed creates (its id is known only once the seed ran). */
function LazyPage({ id }: { id: () => string }) {
  return <CasePage id={id()} />;
}
