import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../../src-renderer/domain/cases/case';
import { CasePage } from '../../../../../../src-renderer/ui/features/cases/CasePage';
import { RegistrationForm } from '../../../../../../src-renderer/ui/features/intake/RegistrationForm';
import { PrintBlank } from '../../../../../../src-renderer/ui/features/print/PrintBlank';
import { PrintCase } from '../../../../../../src-renderer/ui/features/print/PrintCase';
import { renderWithStore, teardown } from '../../render';
import { registerAsAgent, renderAsSomeone, type Someone } from './staff-kit';

afterEach(teardown);

/** A Weibo user who left nothing but their handle. */
const WEIBO = { channel: 'social_media', customerName: '微博网友', phone: '', email: '', socialPlatform: 'weibo', socialAccount: '@ZhangSan_88', description: '私信投诉冰箱丢件。' };

/** The case page (or a printed form) of a Weibo customer's case, as `who` sees it. */
async function show(who: Someone, form?: string) {
  let record: CaseRecord | undefined;
  const rendered = await renderAsSomeone(<Lazy id={() => record!.id} form={form} />, who, async (act) => {
    record = await registerAsAgent(act, WEIBO);
  });
  await screen.findByRole('heading', form ? { level: 1 } : { name: `投诉单 ${record!.no}` }, { timeout: 15_000 });
  return { ...rendered, record: record! };
}

/** A Mantine Select's input: a textbox until its dropdown has been built, a combobox after. */
const selectBox = (name: RegExp) => screen.queryByRole('textbox', { name }) ?? screen.getByRole('combobox', { name });

function Lazy({ id, form }: { id: () => string; form: string | undefined }) {
  return form ? <PrintCase id={id()} form={form} /> : <CasePage id={id()} />;
}

describe('社交/应用账号 in the UI', { timeout: 60_000 }, () => {
  it('registers a customer known only by their account, asked for on every channel and explained on a social-media one', async () => {
    const { host } = await renderWithStore(<RegistrationForm />);
    // Asked on every channel; on a social-media complaint with why it matters.
    expect(screen.getByRole('textbox', { name: '社交/应用账号' })).toBeTruthy();
    expect(document.body.textContent).not.toContain('只留了账号也可登记');
    fireEvent.click(selectBox(/投诉渠道/));
    fireEvent.click(await screen.findByRole('option', { name: '社交媒体', hidden: true }));
    expect(await screen.findByText(/经社交媒体、App 或在线客服投诉的客户，只留了账号也可登记/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/客户姓名/), { target: { value: '微博网友' } });
    fireEvent.change(screen.getByLabelText(/投诉内容/), { target: { value: '私信投诉冰箱丢件。' } });
    const account = screen.getByRole('textbox', { name: '社交/应用账号' });
    fireEvent.change(account, { target: { value: '@ZhangSan_88' } });
    fireEvent.click(screen.getByRole('button', { name: '登记投诉' }));
    // Half a pair is refused with what is missing.
    await waitFor(() => expect(document.body.textContent).toContain('填写了账号，请选择它所在的平台。'));
    expect(await host.db.cases.count()).toBe(0);

    fireEvent.click(selectBox(/^账号平台/));
    fireEvent.click(await screen.findByRole('option', { name: '微博', hidden: true }));
    fireEvent.click(screen.getByRole('button', { name: '登记投诉' }));
    await waitFor(async () => expect(await host.db.cases.count()).toBe(1));
    expect((await host.db.cases.toArray())[0]).toMatchObject({ channel: 'social_media', phone: '', socialPlatform: 'weibo', socialAccount: '@ZhangSan_88', contactKeys: ['weibo:zhangsan_88'] });
  });

  it('shows the account on the case page in full to the agent, masked to a director, and read-only in the director’s correction', async () => {
    await show('agent');
    expect(await screen.findByText('微博：@ZhangSan_88')).toBeTruthy();
    await teardown();

    await show('director');
    expect(await screen.findByText('微博：Z****8')).toBeTruthy();
    expect(document.body.textContent).not.toContain('ZhangSan');
    fireEvent.click(await screen.findByRole('button', { name: '更正登记信息' }));
    const dialog = await screen.findByRole('dialog', { name: '更正登记信息' });
    const account = within(dialog).getByRole('textbox', { name: '社交/应用账号' }) as HTMLInputElement;
    expect(account.readOnly).toBe(true);
    expect(account.value).toBe('Z****8');
  });

  it('prints the platform and the account on the registration form, masked for a director', async () => {
    await show('agent', 'registration');
    expect(document.body.textContent).toMatch(/账号平台\s*微博/);
    expect(document.body.textContent).toMatch(/社交\/应用账号\s*@ZhangSan_88/);
    await teardown();
    await show('director', 'registration');
    expect(document.body.textContent).toMatch(/社交\/应用账号\s*Z\*\*\*\*8/);
    expect(document.body.textContent).not.toContain('ZhangSan');
  });

  it('prints every platform as a tick box on the blank registration form', async () => {
    await renderWithStore(<PrintBlank form="registration" />);
    await screen.findByRole('heading', { level: 1 }, { timeout: 15_000 });
    for (const label of ['微信', '微博', '抖音', '小红书', '本公司App', '其他平台']) expect(document.body.textContent).toContain(label);
  });
});
