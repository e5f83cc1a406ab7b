import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../../../src-renderer/domain/cases/case';
import type { CustomerExport } from '../../../../../../../src-renderer/domain/privacy/customer';
import type { SaveFileRequest } from '../../../../../../../src-renderer/platform/types';
import { PrivacyTab } from '../../../../../../../src-renderer/ui/features/settings/privacy/PrivacyTab';
import { SettingsPage } from '../../../../../../../src-renderer/ui/features/settings/SettingsPage';
import { initI18n } from '../../../../../../../src-renderer/ui/i18n';
import { ADMIN, registerCase, renderWithStore, teardown } from '../../../render';
import { updatedDesk } from '../../../updated-desk';
import { closedCase, LEGAL, renderAs } from './kit';

afterEach(async () => {
  await teardown();
  await initI18n('zh-CN');
});

const section = (name: string) => screen.findByRole('region', { name });

describe('个人信息保护 tab', { timeout: 60_000 }, () => {
  it('is offered to legal and the administrator, not to an agent', async () => {
    await renderWithStore(<SettingsPage />);
    await screen.findByRole('tab', { name: '通用' });
    expect(screen.queryByRole('tab', { name: '个人信息保护' })).toBeNull();
    await teardown();
    await renderAs('legal', <SettingsPage tab="privacy" />);
    expect((await screen.findByRole('tab', { name: '个人信息保护' })).getAttribute('aria-selected')).toBe('true');
    await screen.findByRole('region', { name: '客户信息查询与导出' });
  });

  it('lets the administrator change the retention periods', async () => {
    const rendered = await renderAs('admin', <PrivacyTab />);
    const form = await screen.findByRole('form', { name: '保存期限' });
    const retention = within(form).getByLabelText('个人信息保存期限（天）') as HTMLInputElement;
    expect(retention.value).toBe('1095');
    expect((within(form).getByLabelText('提醒记录保留天数') as HTMLInputElement).value).toBe('365');
    fireEvent.change(retention, { target: { value: '10' } });
    fireEvent.click(within(form).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(form.textContent).toContain('数值超出允许范围'));
    fireEvent.change(retention, { target: { value: '730' } });
    fireEvent.click(within(form).getByRole('button', { name: '保存' }));
    await waitFor(async () => expect((await rendered.host.db.settings.get('privacy'))?.value).toEqual({ retentionDays: 730, alertLogDays: 365, erasureReplyDays: 15 }));
  });

  it('shows legal the periods without letting them change them', async () => {
    await renderAs('legal', <PrivacyTab />);
    const summary = await section('保存期限');
    expect(summary.textContent).toContain('关闭满 1095 天的投诉可以匿名化；提醒记录保留 365 天；个人信息删除请求须在收到后 15 天内答复。只有系统管理员可以修改。');
    expect(screen.queryByRole('form', { name: '保存期限' })).toBeNull();
  });

  it('anonymises the chosen cases past retention after the password, and says so when the password is wrong', async () => {
    const cases: CaseRecord[] = [];
    const rendered = await renderAs('legal', <PrivacyTab />, async (host, asAgent) => {
      cases.push(await closedCase(host, asAgent, 1200, { customerName: '陈晓燕' }));
      cases.push(await closedCase(host, asAgent, 1100, { customerName: '李雷' }));
      cases.push(await closedCase(host, asAgent, 20, { customerName: '韩梅梅' }));
    });
    const list = await section('超过保存期限的投诉');
    const table = await within(list).findByRole('table', { name: '超过保存期限的投诉' });
    expect(within(table).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell')[2]!.textContent)).toEqual(['陈晓燕', '李雷']);
    const anonymise = within(list).getByRole('button', { name: '匿名化所选（0）' });
    expect((anonymise as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(within(table).getByRole('checkbox', { name: '全选' }));
    fireEvent.click(within(table).getByRole('checkbox', { name: `选择 ${cases[1]!.no}` }));
    fireEvent.click(within(list).getByRole('button', { name: '匿名化所选（1）' }));

    const dialog = await screen.findByRole('dialog', { name: '匿名化投诉' });
    expect(dialog.textContent).toContain('此操作不可撤销');
    fireEvent.change(within(dialog).getByLabelText(/您的登录密码/), { target: { value: 'wrong-password1' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '永久匿名化' }));
    await within(dialog).findByRole('alert');
    expect((await rendered.host.db.cases.get(cases[0]!.id))!.anonymisedAt).toBeUndefined();

    fireEvent.change(within(dialog).getByLabelText(/您的登录密码/), { target: { value: LEGAL.password } });
    fireEvent.click(within(dialog).getByRole('button', { name: '永久匿名化' }));
    // The password is checked (PBKDF2) and each case erased in one transaction: slow on a loaded machine.
    await waitFor(() => expect(screen.queryByRole('dialog', { name: '匿名化投诉' })).toBeNull(), { timeout: 15_000 });
    const [first, second, recent] = await rendered.host.db.cases.bulkGet(cases.map((c) => c.id));
    expect(first).toMatchObject({ customerName: '（已匿名）', phone: '' });
    expect(typeof first!.anonymisedAt).toBe('number');
    expect(second).toMatchObject({ customerName: '李雷', phone: '13812345678' });
    expect(recent!.anonymisedAt).toBeUndefined();
    await screen.findByText('已匿名化 1 宗投诉。');
    await waitFor(() => expect(within(table).queryByText('陈晓燕')).toBeNull(), { timeout: 15_000 });
  });

  it('lists a 12315 referral past retention whose final reply is still owed as kept, with the deadline and no box to pick it', async () => {
    const cases: CaseRecord[] = [];
    await renderAs('legal', <PrivacyTab />, async (host, asAgent) => {
      const referral = { customerName: '陈晓燕', channel: 'regulator_12315', referralNo: 'GS-2026-0815', referralDeadline: { by: 'workingDays', days: 7 } };
      cases.push(await closedCase(host, asAgent, 1200, referral));
      cases.push(await closedCase(host, asAgent, 1100, { customerName: '李雷' }));
    });
    const table = await within(await section('超过保存期限的投诉')).findByRole('table', { name: '超过保存期限的投诉' });
    const owed = within(table).getByRole('checkbox', { name: `选择 ${cases[0]!.no}` }) as HTMLInputElement;
    expect(owed.disabled).toBe(true);
    const row = within(table).getByText('12315 最终反馈未办结，不能匿名化').closest('tr')!;
    expect(within(row).getByText(/^反馈期限 \d{4}-\d{2}-\d{2}/)).toBeTruthy();
    fireEvent.click(within(table).getByRole('checkbox', { name: '全选' }));
    expect(await screen.findByRole('button', { name: '匿名化所选（1）' })).toBeTruthy();
    expect(owed.checked).toBe(false);
  });

  it('finds a customer’s cases and exports everything about the ones ticked as theirs, unmasked, for the administrator too', async () => {
    const saved: SaveFileRequest[] = [];
    const rendered = await renderAs('admin', <PrivacyTab />, async (_host, asAgent) => {
      await registerCase(asAgent, { customerName: '陈晓燕', phone: '13912345678', email: 'chen.xy@example.com' });
      await registerCase(asAgent, { customerName: '陈晓燕', phone: '13700000000' });
      await registerCase(asAgent, { customerName: '李雷', phone: '13912345678' });
    });
    rendered.platform.saveFile = async (request) => {
      saved.push(request);
      return { status: 'saved', path: '/tmp/customer.json' };
    };
    const lookup = await section('客户信息查询与导出');
    fireEvent.click(within(lookup).getByRole('button', { name: '查找' }));
    await within(lookup).findByText('此项为必填项。');
    fireEvent.click(within(lookup).getByText('姓名（完全一致）'));
    fireEvent.change(within(lookup).getByLabelText('查询内容'), { target: { value: '陈晓燕' } });
    fireEvent.click(within(lookup).getByRole('button', { name: '查找' }));
    const results = await within(lookup).findByRole('table', { name: '该客户的投诉' });
    expect(within(results).getAllByRole('row')).toHaveLength(3);
    expect(lookup.textContent).toContain('找到 2 宗投诉。');
    // Two 陈晓燕 of two phones: said, each case's contacts shown (masked to the administrator), none ticked, nothing to export yet.
    expect(lookup.textContent).toContain('找到的投诉中电话不一致，可能属于不同的人');
    expect(results.textContent).toMatch(/139\*+5678/);
    const exportJson = within(lookup).getByRole('button', { name: '导出全部信息（JSON）' });
    expect(exportJson).toHaveProperty('disabled', true);
    const theirs = within(results).getAllByRole('row').find((row) => /139\*+5678/.test(row.textContent ?? ''))!;
    fireEvent.click(within(theirs).getByRole('checkbox'));

    fireEvent.click(exportJson);
    await screen.findByText('已导出到 /tmp/customer.json');
    expect(saved[0]!.suggestedName).toMatch(/^客户信息导出-\d{8}\.json$/);
    const exported = JSON.parse(new TextDecoder().decode(saved[0]!.data)) as CustomerExport;
    expect(exported.key).toEqual({ kind: 'name', value: '陈晓燕' });
    // Only the case ticked: the other 陈晓燕's phone is in no file.
    expect(exported.cases.map((c) => [c.record.phone, c.record.email])).toEqual([['13912345678', 'chen.xy@example.com']]);
    const audit = await rendered.host.db.audit.where('[subject+n]').between(['customer-export', 0], ['customer-export', Infinity]).toArray();
    expect(audit.map((e) => e.detail)).toEqual([{ key: 'name', cases: 1, caseNos: exported.cases.map((c) => c.record.no) }]);
    expect(audit[0]!.actor.name).toBe(ADMIN.name);

    fireEvent.click(within(lookup).getByRole('button', { name: '导出摘要（Excel）' }));
    await waitFor(() => expect(saved).toHaveLength(2));
    expect(saved[1]!.suggestedName).toMatch(/\.xlsx$/);
    // An XLSX is a zip: it starts with PK.
    expect([...saved[1]!.data.slice(0, 2)]).toEqual([0x50, 0x4b]);
  });

  it('says, right after an update, why a lookup by phone waits and how far the index is, then shows the cases', async () => {
    const desk = updatedDesk();
    try {
      await renderAs('legal', <PrivacyTab />, undefined, { prepare: desk.prepare });
      const lookup = await section('客户信息查询与导出');
      fireEvent.change(within(lookup).getByLabelText('查询内容'), { target: { value: '13700002222' } });
      fireEvent.click(within(lookup).getByRole('button', { name: '查找' }));
      const notice = await within(lookup).findByRole('status', { name: '正在建立客户索引' });
      expect(notice.textContent).toContain(`已完成 2 / ${desk.cases.length} 宗`);
      expect(notice.textContent).toContain('完成后即显示查询结果。');
    } finally {
      desk.release();
    }
    const lookup = await section('客户信息查询与导出');
    await within(lookup).findByRole('table', { name: '该客户的投诉' });
    expect(lookup.textContent).toContain('找到 2 宗投诉。');
    expect(within(lookup).queryByRole('status', { name: '正在建立客户索引' })).toBeNull();
  });
});
