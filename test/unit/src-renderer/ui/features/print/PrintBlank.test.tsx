import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RegistrationForm } from '../../../../../../src-renderer/ui/features/intake/RegistrationForm';
import { PrintBlank } from '../../../../../../src-renderer/ui/features/print/PrintBlank';
import { renderWithStore, teardown } from '../../render';

afterEach(teardown);

/** The labels of a form's rows in print order. */
function rowLabels(): string[] {
  return [...document.querySelectorAll('th[scope="row"]')].map((th) => th.textContent ?? '');
}

// A real store host behind each render: on a busy machine that alone can take most of vitest's default 5 s.
describe('blank forms', { timeout: 30_000 }, () => {
  it('空白登记表 follows the intake screen field by field, with every choice as a box and a line for the case number', async () => {
    await renderWithStore(<PrintBlank form="registration" />);
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('客户投诉登记表');
    // The intake screen: 受理信息, 客户信息, 投诉事项, 初判与证据, then the acknowledgement.
    expect(rowLabels()).toEqual([
      '受理时间',
      '来源单号',
      '投诉渠道',
      '客户姓名',
      '客户类型',
      '联系电话',
      '电子邮箱',
      '通信地址',
      '社交/应用账号',
      '产品/服务',
      '订单号',
      '涉及金额',
      '投诉内容',
      '初判类别',
      '客户诉求',
      '诉求说明',
      '初判严重程度',
      '证据材料',
      '承诺响应时限',
    ]);
    const text = document.body.textContent ?? '';
    for (const choice of ['电话', '12315转办', '现场', '个人', '企业', '退款', '改进服务', '物流配送', '政策误解', '一般', '重大']) expect(text).toContain(choice);
    expect(document.querySelectorAll('[data-checked]')).toHaveLength(0);
    expect(screen.queryByRole('img')).toBeNull();
    expect(text).toContain('投诉单号：');
    expect(text).toContain('客户签字：');
  });

  it('空白满意度调查表 has the four dimensions with five empty boxes each', async () => {
    await renderWithStore(<PrintBlank form="survey" />, { language: 'en' });
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Customer satisfaction survey');
    const survey = screen.getByRole('table', { name: 'Satisfaction' });
    for (const dimension of ['Efficiency', 'Resolution', 'Attitude', 'Fair compensation']) expect(survey.textContent).toContain(dimension);
    expect(survey.querySelectorAll('[aria-hidden]')).toHaveLength(4 * 5);
    expect(document.querySelectorAll('[data-checked]')).toHaveLength(0);
  });

  it('refuses a form that has no blank version, naming those that have', async () => {
    await renderWithStore(<PrintBlank form="grading" />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('没有名为“grading”的表单');
    expect(alert.textContent).toContain('客户投诉登记表、客户满意度调查表');
  });

  it('the intake screen prints the blank registration form for a walk-in customer', async () => {
    const ui = await renderWithStore(<RegistrationForm />);
    const print = vi.spyOn(ui.platform, 'print');
    const button = await screen.findByRole('button', { name: '打印空白登记表' });
    await waitFor(() => expect(button.hasAttribute('disabled')).toBe(false));
    fireEvent.click(button);
    await waitFor(() => expect(print).toHaveBeenCalledWith(expect.objectContaining({ mode: 'dialog', route: expect.stringMatching(/^\/print\/blank\/registration(\?|$)/) })));
  });
});
