import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CentreTab } from '../../../../../../src-renderer/ui/features/settings/centre/CentreTab';
import { PrivacyTab } from '../../../../../../src-renderer/ui/features/settings/privacy/PrivacyTab';
import { SlaTab } from '../../../../../../src-renderer/ui/features/settings/sla/SlaTab';
import { ADMIN, teardown, type Rendered } from '../../render';
import { renderSignedInAs } from '../auth/signInAs';

afterEach(teardown);

/** What a field's description says: its allowed range and, once refused, why. */
const describedBy = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

/** Types into a number field and leaves it, as the admin does before clicking 保存. */
function typeAndLeave(form: HTMLElement, label: string, value: string): HTMLInputElement {
  const input = within(form).getByRole('textbox', { name: label }) as HTMLInputElement;
  fireEvent.focus(input);
  fireEvent.change(input, { target: { value } });
  fireEvent.blur(input);
  return input;
}

/** Saves, and expects each field refused with its range while keeping what was typed. */
async function expectRefused(form: HTMLElement, fields: Array<[input: HTMLInputElement, typed: string, range: string]>) {
  fireEvent.click(within(form).getByRole('button', { name: '保存' }));
  for (const [input, typed, range] of fields) {
    await waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'));
    expect(input.value).toBe(typed);
    expect(describedBy(input)).toContain(`数值超出允许范围，请填写 ${range} 之间的数。`);
  }
}

const stored = async (rendered: Rendered, key: string) => (await rendered.host.db.settings.get(key))?.value;

describe('settings number fields out of range', { timeout: 60_000 }, () => {
  it('保存期限: 7 days and 0 (meaning forever) stay as typed and are refused with the range; nothing is saved', async () => {
    const rendered = await renderSignedInAs(<PrivacyTab />, ADMIN);
    const form = await screen.findByRole('form', { name: '保存期限' });
    const retention = typeAndLeave(form, '个人信息保存期限（天）', '7');
    const alertLog = typeAndLeave(form, '提醒记录保留天数', '0');
    expect(describedBy(retention)).toContain('允许范围 30–36500');
    expect(describedBy(alertLog)).toContain('允许范围 30–3650');
    await expectRefused(form, [
      [retention, '7', '30 至 36500'],
      [alertLog, '0', '30 至 3650'],
    ]);
    expect(await stored(rendered, 'privacy')).toBeUndefined();
  });

  it('时限: 0, 99999 and −5 hours stay as typed and are refused; nothing is saved', async () => {
    const rendered = await renderSignedInAs(<SlaTab />, ADMIN);
    const form = await screen.findByRole('form', { name: '时限' });
    const fields = [
      [typeAndLeave(form, '一般', '0'), '0'],
      [typeAndLeave(form, '严重', '99999'), '99999'],
      [typeAndLeave(form, '重大', '-5'), '-5'],
    ] as const;
    expect(describedBy(fields[0][0])).toContain('允许范围 0.25–2160');
    await expectRefused(
      form,
      fields.map(([input, typed]) => [input, typed, '0.25 至 2160']),
    );
    expect(await stored(rendered, 'sla')).toBeUndefined();
  });

  it('中心与归档: archiving after −1 days, 500 MB files and 200 mm margins stay as typed and are refused', async () => {
    const rendered = await renderSignedInAs(<CentreTab />, ADMIN);
    const lifecycle = await screen.findByRole('form', { name: '归档与质量复核' });
    await expectRefused(lifecycle, [[typeAndLeave(lifecycle, '关闭后归档（天）', '-1'), '-1', '1 至 3650']]);
    const attachments = screen.getByRole('form', { name: '附件限制' });
    await expectRefused(attachments, [[typeAndLeave(attachments, '单个附件上限（MB）', '500'), '500', '1 至 200']]);
    const print = screen.getByRole('form', { name: '打印' });
    await expectRefused(print, [[typeAndLeave(print, '页边距（毫米）', '200'), '200', '8 至 40']]);
    for (const key of ['lifecycle', 'attachments', 'print']) expect(await stored(rendered, key), key).toBeUndefined();
  });

  it('keeps a fraction typed where whole days are meant and refuses it, announced, with focus on the field', async () => {
    const rendered = await renderSignedInAs(<CentreTab />, ADMIN);
    const lifecycle = await screen.findByRole('form', { name: '归档与质量复核' });
    const days = typeAndLeave(lifecycle, '关闭后归档（天）', '2.5');
    const save = within(lifecycle).getByRole('button', { name: '保存' });
    save.focus();
    fireEvent.click(save);
    await waitFor(() => expect(describedBy(days)).toContain('请填写整数。'));
    expect(days.value).toBe('2.5');
    expect(within(lifecycle).getByRole('alert').textContent).toBe('填写的内容有误，请按提示修改。');
    await waitFor(() => expect(document.activeElement).toBe(days));
    expect(await stored(rendered, 'lifecycle')).toBeUndefined();
  });

  it('saves a value inside the range, at either end', async () => {
    const rendered = await renderSignedInAs(<PrivacyTab />, ADMIN);
    const form = await screen.findByRole('form', { name: '保存期限' });
    typeAndLeave(form, '个人信息保存期限（天）', '36500');
    typeAndLeave(form, '提醒记录保留天数', '30');
    typeAndLeave(form, '删除请求答复期限（天）', '60');
    fireEvent.click(within(form).getByRole('button', { name: '保存' }));
    await waitFor(async () => expect(await stored(rendered, 'privacy')).toEqual({ retentionDays: 36_500, alertLogDays: 30, erasureReplyDays: 60 }));
  });
});
