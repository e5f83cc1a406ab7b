import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../../../src-renderer/domain/settings/settings';
import { useStoreQuery } from '../../../../../../src-renderer/ui/data/hooks';
import { SubmitGradingForm } from '../../../../../../src-renderer/ui/features/cases/actions/SubmitGradingForm';
import { RegistrationForm } from '../../../../../../src-renderer/ui/features/intake/RegistrationForm';
import { initI18n } from '../../../../../../src-renderer/ui/i18n';
import { registerCase, renderWithStore, teardown } from '../../render';

afterEach(async () => {
  await teardown();
  await initI18n('zh-CN');
});

const THREAT = '快递三天了还没送到，再不处理我就去12315投诉，还要找媒体曝光';

function type(label: RegExp, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

const categoryField = () => screen.getByRole('combobox', { name: '初判类别' });

describe('suggestions at intake', { timeout: 60_000 }, () => {
  it('shows category chips, the emotion flag and a severity suggestion while the description is typed', async () => {
    await renderWithStore(<RegistrationForm />);
    type(/投诉内容/, THREAT);
    // Cold start: the built-in rules read 快递 as logistics, with 42 % (one phrase, smoothed).
    const chip = await screen.findByRole('button', { name: '物流配送 42%' });
    expect(chip.getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByText('建议来自内置规则：本中心已分类的投诉还不够多。')).toBeTruthy();
    const flag = screen.getByRole('group', { name: '情绪与升级信号' });
    expect(within(flag).getByText('有升级风险')).toBeTruthy();
    expect(within(flag).getByText('媒体曝光')).toBeTruthy();
    const severity = screen.getByRole('group', { name: '建议严重程度' });
    expect(severity.textContent).toBe('建议定为：重大（原因：提及媒体曝光）采用');
  });

  it('fills the category with a chosen chip and sets the severity with 采用, and registers both', async () => {
    const { host } = await renderWithStore(<RegistrationForm />);
    type(/客户姓名/, '赵六');
    type(/联系电话/, '13900002222');
    type(/投诉内容/, THREAT);
    fireEvent.click(await screen.findByRole('button', { name: '物流配送 42%' }));
    await waitFor(() => expect(categoryField()).toHaveProperty('value', '物流配送'));
    expect(screen.getByRole('button', { name: '物流配送 42%' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: '采用建议的严重程度：重大' }));
    await waitFor(() => expect(screen.getByRole('radio', { name: '重大' })).toHaveProperty('checked', true));
    // Adopted: the suggestion no longer differs from the choice, so it is gone.
    expect(screen.queryByRole('group', { name: '建议严重程度' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '登记投诉' }));
    await screen.findByRole('status');
    const [saved] = await host.db.cases.toArray();
    expect(saved).toMatchObject({ category: 'logistics', severity: 'major', initialSeverity: 'major' });
    expect(categoryField()).toHaveProperty('value', '');
  });

  it('never shows the last complaint’s suggestions on the next one (they showed for the first half second)', async () => {
    await renderWithStore(<RegistrationForm />);
    type(/客户姓名/, '赵六');
    type(/联系电话/, '13900002222');
    type(/投诉内容/, THREAT);
    await screen.findByRole('button', { name: '物流配送 42%' });
    fireEvent.click(screen.getByRole('button', { name: '登记投诉' }));
    await screen.findByRole('status');
    await waitFor(() => expect(screen.getByLabelText(/投诉内容/)).toHaveProperty('value', ''));
    type(/投诉内容/, '发票开错了抬头，要求重新开具');
    // At once, before this text's own answer: nothing of the last customer's.
    expect(screen.queryByRole('button', { name: /物流配送/ })).toBeNull();
    expect(screen.queryByRole('group', { name: '情绪与升级信号' })).toBeNull();
    // Then this text's own.
    expect(await screen.findByRole('button', { name: /收费问题/ })).toBeTruthy();
    expect(screen.queryByRole('group', { name: '情绪与升级信号' })).toBeNull();
  });

  it('shows the suggestions again when a character cut is typed back at once (no new ask: the answer is this text’s)', async () => {
    await renderWithStore(<RegistrationForm />);
    type(/投诉内容/, THREAT);
    await screen.findByRole('button', { name: '物流配送 42%' });
    type(/投诉内容/, THREAT.slice(0, 4));
    expect(screen.queryByRole('button', { name: /物流配送/ })).toBeNull();
    type(/投诉内容/, THREAT);
    expect(await screen.findByRole('button', { name: '物流配送 42%' })).toBeTruthy();
  });

  it('never shows the last complaint’s suggestions when it was saved right after its last change', async () => {
    await renderWithStore(<RegistrationForm />);
    type(/投诉内容/, THREAT);
    await screen.findByRole('button', { name: '物流配送 42%' });
    // The contacts are part of the ask: the answer for them is still to come when the form is sent.
    type(/客户姓名/, '赵六');
    type(/联系电话/, '13900002222');
    fireEvent.click(screen.getByRole('button', { name: '登记投诉' }));
    await screen.findByRole('status');
    await waitFor(() => expect(screen.getByLabelText(/投诉内容/)).toHaveProperty('value', ''));
    type(/投诉内容/, '发票开错了抬头，要求重新开具');
    for (let i = 0; i < 10; i++) {
      expect(screen.queryByRole('button', { name: /物流配送/ })).toBeNull();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await screen.findByRole('button', { name: /收费问题/ })).toBeTruthy();
  });

  it('suggests no category for a description without a word (punctuation, emoji)', async () => {
    await renderWithStore(<RegistrationForm />);
    for (const text of ['！！！？？？。。。。。', '😡😡😡👎👎👎😡😡']) {
      type(/投诉内容/, text);
      await new Promise((resolve) => setTimeout(resolve, 900));
      expect(screen.queryByRole('button', { name: /\d+%/ }), text).toBeNull();
    }
  });

  it('suggests nothing for a description under six characters, and registers without a category', async () => {
    const { host } = await renderWithStore(<RegistrationForm />);
    type(/客户姓名/, '赵六');
    type(/联系电话/, '13900002222');
    type(/投诉内容/, '快递慢');
    // Long enough to have answered if it had asked.
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(screen.queryByRole('button', { name: /物流配送/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '登记投诉' }));
    await screen.findByRole('status');
    expect((await host.db.cases.toArray())[0]?.category).toBeNull();
  });

  it('says in English where the suggestions come from once the desk has its own data', async () => {
    await initI18n('en');
    await renderWithStore(<RegistrationForm />, {
      language: 'en',
      seed: async (_host, asAgent) => {
        for (let i = 0; i < 30; i++) await registerCase(asAgent, { category: 'billing', description: `会员费第${i}个月被多扣` });
        for (let i = 0; i < 30; i++) await registerCase(asAgent, { category: 'logistics', description: `快递第${i}天还没送到` });
      },
    });
    fireEvent.change(screen.getByLabelText(/^Complaint/), { target: { value: '这个月的会员费又被多扣了' } });
    // A plain apostrophe: the curly one is a full-width glyph in the CJK font the app prefers.
    expect(await screen.findByText("Suggestions based on this desk's 60 categorised complaints.")).toBeTruthy();
    const chips = within(screen.getByRole('group', { name: 'Suggested categories' })).getAllByRole('button');
    expect(chips[0]!.textContent).toMatch(/^Billing \d+%$/);
  });

  it('names the phrase the desk’s cases barely mention, for which the built-in rules spoke', async () => {
    await renderWithStore(<RegistrationForm />, {
      seed: async (_host, asAgent) => {
        for (let i = 0; i < 50; i++) await registerCase(asAgent, { category: 'logistics', description: `外卖送了${i}分钟才到` });
        for (let i = 0; i < 10; i++) await registerCase(asAgent, { category: 'service_attitude', description: `骑手第${i}次骂人` });
      },
    });
    type(/投诉内容/, '热水器漏电，洗澡时被电了一下');
    expect(await screen.findByText('建议依据本中心 60 宗已分类的投诉；其中很少提到“漏电”，这部分主要按内置规则判断。')).toBeTruthy();
    const chips = within(screen.getByRole('group', { name: '建议类别' })).getAllByRole('button');
    expect(chips[0]!.textContent).toBe('产品质量 42%');
    // A text of what the desk knows: the plain line.
    type(/投诉内容/, '外卖送了两个小时才到');
    expect(await screen.findByText('建议依据本中心 60 宗已分类的投诉。')).toBeTruthy();
  });
});

/** The grading dialog's form for a case seeded before the first render (its id is known only then). */
function Grading({ seeded }: { seeded: { id?: string } }) {
  const { data } = useStoreQuery('cases.get', { id: seeded.id! }, seeded.id!);
  return data ? <SubmitGradingForm record={data} onDone={() => undefined} onCancel={() => undefined} /> : null;
}

describe('suggestions at grading', { timeout: 60_000 }, () => {
  it('starts from the intake category and its department, and offers the chips and severity for the case', async () => {
    const seeded: { id?: string } = {};
    await renderWithStore(<Grading seeded={seeded} />, {
      seed: async (_host, asAgent) => {
        const record = await registerCase(asAgent, { category: 'billing', description: '自动续费多扣了会员费，不给退我就去法院起诉' });
        seeded.id = record.id;
        for (const [name, args] of [
          ['screening.accept', { caseId: record.id }],
          ['verification.complete', { caseId: record.id, conclusion: '情况属实' }],
        ] as const) {
          const result = await asAgent(name, args);
          if (!result.ok) throw new Error(JSON.stringify(result.error));
        }
      },
    });
    const category = await screen.findByRole('combobox', { name: '投诉类别' });
    expect(category).toHaveProperty('value', '收费问题');
    // The department of 收费问题 in the default settings.
    await waitFor(() => expect(screen.getByRole('combobox', { name: '责任部门' })).toHaveProperty('value', DEFAULT_SETTINGS.categories.billing.department));
    const chip = await screen.findByRole('button', { name: /^收费问题 \d+%$/ });
    expect(chip.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('group', { name: '建议严重程度' }).textContent).toBe('建议定为：重大（原因：提及法律途径）采用');
    fireEvent.click(screen.getByRole('button', { name: '采用建议的严重程度：重大' }));
    await waitFor(() => expect(screen.getByRole('radio', { name: '重大' })).toHaveProperty('checked', true));
    fireEvent.click(screen.getByRole('button', { name: /^售后响应 \d+%$/ }));
    await waitFor(() => expect(category).toHaveProperty('value', '售后响应'));
  });
});
