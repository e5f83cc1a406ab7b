import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../../../src-renderer/domain/cases/case';
import type { Session } from '../../../../../../../src-renderer/store/rpc/define';
import type { StoreHost } from '../../../../../../../src-renderer/store/host';
import { PrivacyTab } from '../../../../../../../src-renderer/ui/features/settings/privacy/PrivacyTab';
import { SettingsPage } from '../../../../../../../src-renderer/ui/features/settings/SettingsPage';
import { initI18n } from '../../../../../../../src-renderer/ui/i18n';
import { registerCase, teardown, type Rendered } from '../../../render';
import { DAY, LEGAL, renderAs } from './kit';

afterEach(async () => {
  await teardown();
  await initI18n('zh-CN');
});

const PHONE = '13912345678';
const PERSON = { customerName: '陈晓燕', phone: PHONE };

/** A case of the customer that ended `daysAgo` days ago, its clocks done (written straight to the store, as time cannot pass in a test). */
async function endedCase(host: StoreHost, asAgent: Rendered['asAgent'], daysAgo: number, person: Record<string, unknown> = PERSON): Promise<CaseRecord> {
  const record = await registerCase(asAgent, person);
  await host.db.cases.update(record.id, { status: 'closed', closedAt: Date.now() - daysAgo * DAY, clocks: {}, nextDueAt: undefined });
  return (await host.db.cases.get(record.id))!;
}

/** A Mantine Select's input: a textbox until its dropdown has been built, a combobox after. */
const selectBox = (scope: HTMLElement, name: RegExp) => within(scope).queryByRole('textbox', { name }) ?? within(scope).getByRole('combobox', { name });

async function choose(scope: HTMLElement, label: RegExp, option: string) {
  fireEvent.click(selectBox(scope, label));
  fireEvent.click(await screen.findByRole('option', { name: option, hidden: true }));
}

const requestRows = async (host: StoreHost) => host.db.settings.where('key').startsWith('erasure:').toArray();

describe('个人信息删除请求 panel', { timeout: 90_000 }, () => {
  it('records a request for the customer found by phone, executes it with the password and shows the ended case erased, the open one waiting', async () => {
    const cases: CaseRecord[] = [];
    const rendered = await renderAs('legal', <PrivacyTab />, async (host, asAgent) => {
      cases.push(await endedCase(host, asAgent, 10));
      cases.push(await registerCase(asAgent, PERSON));
    });
    const [ended, open] = cases as [CaseRecord, CaseRecord];
    const panel = await screen.findByRole('region', { name: '个人信息删除请求' });
    await within(panel).findByText('尚无删除请求。');
    expect(panel.textContent).toContain('须在收到请求后 15 天内答复');

    fireEvent.click(within(panel).getByRole('button', { name: '记录删除请求' }));
    const dialog = await screen.findByRole('dialog', { name: '记录删除请求' });
    fireEvent.change(within(dialog).getByLabelText('查询内容'), { target: { value: PHONE } });
    fireEvent.click(within(dialog).getByRole('button', { name: '查找' }));
    const found = await within(dialog).findByRole('table', { name: '该客户的投诉及处理方式' }, { timeout: 15_000 });
    const outcomes = within(found)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [within(row).getByRole('link').textContent, within(row).getAllByRole('cell').at(-1)!.textContent]);
    expect(outcomes).toEqual([
      [open.no, '暂缓删除投诉仍在处理中（待初审），处理结束后方可删除'],
      [ended.no, '可以删除投诉已结束，执行删除时匿名化'],
    ]);
    expect(found.textContent).toContain(PHONE);
    expect((within(dialog).getByLabelText(/请求人姓名/) as HTMLInputElement).value).toBe('陈晓燕');
    // Found by the phone they agree on: every case ticked. Nothing ticked, nothing to record.
    const submit = within(dialog).getByRole('button', { name: '记录请求' });
    expect(submit.hasAttribute('disabled')).toBe(false);
    fireEvent.click(within(found).getByRole('checkbox', { name: '全选' }));
    expect(submit.hasAttribute('disabled')).toBe(true);
    fireEvent.click(within(found).getByRole('checkbox', { name: '全选' }));
    expect(submit.hasAttribute('disabled')).toBe(false);

    // Nothing chosen of how it came in: refused by the store host, on the fields, nothing written.
    fireEvent.click(within(dialog).getByRole('button', { name: '记录请求' }));
    await waitFor(() => expect(within(dialog).getAllByText('请选择一项。').length).toBe(3));
    expect(await requestRows(rendered.host)).toEqual([]);

    await choose(dialog, /提出渠道/, '电话');
    await choose(dialog, /身份核验方式/, '回拨登记的联系电话核实');
    await choose(dialog, /请求理由/, '个人撤回同意');
    fireEvent.click(within(dialog).getByRole('button', { name: '记录请求' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: '记录删除请求' })).toBeNull(), { timeout: 15_000 });
    const [row] = await requestRows(rendered.host);
    const no = (row!.value as { no: string }).no;
    await screen.findByText(`已记录删除请求 ${no}。`);
    const detail = await screen.findByRole('region', { name: `删除请求 ${no}` });
    expect(detail.textContent).toContain('回拨登记的联系电话核实');
    expect(detail.textContent).toContain('尚未答复');
    expect(detail.textContent).toContain('待处理');

    fireEvent.click(within(detail).getByRole('button', { name: '执行删除（1 宗可删除）' }));
    const confirm = await screen.findByRole('dialog', { name: '执行删除请求' });
    expect(confirm.textContent).toContain('此操作不可撤销');
    fireEvent.change(within(confirm).getByLabelText(/您的登录密码/), { target: { value: LEGAL.password } });
    fireEvent.click(within(confirm).getByRole('button', { name: '确认执行' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: '执行删除请求' })).toBeNull(), { timeout: 15_000 });
    await screen.findByText('已删除 1 宗投诉的个人信息。');
    const [erased, kept] = await rendered.host.db.cases.bulkGet([ended.id, open.id]);
    expect(erased).toMatchObject({ customerName: '（已匿名）', phone: '' });
    expect(kept).toMatchObject({ customerName: '陈晓燕', phone: PHONE });

    await waitFor(() => expect(within(detail).getByRole('table', { name: '请求涉及的投诉' }).textContent).toContain('（已匿名）'));
    expect(detail.textContent).toContain('部分完成');
    expect(detail.textContent).toContain('删除 1 宗，暂缓 1 宗，不予删除 0 宗');
    const list = within(panel).getByRole('table', { name: '个人信息删除请求' });
    expect(list.textContent).toContain('已删除 1 / 2');
  });

  it('says which requests are overdue, closes one refused with the password and its reason, and masks it once its reply is delivered', async () => {
    const rendered = await renderAs('legal', <PrivacyTab />, async (host, asAgent) => {
      const record = await endedCase(host, asAgent, 5);
      const session: Session = { actor: null, token: null };
      const signedIn = await host.dispatcher.dispatch('auth.signIn', { username: LEGAL.username, password: LEGAL.password }, session);
      if (!signedIn.ok) throw new Error(JSON.stringify(signedIn.error));
      const recorded = await host.dispatcher.dispatch(
        'erasure.record',
        // Well past 15 days, a long holiday after them included.
        { key: { phone: PHONE }, caseIds: [record.id], requester: '陈晓燕', receivedAt: Date.now() - 30 * DAY, channel: 'letter', verification: 'id_document', grounds: 'purpose_achieved' },
        session,
      );
      if (!recorded.ok) throw new Error(JSON.stringify(recorded.error));
    });
    const panel = await screen.findByRole('region', { name: '个人信息删除请求' });
    expect((await within(panel).findByRole('status')).textContent).toBe('1 件请求已超过答复期限，尚未答复。');
    const [row] = await requestRows(rendered.host);
    const no = (row!.value as { no: string }).no;
    const list = within(panel).getByRole('table', { name: '个人信息删除请求' });
    expect(list.textContent).toContain('已逾期');
    expect(list.textContent).toContain('陈晓燕');
    fireEvent.click(within(list).getByRole('button', { name: `查看 ${no}` }));
    const detail = await screen.findByRole('region', { name: `删除请求 ${no}` });

    fireEvent.click(within(detail).getByRole('button', { name: '不予删除' }));
    const dialog = await screen.findByRole('dialog', { name: '不予删除' });
    fireEvent.change(within(dialog).getByLabelText(/不予删除理由/), { target: { value: '请求人身份无法核实' } });
    // It closes the request for good: the password again, checked by the store host (a wrong one counts toward the lock-out).
    fireEvent.change(within(dialog).getByLabelText(/您的登录密码/), { target: { value: 'Wrong2026no' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '确认不予删除' }));
    await within(dialog).findByText(/^当前密码不正确。还可尝试 4 次/);
    expect(((await rendered.host.db.settings.get(`erasure:${no}`))!.value as { closedAt: unknown }).closedAt).toBeNull();
    fireEvent.change(within(dialog).getByLabelText(/您的登录密码/), { target: { value: LEGAL.password } });
    fireEvent.click(within(dialog).getByRole('button', { name: '确认不予删除' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: '不予删除' })).toBeNull(), { timeout: 15_000 });
    await waitFor(() => expect(detail.textContent).toContain('请求已办结。请打印告知书送达请求人'));
    expect(detail.textContent).toContain('请求人身份无法核实');
    expect(within(detail).queryByRole('button', { name: /执行删除/ })).toBeNull();
    // Answered: no longer overdue; the reply is still to be delivered, so the requester is still named.
    await waitFor(() => expect(within(panel).getByRole('status').textContent).toBe('1 件请求已办结，告知书尚未记录送达；记录送达后才遮蔽请求人的信息。'));
    expect(list.textContent).toContain('陈晓燕');

    fireEvent.click(within(detail).getByRole('button', { name: '记录告知书送达' }));
    const delivery = await screen.findByRole('dialog', { name: '记录告知书送达' });
    expect(delivery.textContent).toContain('这是办结后的告知书');
    await choose(delivery, /送达方式/, '邮寄');
    fireEvent.change(within(delivery).getByLabelText(/送达地址或对象/), { target: { value: '浙江省杭州市西湖区文三路88号' } });
    fireEvent.click(within(delivery).getByRole('button', { name: '记录送达' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: '记录告知书送达' })).toBeNull(), { timeout: 15_000 });
    await waitFor(() => expect(detail.textContent).toContain('告知书已送达'));
    expect(detail.textContent).toContain('邮寄至 浙江省杭州市****');
    await waitFor(() => expect(within(panel).queryByRole('status')).toBeNull());
    expect(list.textContent).toContain('陈**');
    expect(list.textContent).not.toContain('陈晓燕');
    expect(list.textContent).not.toContain(PHONE);
  });

  it('ticks nothing found by a name two people share, shows their contacts apart and says they differ; says when a waiting case may be erased', async () => {
    const cases: CaseRecord[] = [];
    const rendered = await renderAs('legal', <PrivacyTab />, async (host, asAgent) => {
      cases.push(await endedCase(host, asAgent, 3, { customerName: '张伟', phone: PHONE }));
      cases.push(await endedCase(host, asAgent, 2, { customerName: '张伟', phone: '13712345678' }));
    });
    const [mine, theirs] = cases as [CaseRecord, CaseRecord];
    const panel = await screen.findByRole('region', { name: '个人信息删除请求' });
    fireEvent.click(await within(panel).findByRole('button', { name: '记录删除请求' }));
    const dialog = await screen.findByRole('dialog', { name: '记录删除请求' });
    fireEvent.click(within(dialog).getByText('姓名（完全一致）'));
    fireEvent.change(within(dialog).getByLabelText('查询内容'), { target: { value: '张伟' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '查找' }));
    const found = await within(dialog).findByRole('table', { name: '该客户的投诉及处理方式' }, { timeout: 15_000 });
    expect(dialog.textContent).toContain('找到的投诉中电话不一致，可能属于不同的人');
    const row = (no: string) => within(found).getAllByRole('row').find((r) => r.textContent?.includes(no))!;
    expect(row(mine.no).textContent).toContain(PHONE);
    expect(row(theirs.no).textContent).toContain('13712345678');
    const boxes = within(found).getAllByRole('checkbox') as HTMLInputElement[];
    expect(boxes.map((box) => box.checked)).toEqual([false, false, false]);
    const submit = within(dialog).getByRole('button', { name: '记录请求' });
    expect(submit.hasAttribute('disabled')).toBe(true);
    expect(dialog.textContent).toContain('已选 0 宗');

    fireEvent.click(within(found).getByRole('checkbox', { name: `选择 ${mine.no}` }));
    expect(submit.hasAttribute('disabled')).toBe(false);
    await choose(dialog, /提出渠道/, '电话');
    await choose(dialog, /身份核验方式/, '回拨登记的联系电话核实');
    await choose(dialog, /请求理由/, '个人撤回同意');
    fireEvent.click(submit);
    await waitFor(() => expect(screen.queryByRole('dialog', { name: '记录删除请求' })).toBeNull(), { timeout: 15_000 });
    const [stored] = await requestRows(rendered.host);
    expect((stored!.value as { cases: Array<{ id: string }> }).cases).toEqual([{ id: mine.id, no: mine.no }]);

    // Executed while the case was under a legal hold; the hold released since, the panel says it may be erased now.
    const no = (stored!.value as { no: string }).no;
    const session: Session = { actor: null, token: null };
    for (const [method, args] of [
      ['auth.signIn', { username: LEGAL.username, password: LEGAL.password }],
      ['cases.placeHold', { caseId: mine.id, kind: 'litigation', reason: '客户起诉' }],
      ['auth.confirm', { password: LEGAL.password }],
      ['erasure.execute', { no }],
      ['cases.releaseHold', { caseId: mine.id, note: '已和解' }],
    ] as const) {
      const result = await rendered.host.dispatcher.dispatch(method, args, session);
      if (!result.ok) throw new Error(JSON.stringify(result.error));
    }
    await waitFor(() => expect(within(panel).getByRole('status').textContent).toBe('1 件请求有投诉已可删除（暂缓或保留的投诉已结束），请再次执行删除。'), { timeout: 15_000 });
  });

  it('prefills no name the administrator sees masked (an old ledger wrote the number in it); legal gets a name whole, asterisks and all', async () => {
    const nameFound = async (who: 'admin' | 'legal', customerName: string) => {
      await renderAs(who, <PrivacyTab />, async (host, asAgent) => void (await endedCase(host, asAgent, 10, { customerName, phone: PHONE })));
      fireEvent.click(await screen.findByRole('button', { name: '记录删除请求' }));
      const dialog = await screen.findByRole('dialog', { name: '记录删除请求' });
      fireEvent.change(within(dialog).getByLabelText('查询内容'), { target: { value: PHONE } });
      fireEvent.click(within(dialog).getByRole('button', { name: '查找' }));
      const found = await within(dialog).findByRole('table', { name: '该客户的投诉及处理方式' }, { timeout: 15_000 });
      return { shown: found.textContent, prefilled: (within(dialog).getByLabelText(/请求人姓名/) as HTMLInputElement).value };
    };
    const admin = await nameFound('admin', '王先生13511112222');
    expect(admin.shown).toContain('王先生135****2222');
    expect(admin.prefilled).toBe('');
    await teardown();
    // A ledger's own asterisks (张**) are no mask to legal, who sees contacts.
    expect((await nameFound('legal', '张**')).prefilled).toBe('张**');
  });

  it('opens the request a case page links to (/settings/privacy/<no>), and says when there is no such request', async () => {
    let no = '';
    await renderAs('legal', <Linked no={() => no} />, async (host, asAgent) => {
      const record = await registerCase(asAgent, PERSON);
      const session: Session = { actor: null, token: null };
      const signedIn = await host.dispatcher.dispatch('auth.signIn', { username: LEGAL.username, password: LEGAL.password }, session);
      if (!signedIn.ok) throw new Error(JSON.stringify(signedIn.error));
      const recorded = await host.dispatcher.dispatch(
        'erasure.record',
        { key: { phone: PHONE }, caseIds: [record.id], requester: '陈晓燕', receivedAt: Date.now() - DAY, channel: 'phone', verification: 'registered_phone', grounds: 'consent_withdrawn' },
        session,
      );
      if (!recorded.ok) throw new Error(JSON.stringify(recorded.error));
      no = (recorded.value as { request: { no: string } }).request.no;
    });
    const detail = await screen.findByRole('region', { name: `删除请求 ${no}` }, { timeout: 15_000 });
    expect(within(detail).getByRole('button', { name: '不予删除' })).toBeTruthy();
    expect(detail.textContent).toContain('陈晓燕');
    expect(screen.queryByText(/没有编号为/)).toBeNull();

    await teardown();
    await renderAs('legal', <SettingsPage tab="privacy" item="SC-20000101-009" />);
    const panel = await screen.findByRole('region', { name: '个人信息删除请求' });
    expect((await within(panel).findByText('没有编号为 SC-20000101-009 的删除请求。')).closest('[role="alert"]')).not.toBeNull();
    expect(screen.queryByRole('region', { name: /^删除请求 / })).toBeNull();
  });
});

/** The settings page at the address a case page's notice links to; the number is known once the request is seeded. */
function Linked({ no }: { no: () => string }) {
  return <SettingsPage tab="privacy" item={no()} />;
}
