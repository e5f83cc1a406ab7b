import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CentreTab } from '../../../../../../src-renderer/ui/features/settings/centre/CentreTab';
import { ADMIN, renderWithStore, teardown, type Rendered } from '../../render';

afterEach(teardown);

async function asAdmin(rendered: Rendered): Promise<void> {
  await rendered.store.send('auth.signIn', { username: ADMIN.username, password: ADMIN.password });
}

const printForm = () => screen.findByRole('form', { name: '打印' });
const storedPrint = async (rendered: Rendered) => (await rendered.host.db.settings.get('print'))?.value;

describe('打印 settings (administrator)', { timeout: 60_000 }, () => {
  it('saves the paper, margins and language of the forms every print uses', async () => {
    const rendered = await renderWithStore(<CentreTab />);
    await asAdmin(rendered);
    const form = await printForm();
    expect((within(form).getByLabelText('页边距（毫米）') as HTMLInputElement).value).toBe('15');
    const language = within(form).getByRole('radiogroup', { name: '表单语言' });
    expect((within(language).getByRole('radio', { name: '中文' }) as HTMLInputElement).checked).toBe(true);
    expect(language.getAttribute('aria-describedby')).toBeTruthy();
    fireEvent.click(within(form).getByText('Letter（216 × 279 毫米）'));
    fireEvent.change(within(form).getByLabelText('页边距（毫米）'), { target: { value: '20' } });
    fireEvent.click(within(language).getByText('与各用户的界面语言一致'));
    fireEvent.click(within(form).getByRole('button', { name: '保存' }));
    await waitFor(async () => expect(await storedPrint(rendered)).toEqual({ paper: 'Letter', marginsMm: 20, formsLanguage: 'ui' }));
  });

  it('refuses margins the printer would cut, in Chinese, and saves nothing', async () => {
    const rendered = await renderWithStore(<CentreTab />);
    await asAdmin(rendered);
    const form = await printForm();
    const margins = within(form).getByLabelText('页边距（毫米）');
    fireEvent.change(margins, { target: { value: '3' } });
    fireEvent.click(within(form).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(margins.getAttribute('aria-invalid')).toBe('true'));
    expect(form.textContent).toContain('数值超出允许范围，请填写 8 至 40 之间的数。');
    expect(await storedPrint(rendered)).toBeUndefined();
  });
});
