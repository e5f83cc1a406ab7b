import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../../../src-renderer/domain/cases/case';
import { DEFAULT_SETTINGS } from '../../../../../../../src-renderer/domain/settings/settings';
import type { Session } from '../../../../../../../src-renderer/store/rpc/define';
import { AuditLogTab } from '../../../../../../../src-renderer/ui/features/settings/audit/AuditLogTab';
import { setLanguage } from '../../../../../../../src-renderer/ui/i18n';
import { ADMIN, AGENT, registerCase, teardown, type Rendered } from '../../../render';
import { renderSignedInAs } from '../../auth/signInAs';

afterEach(teardown);

/**
 * After the first run (the administrator set up, then created the agent: two events in the users' chains),
 * two registrations by the agent, then the administrator renames the centre: five events.
 */
async function renderLog(): Promise<{ rendered: Rendered; cases: CaseRecord[] }> {
  const cases: CaseRecord[] = [];
  const rendered = await renderSignedInAs(<AuditLogTab />, ADMIN, {
    seed: async (host, asAgent) => {
      cases.push(await registerCase(asAgent, { customerName: '李四' }), await registerCase(asAgent, { customerName: '赵五' }));
      const admin: Session = { actor: null, token: null };
      await host.dispatcher.dispatch('auth.signIn', { username: ADMIN.username, password: ADMIN.password }, admin);
      const saved = await host.dispatcher.dispatch('settings.update', { key: 'centreName', value: '华东客服中心' }, admin);
      expect(saved.ok).toBe(true);
    },
  });
  return { rendered, cases };
}

const table = () => screen.findByRole('table', { name: '审计日志' });
const rowTexts = async () => within(await table()).getAllByRole('row').slice(1).map((row) => row.textContent ?? '');
const filters = () => screen.getByRole('search', { name: '筛选' });
const apply = () => fireEvent.click(within(filters()).getByRole('button', { name: '查询' }));

async function choose(label: RegExp, option: string): Promise<void> {
  fireEvent.click(within(filters()).getByRole('combobox', { name: label }));
  fireEvent.click(await screen.findByRole('option', { name: option, hidden: true }));
}

describe('审计日志 (audit log viewer)', { timeout: 60_000 }, () => {
  it('lists every action newest first, by its label, with the actor and the case number', async () => {
    const { cases } = await renderLog();
    await waitFor(async () => expect(await rowTexts()).toHaveLength(5));
    const rows = await rowTexts();
    expect(rows[0]).toContain('修改设置');
    expect(rows[0]).toContain(`${ADMIN.name}（管理员）`);
    expect(rows[0]).toContain('系统设置');
    expect(rows[1]).toContain('登记投诉');
    expect(rows[1]).toContain(`${AGENT.name}（客服专员）`);
    expect(rows[1]).toContain(`投诉单 ${cases[1]!.no}`);
    expect(rows[2]).toContain(`投诉单 ${cases[0]!.no}`);
    expect(rows[3]).toContain(`保存用户`);
    expect(rows[3]).toContain(`用户 ${AGENT.name}`);
    expect(rows[4]).toContain(`创建管理员`);
  });

  it('filters by action, by user and by case number, and says when a number is unknown', async () => {
    const { cases } = await renderLog();
    await waitFor(async () => expect(await rowTexts()).toHaveLength(5));

    await choose(/^操作$/, '登记投诉');
    apply();
    await waitFor(async () => {
      const rows = await rowTexts();
      expect(rows).toHaveLength(2);
      expect(rows.every((text) => text.includes('登记投诉'))).toBe(true);
    });

    fireEvent.click(within(filters()).getByRole('button', { name: '清除筛选' }));
    await waitFor(async () => expect(await rowTexts()).toHaveLength(5));
    await choose(/^操作人$/, ADMIN.name);
    apply();
    await waitFor(async () => expect(await rowTexts()).toHaveLength(3));
    expect((await rowTexts()).map((text) => ['修改设置', '保存用户', '创建管理员'].find((label) => text.includes(label)))).toEqual(['修改设置', '保存用户', '创建管理员']);

    fireEvent.click(within(filters()).getByRole('button', { name: '清除筛选' }));
    fireEvent.change(within(filters()).getByLabelText('投诉单号'), { target: { value: cases[0]!.no } });
    apply();
    await waitFor(async () => expect(await rowTexts()).toHaveLength(1));
    expect((await rowTexts())[0]).toContain(cases[0]!.no);

    fireEvent.change(within(filters()).getByLabelText('投诉单号'), { target: { value: 'TS-20990101-0009' } });
    apply();
    await within(filters()).findByText('找不到该投诉单。');
  });

  it('opens an event with every changed field, before → after', async () => {
    await renderLog();
    await waitFor(async () => expect(await rowTexts()).toHaveLength(5));
    fireEvent.click(within(await table()).getByRole('button', { name: '修改设置' }));
    const changes = await screen.findByRole('table', { name: '改动字段' });
    const row = within(changes).getAllByRole('row')[1]!;
    // Never saved before: the centre's name was the default one, and the detail says so.
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['中心名称', '客户服务中心', '华东客服中心']);
    expect(screen.getByText('此前为默认设置：修改前一栏是默认值。')).toBeTruthy();
    expect(screen.getByText(new RegExp(` · ${ADMIN.name}（管理员） · `))).toBeTruthy();
  });

  it('writes the actor’s role in brackets of the language: half-width ones in English', async () => {
    await renderLog();
    await waitFor(async () => expect(await rowTexts()).toHaveLength(5));
    await act(() => setLanguage('en'));
    const log = await screen.findByRole('table', { name: 'Audit log' });
    const rows = within(log).getAllByRole('row').slice(1);
    expect(rows[1]!.textContent).toContain(`${AGENT.name} (Agent)`);
    expect(rows[1]!.textContent).not.toContain('（');
    fireEvent.click(within(rows[0]!).getByRole('button'));
    expect(await screen.findByText(new RegExp(` · ${ADMIN.name} \\(Administrator\\) · `))).toBeTruthy();
  });

  it('checks every chain: intact, then the tampered one with where it breaks, and the log around the break', async () => {
    const { rendered, cases } = await renderLog();
    const check = await screen.findByRole('region', { name: '审计链校验' });
    fireEvent.click(within(check).getByRole('button', { name: '校验全部审计链' }));
    // While it runs it says what it does, and that it may take a while.
    expect(within(check).getByText(/^正在校验全部审计链/)).toBeTruthy();
    await within(check).findByText(/链完整：共 \d+ 条链、\d+ 条记录均未被篡改。/);
    expect(within(check).queryByText(/^正在校验全部审计链/)).toBeNull();

    // Someone edits the first case's registration in the database.
    await rendered.host.db.audit.update([cases[0]!.id, 1], { actor: { id: 'x', name: '冒名', role: 'admin' } });
    fireEvent.click(within(check).getByRole('button', { name: '校验全部审计链' }));
    const broken = await within(check).findByText(`投诉单 ${cases[0]!.no}`, { exact: false });
    expect(broken.textContent).toContain('第 1 条记录（共 1 条）：记录内容与哈希不符');
    expect(check.textContent).toContain('发现 1 条审计链断裂');

    fireEvent.click(within(check).getByRole('button', { name: '查看断点附近的记录' }));
    await screen.findByText(`仅显示：投诉单 ${cases[0]!.no}`);
    await waitFor(async () => expect(await rowTexts()).toHaveLength(1));
    expect((await rowTexts())[0]).toContain('断点');
    expect((await rowTexts())[0]).toContain('冒名');
  });

  it('marks where a deleted record belongs: between the records around it, or below the oldest left', async () => {
    let caseId = '';
    const rendered = await renderSignedInAs(<AuditLogTab />, ADMIN, {
      seed: async (_host, asAgent) => {
        caseId = (await registerCase(asAgent)).id;
        for (const [name, args] of [
          ['screening.accept', { caseId, note: '符合受理条件' }],
          ['verification.complete', { caseId, conclusion: '情况属实' }],
        ] as const) {
          expect((await asAgent(name, args)).ok).toBe(true);
        }
      },
    });
    const check = await screen.findByRole('region', { name: '审计链校验' });
    const showBreak = async () => {
      fireEvent.click(within(check).getByRole('button', { name: '校验全部审计链' }));
      fireEvent.click(await within(check).findByRole('button', { name: '查看断点附近的记录' }));
      await waitFor(async () => expect((await rowTexts()).some((text) => text.includes('断点'))).toBe(true));
      return rowTexts();
    };

    await rendered.host.db.audit.delete([caseId, 2]);
    const rows = await showBreak();
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('完成核实');
    expect(rows[1]).toBe('断点此处缺少记录：自第 2 条起（已被删除）');
    expect(rows[2]).toContain('登记投诉');

    await rendered.host.db.audit.delete([caseId, 1]);
    fireEvent.click(screen.getByRole('button', { name: '清除筛选' }));
    fireEvent.click(within(check).getByRole('button', { name: '校验全部审计链' }));
    await within(check).findByText(/第 1 条记录（共 1 条）/);
    fireEvent.click(within(check).getByRole('button', { name: '查看断点附近的记录' }));
    await waitFor(async () => expect(await rowTexts()).toEqual([expect.stringContaining('完成核实'), '断点此处缺少记录：自第 1 条起（已被删除）']));
  });

  it('names the changed fields as people do, in the UI’s language, without the fields every command touches', async () => {
    await renderSignedInAs(<AuditLogTab />, ADMIN, {
      seed: async (host, asAgent) => {
        const record = await registerCase(asAgent, { customerName: '李四' });
        const corrected = await asAgent('cases.correct', { caseId: record.id, reason: '客户来电更正号码', phone: '13900001111' });
        expect(corrected.ok).toBe(true);
        const admin: Session = { actor: null, token: null };
        await host.dispatcher.dispatch('auth.signIn', { username: ADMIN.username, password: ADMIN.password }, admin);
        const saved = await host.dispatcher.dispatch('settings.update', { key: 'privacy', value: { retentionDays: 365, alertLogDays: 90 } }, admin);
        expect(saved.ok).toBe(true);
      },
    });
    await waitFor(async () => expect(await rowTexts()).toHaveLength(5));
    const changed = async (label: string) => {
      const row = within(await table()).getAllByRole('row').find((r) => r.textContent?.includes(label))!;
      return within(row).getAllByRole('cell').at(-1)!.textContent;
    };
    expect(await changed('修改设置')).toBe('个人信息保存期限');
    // The correction's phone, not its bookkeeping (updatedAt, the correction note, the derived search keys).
    expect(await changed('更正登记信息')).toBe('联系电话');

    await act(() => setLanguage('en'));
    const log = await screen.findByRole('table', { name: 'Audit log' });
    const cells = within(log)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell').at(-1)!.textContent);
    expect(cells.slice(0, 2)).toEqual(['Personal data retention', 'Phone']);
    // The event's detail names what changed in it as the settings page does.
    fireEvent.click(within(log).getByRole('button', { name: 'Change settings' }));
    const changes = await screen.findByRole('table', { name: 'Changed fields' });
    expect(within(changes).getAllByRole('row').slice(1).map((row) => row.firstElementChild!.textContent)).toEqual(['Keep personal data of closed cases (days)', 'Keep the alert log (days)']);
  });

  it('shows a change of the deadlines as what changed, by the 时限 page’s labels, the first compared with the defaults', async () => {
    await renderSignedInAs(<AuditLogTab />, ADMIN, {
      seed: async (host) => {
        const admin: Session = { actor: null, token: null };
        await host.dispatcher.dispatch('auth.signIn', { username: ADMIN.username, password: ADMIN.password }, admin);
        const sla = DEFAULT_SETTINGS.sla;
        const first = { ...sla, responseHours: { ...sla.responseHours, major: 4 } };
        expect((await host.dispatcher.dispatch('settings.update', { key: 'sla', value: first }, admin)).ok).toBe(true);
        const second = { ...first, responseHours: { ...first.responseHours, major: 6 }, modes: { ...sla.modes, planApproval: 'calendar' } };
        expect((await host.dispatcher.dispatch('settings.update', { key: 'sla', value: second }, admin)).ok).toBe(true);
      },
    });
    await waitFor(async () => expect(await rowTexts()).toHaveLength(4));
    const detail = async (index: number) => {
      fireEvent.click(within(await table()).getAllByRole('button', { name: '修改设置' })[index]!);
      const changes = await screen.findByRole('table', { name: '改动字段' });
      return within(changes).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent));
    };
    // Newest first: the second save, then the first.
    expect(await detail(0)).toEqual([
      ['响应时限 · 重大', '4 小时', '6 小时'],
      ['计时方式 · 方案审批', '工作时间', '自然时间'],
    ]);
    expect(screen.queryByText(/^此前为默认设置/)).toBeNull();
    expect(screen.getByRole('table', { name: '改动字段' }).textContent).not.toMatch(/[{}"]|planApproval|business/);
    fireEvent.click(screen.getByRole('button', { name: '关闭' }));
    await waitFor(() => expect(screen.queryByRole('table', { name: '改动字段' })).toBeNull());
    expect(await detail(1)).toEqual([['响应时限 · 重大', '2 小时', '4 小时']]);
    expect(screen.getByText('此前为默认设置：修改前一栏是默认值。')).toBeTruthy();
  });

  it('shows recorded values and an event’s detail in words: labels for codes, names for people, no raw JSON', async () => {
    await renderSignedInAs(<AuditLogTab />, ADMIN, {
      seed: async (_host, asAgent) => {
        const record = await registerCase(asAgent, { customerName: '李四', channel: 'walk_in', demands: ['refund'] });
        expect((await asAgent('cases.correct', { caseId: record.id, reason: '客户来电更正号码', phone: '13900001111' })).ok).toBe(true);
      },
    });
    await waitFor(async () => expect(await rowTexts()).toHaveLength(4));
    fireEvent.click(within(await table()).getByRole('button', { name: '登记投诉' }));
    const changes = await screen.findByRole('table', { name: '改动字段' });
    const after = (field: string) => within(changes).getAllByRole('row').find((row) => row.getAttribute('data-field') === field)!.lastElementChild!.textContent;
    expect([after('channel'), after('customerType'), after('severity'), after('demands'), after('intakeAgent'), after('status')]).toEqual([
      '现场',
      '个人',
      '一般',
      '退款',
      AGENT.name,
      '待初审',
    ]);
    expect(changes.textContent).not.toMatch(/[{}"]/);
    fireEvent.click(screen.getByRole('button', { name: '关闭' }));

    fireEvent.click(within(await table()).getByRole('button', { name: '更正登记信息' }));
    const detail = await screen.findByRole('group', { name: '附加信息' });
    expect(detail.textContent).toContain('原因：客户来电更正号码');
    expect(detail.textContent).toContain('更正的项目：联系电话');
    expect(detail.textContent).not.toMatch(/[{}"]/);
  });
});

