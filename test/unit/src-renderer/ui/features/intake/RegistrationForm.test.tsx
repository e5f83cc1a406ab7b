import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RegistrationForm } from '../../../../../../src-renderer/ui/features/intake/RegistrationForm';
import { initI18n, setLanguage } from '../../../../../../src-renderer/ui/i18n';
import { AGENT, registerCase, renderWithStore, teardown } from '../../render';
import { DESK_STAFF, renderAsSomeone } from '../cases/staff-kit';

afterEach(async () => {
  await teardown();
  await initI18n('zh-CN');
});

/** The error message Mantine shows under a field, found through the field's own description link. */
function errorOf(field: HTMLElement): string | null {
  const ids = field.getAttribute('aria-describedby')?.split(/\s+/) ?? [];
  const texts = ids.map((id) => document.getElementById(id)?.textContent ?? '').filter(Boolean);
  return field.getAttribute('aria-invalid') === 'true' ? texts.join(' ') : null;
}

const field = (label: RegExp) => screen.getByLabelText(label);

function type(label: RegExp, value: string) {
  fireEvent.change(field(label), { target: { value } });
}

describe('RegistrationForm', { timeout: 60_000 }, () => {
  it('shows the required messages in Chinese for an empty submission and saves nothing', async () => {
    const { host } = await renderWithStore(<RegistrationForm />);
    fireEvent.click(screen.getByRole('button', { name: '登记投诉' }));
    await waitFor(() => expect(errorOf(field(/客户姓名/))).toBe('此项为必填项。'));
    expect(errorOf(field(/投诉内容/))).toContain('此项为必填项。');
    expect(errorOf(field(/联系电话/))).toBe('联系电话、电子邮箱、通信地址和社交/应用账号至少填写一项。');
    expect(errorOf(field(/电子邮箱/))).toBeNull();
    expect(screen.queryByRole('status')).toBeNull();
    expect(await host.db.cases.count()).toBe(0);
  });

  it('announces an incomplete submission and moves focus from the button to the first field to fix', async () => {
    await renderWithStore(<RegistrationForm />);
    const submit = screen.getByRole('button', { name: '登记投诉' });
    submit.focus();
    fireEvent.click(submit);
    expect((await screen.findByRole('alert')).textContent).toBe('填写的内容有误，请按提示修改。');
    await waitFor(() => expect(document.activeElement).toBe(field(/客户姓名/)));
    // Fixed and sent again: the alert goes.
    type(/客户姓名/, '张三');
    type(/联系电话/, '13812345678');
    type(/投诉内容/, '冰箱不制冷');
    fireEvent.click(submit);
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('refuses an invalid phone number with the format message', async () => {
    const { host } = await renderWithStore(<RegistrationForm />);
    type(/客户姓名/, '张三');
    type(/联系电话/, '12345');
    type(/投诉内容/, '收到的商品有破损。');
    fireEvent.click(screen.getByRole('button', { name: '登记投诉' }));
    await waitFor(() => expect(errorOf(field(/联系电话/))).toBe('电话号码格式不正确：请填写 11 位手机号、带区号的固定电话，或以 + 和国家或地区代码开头的境外号码（如 +852 9123 4567）。'));
    expect(errorOf(field(/客户姓名/))).toBeNull();
    expect(errorOf(field(/投诉内容/))).toBeNull();
    expect(field(/联系电话/)).toHaveProperty('value', '12345');
    expect(await host.db.cases.count()).toBe(0);
  });

  it('refuses an amount in fractions of a fen, keeping it as pasted', async () => {
    const { host } = await renderWithStore(<RegistrationForm />);
    type(/客户姓名/, '张三');
    type(/联系电话/, '13812345678');
    type(/投诉内容/, '多收了费用。');
    type(/涉及金额/, '12.345');
    fireEvent.click(screen.getByRole('button', { name: '登记投诉' }));
    await waitFor(() => expect(errorOf(field(/涉及金额/))).toBe('金额最多保留两位小数（精确到分）。'));
    expect(field(/涉及金额/)).toHaveProperty('value', '¥ 12.345');
    expect(await host.db.cases.count()).toBe(0);
  });

  it('refuses a malformed email address', async () => {
    await renderWithStore(<RegistrationForm />);
    type(/客户姓名/, '张三');
    type(/电子邮箱/, 'zhang@example');
    type(/投诉内容/, '退款迟迟未到账。');
    fireEvent.click(screen.getByRole('button', { name: '登记投诉' }));
    await waitFor(() => expect(errorOf(field(/电子邮箱/))).toBe('电子邮箱格式不正确。'));
  });

  it('registers a valid complaint, shows its number and clears the form', async () => {
    const { host } = await renderWithStore(<RegistrationForm />);
    type(/客户姓名/, ' 王五 ');
    type(/联系电话/, '+86 139 0000 1111');
    type(/投诉内容/, '安装师傅迟到三小时。');
    fireEvent.click(screen.getByRole('button', { name: '登记投诉' }));

    const status = await screen.findByRole('status');
    const [saved] = await host.db.cases.toArray();
    expect(saved).toMatchObject({ customerName: '王五', phone: '13900001111', description: '安装师傅迟到三小时。', channel: 'phone' });
    expect(saved?.no).toMatch(/^TS-\d{8}-0001$/);
    expect(saved?.intakeAgent.name).toBe('王晓');
    expect(within(status).getByText(`已登记投诉单 ${saved?.no}`)).toBeTruthy();
    expect(within(status).getByText(/^应在 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 前首次响应客户。$/)).toBeTruthy();
    expect(within(status).getByRole('link', { name: '查看投诉单' }).getAttribute('href')).toBe(`#/cases/${saved?.id}`);
    expect(field(/客户姓名/)).toHaveProperty('value', '');
    expect(field(/投诉内容/)).toHaveProperty('value', '');
  });

  it('takes 受理时间 from when the agent began the form, not from when a long call was saved', async () => {
    // Only the date is faked: IndexedDB and React keep their real timers.
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const waiting = new Date(2026, 10, 3, 9, 0, 0).getTime();
      vi.setSystemTime(waiting);
      const { host } = await renderWithStore(<RegistrationForm />);
      // The call comes in ten minutes later: the form, waiting, followed the clock until then.
      const callAt = waiting + 10 * 60_000;
      vi.setSystemTime(callAt);
      type(/客户姓名/, '王五');
      await waitFor(() => expect(field(/受理时间/).textContent).toBe('2026-11-03 09:10'));
      type(/联系电话/, '13900001111');
      // Twenty minutes of conversation before it is saved.
      vi.setSystemTime(callAt + 20 * 60_000);
      type(/投诉内容/, '安装师傅迟到三小时。');
      fireEvent.click(screen.getByRole('button', { name: '登记投诉' }));
      await screen.findByRole('status');
      const [saved] = await host.db.cases.toArray();
      expect(saved?.receivedAt).toBe(callAt);
    } finally {
      vi.useRealTimers();
    }
  });

  it('sends the form on Ctrl+Enter in 投诉内容, and puts the cursor in 客户姓名 for the next call', async () => {
    const { host } = await renderWithStore(<RegistrationForm />);
    type(/客户姓名/, '王五');
    type(/联系电话/, '13900001111');
    type(/投诉内容/, '安装师傅迟到三小时。');
    const description = field(/投诉内容/);
    description.focus();
    // Enter alone is left to the textarea: a line break, not a registration.
    expect(fireEvent.keyDown(description, { key: 'Enter' })).toBe(true);
    expect(fireEvent.keyDown(description, { key: 'Enter', shiftKey: true })).toBe(true);
    // With Ctrl the line break is held back and the form is sent.
    expect(fireEvent.keyDown(description, { key: 'Enter', ctrlKey: true })).toBe(false);
    expect(await screen.findByRole('status')).toBeTruthy();
    expect((await host.db.cases.toArray()).map((c) => c.customerName)).toEqual(['王五']);
    await waitFor(() => expect(document.activeElement).toBe(field(/客户姓名/)));
    expect(field(/客户姓名/)).toHaveProperty('value', '');
  });

  it('sends the form on ⌘+Enter too, and moves focus from the button clicked to 客户姓名', async () => {
    const { host } = await renderWithStore(<RegistrationForm />);
    type(/客户姓名/, '甲');
    type(/电子邮箱/, 'kehu@example.com');
    type(/投诉内容/, '第一宗');
    fireEvent.keyDown(field(/投诉内容/), { key: 'Enter', metaKey: true });
    await waitFor(async () => expect(await host.db.cases.count()).toBe(1));
    await waitFor(() => expect(document.activeElement).toBe(field(/客户姓名/)));
    // The next one sent by the button: focus leaves it for the first field again.
    type(/客户姓名/, '乙');
    type(/电子邮箱/, 'kehu@example.com');
    type(/投诉内容/, '第二宗');
    const submit = screen.getByRole('button', { name: '登记投诉' });
    submit.focus();
    fireEvent.click(submit);
    await waitFor(async () => expect(await host.db.cases.count()).toBe(2));
    await waitFor(() => expect(document.activeElement).toBe(field(/客户姓名/)));
  });

  it('sends nothing on Enter alone in a one-line field (a barcode scanner ends an order number with one), only on Ctrl+Enter', async () => {
    const { host } = await renderWithStore(<RegistrationForm />);
    type(/客户姓名/, '王五');
    type(/联系电话/, '13900001111');
    type(/投诉内容/, '安装师傅迟到三小时。');
    type(/订单号/, 'JD100234');
    // The browser's implicit submission is held back: nothing registered, no refusal shown mid-entry.
    for (const name of [/订单号/, /联系电话/, /客户姓名/]) expect(fireEvent.keyDown(field(name), { key: 'Enter' })).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await host.db.cases.count()).toBe(0);
    expect(screen.queryByRole('alert')).toBeNull();
    // Ctrl+Enter sends it from a one-line field too.
    expect(fireEvent.keyDown(field(/订单号/), { key: 'Enter', ctrlKey: true })).toBe(false);
    await waitFor(async () => expect((await host.db.cases.toArray()).map((c) => c.orderNo)).toEqual(['JD100234']));
  });

  it('explains a refusal sent by the shortcut on the fields', async () => {
    const { host } = await renderWithStore(<RegistrationForm />);
    type(/联系电话/, '13900001111');
    fireEvent.keyDown(field(/联系电话/), { key: 'Enter', ctrlKey: true });
    // Refused (no name, no description): focus goes to the first field to fix, as before.
    await waitFor(() => expect(errorOf(field(/客户姓名/))).toBe('此项为必填项。'));
    expect(await host.db.cases.count()).toBe(0);
  });

  it('after a 12315 referral, puts the cursor in 来源单号, the next work order’s number', async () => {
    const { host } = await renderWithStore(<RegistrationForm />);
    const channel = screen.getByRole('combobox', { name: /投诉渠道/ });
    fireEvent.click(channel);
    await waitFor(() => expect(channel.getAttribute('aria-controls')).toBeTruthy());
    fireEvent.click(within(document.getElementById(channel.getAttribute('aria-controls')!)!).getByRole('option', { name: '12315转办', hidden: true }));
    type(/来源单号/, '1433010020261125000815');
    type(/客户姓名/, '孙女士');
    type(/联系电话/, '13912345678');
    type(/投诉内容/, '羽绒服充绒量与标注不符。');
    fireEvent.keyDown(field(/投诉内容/), { key: 'Enter', ctrlKey: true });
    await waitFor(async () => expect((await host.db.cases.toArray()).map((c) => c.channel)).toEqual(['regulator_12315']));
    await waitFor(() => expect(document.activeElement).toBe(field(/来源单号/)));
    expect(channel).toHaveProperty('value', '12315转办');
  });

  it('tells of the shortcut beside 登记投诉, in both languages', async () => {
    await renderWithStore(<RegistrationForm />);
    const describedBy = () => document.getElementById(screen.getByRole('button', { name: /登记投诉|Register complaint/ }).getAttribute('aria-describedby')!)!.textContent;
    expect(describedBy()).toBe('在填写的栏目中按 Ctrl+Enter（Mac 为 ⌘+Enter）即可登记；只按 Enter 不会提交。');
    await act(() => setLanguage('en'));
    expect(describedBy()).toBe('Press Ctrl+Enter (⌘+Enter on a Mac) in a field to register it; Enter alone does not submit.');
  });

  it('asks a director whom the complaint goes to, and gives it to that agent', async () => {
    const { host } = await renderAsSomeone(<RegistrationForm />, 'director', async () => undefined);
    await screen.findByLabelText(/客户姓名/, undefined, { timeout: 10_000 });
    const owner = await screen.findByRole('combobox', { name: /承办人/ });
    // An empty form: 承办人 is marked with the other missing fields, not only once they are filled.
    fireEvent.click(screen.getByRole('button', { name: '登记投诉' }));
    await waitFor(() => expect(errorOf(field(/客户姓名/))).toBe('此项为必填项。'));
    expect(errorOf(owner)).toContain('请选择在职的客服专员或客服主管。');
    type(/客户姓名/, '王五');
    type(/联系电话/, '13900001111');
    type(/投诉内容/, '在门店当面投诉安装师傅迟到三小时。');
    fireEvent.click(screen.getByRole('button', { name: '登记投诉' }));
    // Nobody chosen yet: refused, under the field, nothing saved.
    await waitFor(() => expect(errorOf(owner)).toContain('请选择在职的客服专员或客服主管。'));
    expect(await host.db.cases.count()).toBe(0);
    fireEvent.click(owner);
    await waitFor(() => expect(owner.getAttribute('aria-controls')).toBeTruthy());
    const list = within(document.getElementById(owner.getAttribute('aria-controls')!)!);
    // Only those who handle cases are offered: the agent and the supervisor, not the other directors.
    const options = (await list.findAllByRole('option', { hidden: true })).map((option) => option.textContent);
    expect(options.some((text) => text?.startsWith(AGENT.name))).toBe(true);
    expect(options.some((text) => text?.startsWith(DESK_STAFF.ops.name) || text?.startsWith(DESK_STAFF.director.name))).toBe(false);
    fireEvent.click(list.getByRole('option', { name: new RegExp(`^${AGENT.name}`), hidden: true }));
    fireEvent.click(screen.getByRole('button', { name: '登记投诉' }));
    await screen.findByRole('status');
    const [saved] = await host.db.cases.toArray();
    expect({ owner: saved?.owner?.name, intakeAgent: saved?.intakeAgent.name }).toEqual({ owner: AGENT.name, intakeAgent: DESK_STAFF.director.name });
  });

  it('does not ask an agent whom the complaint goes to', async () => {
    await renderWithStore(<RegistrationForm />);
    expect(screen.queryByRole('combobox', { name: /承办人/ })).toBeNull();
  });

  it('numbers consecutive registrations of the day', async () => {
    const { host } = await renderWithStore(<RegistrationForm />);
    for (const name of ['甲', '乙']) {
      type(/客户姓名/, name);
      type(/电子邮箱/, 'kehu@example.com');
      type(/投诉内容/, '投诉内容');
      fireEvent.click(screen.getByRole('button', { name: '登记投诉' }));
      await waitFor(async () => expect((await host.db.cases.toArray()).map((c) => c.customerName)).toContain(name));
    }
    const numbers = (await host.db.cases.toArray()).map((c) => c.no.slice(-4)).sort();
    expect(numbers).toEqual(['0001', '0002']);
    expect(await screen.findByText(/^已登记投诉单 TS-\d{8}-0002$/)).toBeTruthy();
  });

  it('explains a refusal by the store and keeps what was typed', async () => {
    let earlier = '';
    const { host } = await renderWithStore(<RegistrationForm />, {
      // The 12315 work order was registered already: only the store host knows.
      seed: async (_host, asAgent) => {
        earlier = (await registerCase(asAgent, { referralNo: 'GD-12315-0001' })).no;
      },
    });
    type(/客户姓名/, '赵六');
    type(/联系电话/, '010-12345678');
    type(/投诉内容/, '发票开错抬头。');
    type(/来源单号/, 'GD-12315-0001');
    fireEvent.click(screen.getByRole('button', { name: '登记投诉' }));
    await waitFor(() => expect(errorOf(field(/来源单号/))).toBe(`此来源单号已登记为投诉单 ${earlier}。`));
    expect(field(/客户姓名/)).toHaveProperty('value', '赵六');
    expect(field(/投诉内容/)).toHaveProperty('value', '发票开错抬头。');
    expect(screen.queryByRole('status')).toBeNull();
    expect(await host.db.cases.count()).toBe(1);
  });

  it('speaks English after switching the language', async () => {
    const { host } = await renderWithStore(<RegistrationForm />);
    await act(() => setLanguage('en'));
    expect(screen.getByRole('heading', { name: 'Register a complaint' })).toBeTruthy();
    expect(field(/Customer name/)).toBeTruthy();
    type(/^Phone/, '2345');
    fireEvent.click(screen.getByRole('button', { name: 'Register complaint' }));
    await waitFor(() => expect(errorOf(field(/Customer name/))).toBe('This field is required.'));
    expect(errorOf(field(/^Phone/))).toBe('Not a valid phone number: give an 11-digit mobile number, a landline with area code, or a number outside the mainland starting with + and its country or region code (e.g. +852 9123 4567).');
    expect(screen.queryByText('此项为必填项。')).toBeNull();
    expect(await host.db.cases.count()).toBe(0);
  });

  it('translates messages already shown when the language changes', async () => {
    await renderWithStore(<RegistrationForm />);
    fireEvent.click(screen.getByRole('button', { name: '登记投诉' }));
    await waitFor(() => expect(errorOf(field(/客户姓名/))).toBe('此项为必填项。'));
    await act(() => setLanguage('en'));
    expect(errorOf(field(/Customer name/))).toBe('This field is required.');
    expect(errorOf(field(/^Phone/))).toBe('Give a phone number, an email address, a postal address or a social / app account.');
  });

  it('shows the saved message in English', async () => {
    await renderWithStore(<RegistrationForm />, { language: 'en' });
    type(/Customer name/, 'Li Lei');
    type(/^Email/, 'li.lei@example.com');
    type(/^Complaint/, 'The parcel arrived damaged.');
    fireEvent.click(screen.getByRole('button', { name: 'Register complaint' }));
    expect(await screen.findByText(/^Registered case TS-\d{8}-0001$/)).toBeTruthy();
  });
});
