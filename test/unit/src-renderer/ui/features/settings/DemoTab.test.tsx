import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DemoTab } from '../../../../../../src-renderer/ui/features/settings/demo/DemoTab';
import { negativeReviews } from '../../../../../../src-renderer/ui/features/settings/demo/reviews';
import { SettingsPage } from '../../../../../../src-renderer/ui/features/settings/SettingsPage';
import { initI18n } from '../../../../../../src-renderer/ui/i18n';
import { ADMIN, renderWithStore, teardown, type Rendered } from '../../render';

afterEach(async () => {
  await teardown();
  await initI18n('zh-CN');
});

const WAIMAI = `\uFEFFlabel,review
1,很快，好吃，味道足，量大
0,送餐太慢了，等了两个小时，饭都凉了
0,"骑手态度很差，还把汤洒了"
1,下次还点
0,菜品分量少，价格贵
`;
const SHOPPING = `cat,label,review
书籍,0,\uFEFF印刷质量很差，有好几页是空白的
手机,1,手机很好用
`;

/** The store connection signs in as the administrator (demo.seed is theirs); the file dialog returns `csv`. */
async function asAdminWithFile(rendered: Rendered, csv: string | null, name = 'waimai_10k.csv'): Promise<void> {
  await rendered.store.send('auth.signIn', { username: ADMIN.username, password: ADMIN.password });
  rendered.platform.openFile = async () =>
    csv === null ? { status: 'too-large', name, bytes: 80 * 1024 * 1024 } : { status: 'opened', name, data: new TextEncoder().encode(csv) };
}

const chooseFile = () => fireEvent.click(screen.getByRole('button', { name: '选择 CSV 文件' }));

describe('negativeReviews', () => {
  it('takes the label 0 rows of both corpus layouts, without byte-order marks', () => {
    expect(negativeReviews(WAIMAI)).toEqual({
      ok: true,
      rows: 5,
      texts: ['送餐太慢了，等了两个小时，饭都凉了', '骑手态度很差，还把汤洒了', '菜品分量少，价格贵'],
    });
    expect(negativeReviews(SHOPPING)).toEqual({ ok: true, rows: 2, texts: ['印刷质量很差，有好几页是空白的'] });
  });

  it('names what is wrong with other files', () => {
    expect(negativeReviews('')).toEqual({ ok: false, problem: 'empty' });
    expect(negativeReviews('label,text\n0,太慢\n')).toEqual({ ok: false, problem: 'noReviewColumn' });
    expect(negativeReviews('review\n太慢\n')).toEqual({ ok: false, problem: 'noLabelColumn' });
    expect(negativeReviews('label,review\n1,好\n1,很好\n')).toEqual({ ok: false, problem: 'noNegative' });
  });
});

describe('DemoTab', { timeout: 120_000 }, () => {
  it('is not offered to a colleague who is not the administrator', async () => {
    await renderWithStore(<SettingsPage />);
    await screen.findByRole('tab', { name: '通用' });
    expect(screen.queryByRole('tab', { name: '演示数据' })).toBeNull();
  });

  it('explains in Chinese why a file gives no complaints, and cannot start', async () => {
    const rendered = await renderWithStore(<DemoTab />);
    await asAdminWithFile(rendered, 'label,text\n0,太慢\n', 'notes.csv');
    chooseFile();
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', expect.stringContaining('文件中没有 review 列'));
    expect(screen.getByRole('button', { name: '开始生成' })).toHaveProperty('disabled', true);

    await asAdminWithFile(rendered, 'label,review\n1,很好\n');
    chooseFile();
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('文件中没有差评（label 为 0 的行）。'));

    await asAdminWithFile(rendered, null);
    chooseFile();
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('文件太大（80 MB），请选择不超过 64 MB 的文件。'));
  });

  it('says so in English too', async () => {
    const rendered = await renderWithStore(<DemoTab />, { language: 'en' });
    await asAdminWithFile(rendered, 'label,text\n0,slow\n', 'notes.csv');
    fireEvent.click(screen.getByRole('button', { name: 'Choose a CSV file' }));
    expect((await screen.findByRole('alert')).textContent).toContain('The file has no review column.');
  });

  it('generates the chosen number of cases from the negative reviews, with progress and the result', async () => {
    const rendered = await renderWithStore(<DemoTab />);
    await asAdminWithFile(rendered, WAIMAI);
    chooseFile();
    await waitFor(() => expect(screen.getByTestId('demo-corpus').textContent).toBe('waimai_10k.csv：共 5 行，其中差评 3 条'));
    fireEvent.change(screen.getByLabelText(/生成数量/), { target: { value: '25' } });
    fireEvent.click(screen.getByRole('button', { name: '开始生成' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^已生成 25 宗演示投诉单，用时 [\d.]+ 秒。现共有 25 宗投诉单。$/), { timeout: 60_000 });
    expect(screen.getByRole('progressbar', { name: '生成进度' }).getAttribute('aria-valuenow')).toBe('100');
    const cases = await rendered.host.db.cases.toArray();
    expect(cases).toHaveLength(25);
    const negative = ['送餐太慢了，等了两个小时，饭都凉了', '骑手态度很差，还把汤洒了', '菜品分量少，价格贵'];
    expect(cases.every((c) => negative.includes(c.description))).toBe(true);
  });

  it('stops after the running chunk when cancelled, keeping what was written', async () => {
    const rendered = await renderWithStore(<DemoTab />);
    await asAdminWithFile(rendered, WAIMAI);
    chooseFile();
    await screen.findByText('waimai_10k.csv：共 5 行，其中差评 3 条');
    fireEvent.change(screen.getByLabelText(/生成数量/), { target: { value: '6000' } });
    fireEvent.click(screen.getByRole('button', { name: '开始生成' }));
    fireEvent.click(await screen.findByRole('button', { name: '取消' }));
    expect(screen.getByRole('status').textContent).toBe('正在取消，当前这一批写完后停止…');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('已取消：生成了 2,000 宗演示投诉单，现共有 2,000 宗投诉单。'), { timeout: 100_000 });
    expect(await rendered.host.db.cases.count()).toBe(2000);
  });

  it('reports the store’s refusal when the connection is not the administrator’s', async () => {
    const rendered = await renderWithStore(<DemoTab />);
    rendered.platform.openFile = async () => ({ status: 'opened', name: 'w.csv', data: new TextEncoder().encode(WAIMAI) });
    chooseFile();
    await screen.findByText('w.csv：共 5 行，其中差评 3 条');
    fireEvent.click(screen.getByRole('button', { name: '开始生成' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('生成中断，已生成 0 宗演示投诉单。'));
    expect(screen.getByRole('alert').textContent).toBe('您的角色（客服专员）无权执行“修改设置”。');
    expect(await rendered.host.db.cases.count()).toBe(0);
  });
});
