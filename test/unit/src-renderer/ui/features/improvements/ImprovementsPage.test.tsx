import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImprovementRecord } from '../../../../../../src-renderer/domain/improvements/schema';
import { ImprovementsPage } from '../../../../../../src-renderer/ui/features/improvements/ImprovementsPage';
import { teardown } from '../../render';
import { renderAsSomeone, type Act } from '../cases/staff-kit';

afterEach(teardown);

const DAY = 86_400_000;
const TITLE = '配送延误整改';

/** The improvements page as the director, with one open action linked to a case. */
async function openAction() {
  let id = '';
  const rendered = await renderAsSomeone(<ImprovementsPage />, 'director', async (act, agentId) => {
    const record = await registerOne(act);
    const saved = (await act('director', 'improvements.save', {
      title: TITLE,
      rootCause: '承运商运力不足',
      action: '增加备用承运商',
      ownerId: agentId,
      dueAt: Date.now() + 10 * DAY,
      caseIds: [record.id],
    })) as unknown as ImprovementRecord;
    id = saved.id;
  });
  return { ...rendered, id };
}

/** The case the measures are linked to, registered by the agent. */
const registerOne = (act: Act) =>
  act('agent', 'cases.register', { receivedAt: Date.now() - 60_000, channel: 'phone', customerName: '张三', phone: '13812345678', email: '', description: '快递三天未送达。', severity: 'general' });

const row = () => document.querySelector<HTMLElement>(`tr[data-improvement="${TITLE}"]`)!;

async function verify(verdict: '有效' | '无效', note: string) {
  fireEvent.click(await within(row()).findByRole('button', { name: '验证效果' }));
  const dialog = await screen.findByRole('dialog', { name: `验证整改效果：${TITLE}` });
  fireEvent.click(within(dialog).getByRole('radio', { name: verdict }));
  fireEvent.change(within(dialog).getByRole('textbox', { name: '验证说明' }), { target: { value: note } });
  return dialog;
}

describe('整改措施 found not effective', { timeout: 60_000 }, () => {
  it('goes back to 进行中 for a new round, can be verified again once renewed, and shows every verdict', async () => {
    const { host, id, act } = await openAction();
    await waitFor(() => expect(row()).toBeTruthy());

    const dialog = await verify('无效', '同类投诉未减少');
    expect(within(dialog).getByText(/选择“无效”后，该整改措施回到“进行中”/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: '验证效果' }));
    expect(await screen.findByText('已记录为无效，整改措施回到进行中')).toBeTruthy();
    await waitFor(() => expect(within(row()).getByText('上轮无效')).toBeTruthy());
    expect(within(row()).getByText('进行中')).toBeTruthy();

    // Still among the open ones; nothing new to judge until its next round is written.
    fireEvent.click(screen.getByRole('radio', { name: '进行中（1）' }));
    await waitFor(() => expect(row()).toBeTruthy());
    expect(within(row()).queryByRole('button', { name: '验证效果' })).toBeNull();
    const current = (await host.db.improvements.get(id))!;
    await act('director', 'improvements.save', {
      id,
      title: TITLE,
      rootCause: current.rootCause,
      action: '更换承运商',
      ownerId: current.owner.id,
      dueAt: Date.now() + 20 * DAY,
      caseIds: current.caseIds,
    });
    const second = await verify('有效', '同类投诉下降 60%');
    fireEvent.click(within(second).getByRole('button', { name: '验证效果' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    fireEvent.click(await screen.findByRole('radio', { name: '已验证（1）' }));
    await waitFor(() => expect(within(row()).getByText('已验证')).toBeTruthy());
    expect(within(row()).queryByRole('button', { name: '验证效果' })).toBeNull();
    // Closed as judged: not to be edited either.
    expect(within(row()).queryByRole('button', { name: '编辑' })).toBeNull();

    fireEvent.click(within(row()).getByRole('button', { name: TITLE }));
    const history = await screen.findByRole('list', { name: '验证记录' });
    const entries = within(history).getAllByRole('listitem').map((item) => item.textContent);
    expect(entries).toHaveLength(2);
    // The first verdict judged the action of its round, shown with it since the action changed.
    expect(entries[0]).toMatch(/^第 1 次验证无效.*验证当时的整改措施.*：增加备用承运商同类投诉未减少$/);
    expect(entries[1]).toMatch(/^第 2 次验证有效.*验证同类投诉下降 60%$/);
    expect((await host.db.improvements.get(id))!.verifications!.map((v) => v.effective)).toEqual([false, true]);
  });

  it('tells whoever edits it that the last round failed, so they set a new action and due date', async () => {
    const { act, id } = await openAction();
    await act('director', 'improvements.verify', { id, effective: false, note: '无改善' });
    await waitFor(() => expect(within(row()).getByText('上轮无效')).toBeTruthy());
    fireEvent.click(within(row()).getByRole('button', { name: '编辑' }));
    const dialog = await screen.findByRole('dialog', { name: '编辑整改措施' });
    expect(within(dialog).getByText(/^上一轮整改经 周总监 于 .+ 验证无效：请填写新的整改措施和完成期限。$/)).toBeTruthy();
    expect(within(dialog).getByText('无改善')).toBeTruthy();
  });
});

describe('整改措施 quoting a customer, edited by the director (no contacts.view)', { timeout: 60_000 }, () => {
  it('shows the texts masked and read-only, and saves the rest without touching them', async () => {
    const quoted = '客户13812345678三次未收到货';
    const rendered = await renderAsSomeone(<ImprovementsPage />, 'director', async (act, agentId) => {
      const record = await registerOne(act);
      await act('supervisor', 'improvements.save', { title: TITLE, rootCause: quoted, action: '增加备用承运商', ownerId: agentId, dueAt: Date.now() + 10 * DAY, caseIds: [record.id] });
    });
    await waitFor(() => expect(row()).toBeTruthy());
    fireEvent.click(within(row()).getByRole('button', { name: '编辑' }));
    const dialog = await screen.findByRole('dialog', { name: '编辑整改措施' });
    const cause = within(dialog).getByRole('textbox', { name: /根本原因/ }) as HTMLTextAreaElement;
    expect(cause.value).toBe('客户138****5678三次未收到货');
    expect(cause.readOnly).toBe(true);
    expect(within(dialog).getByText(/不能在此修改/)).toBeTruthy();
    fireEvent.change(within(dialog).getByRole('textbox', { name: /整改措施/ }), { target: { value: '更换承运商' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const [stored] = await rendered.host.db.improvements.toArray();
    expect(stored).toMatchObject({ rootCause: quoted, action: '更换承运商' });
  });
});

describe('finding one’s own and the overdue 整改措施', { timeout: 60_000 }, () => {
  it('counts each status, lists the overdue apart, and lets the owner see only theirs', async () => {
    await renderAsSomeone(<ImprovementsPage />, 'agent', async (act, agentId, host) => {
      const record = await registerOne(act);
      const measure = (title: string, ownerId: string, dueInDays: number) =>
        act('supervisor', 'improvements.save', { title, rootCause: '承运商运力不足', action: '增加备用承运商', ownerId, dueAt: Date.now() + dueInDays * DAY, caseIds: [record.id] });
      // Overdue: saved with a due date ahead, which has since passed.
      const overdue = (await measure('我的逾期整改', agentId, 10)) as unknown as ImprovementRecord;
      await host.db.improvements.update(overdue.id, { dueAt: Date.now() - 2 * DAY });
      await measure('我的整改', agentId, 10);
      const directory = (await act('supervisor', 'users.directory', {})) as unknown as Array<{ id: string; role: string }>;
      await measure('主管的整改', directory.find((user) => user.role === 'supervisor')!.id, 10);
    });
    const titles = async () => {
      await waitFor(() => expect(document.querySelectorAll('tr[data-improvement]').length).toBeGreaterThan(0));
      return [...document.querySelectorAll<HTMLElement>('tr[data-improvement]')].map((tr) => tr.dataset.improvement).sort();
    };
    expect(await titles()).toEqual(['主管的整改', '我的整改', '我的逾期整改']);
    fireEvent.click(screen.getByRole('radio', { name: '已逾期（1）' }));
    expect(await titles()).toEqual(['我的逾期整改']);
    fireEvent.click(screen.getByRole('radio', { name: '全部（3）' }));
    fireEvent.click(screen.getByRole('switch', { name: '只看我负责的（2）' }));
    await waitFor(() => expect(screen.getByRole('radio', { name: '全部（2）' })).toBeTruthy());
    expect(await titles()).toEqual(['我的整改', '我的逾期整改']);
    fireEvent.click(screen.getByRole('radio', { name: '已验证（0）' }));
    expect(await screen.findByText('没有符合筛选条件的整改措施。')).toBeTruthy();
  });
});
