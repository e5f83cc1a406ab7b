import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SetupPage } from '../../../../../../src-renderer/ui/features/auth/SetupPage';
import { renderWithStore, teardown } from '../../render';

afterEach(teardown);

async function fillAndSubmit(form: HTMLElement) {
  fireEvent.change(within(form).getByLabelText(/^Name/), { target: { value: 'Alice Wong' } });
  fireEvent.change(within(form).getByLabelText(/^Password$|^Password \*/), { target: { value: 'Desk2026ok' } });
  fireEvent.change(within(form).getByLabelText(/^Password again/), { target: { value: 'Desk2026ok' } });
  fireEvent.click(within(form).getByRole('button', { name: 'Create administrator and sign in' }));
}

describe('首次使用: the names the desk starts with', { timeout: 30_000 }, () => {
  it('follow the language the setup is done in, unless chosen', async () => {
    const rendered = await renderWithStore(<SetupPage onDone={() => undefined} />, { language: 'en' });
    const send = vi.spyOn(rendered.store, 'send');
    const form = await screen.findByRole('form', { name: 'First run: create the administrator' });
    const presets = within(form).getByRole('radiogroup', { name: /Starting names of departments and categories/ });
    expect((within(presets).getByRole('radio', { name: /^English/ }) as HTMLInputElement).checked).toBe(true);
    await fillAndSubmit(form);
    await waitFor(() => expect(send).toHaveBeenCalledWith('auth.setup', expect.objectContaining({ presets: 'en' })));

  });

  it('are the ones chosen', async () => {
    const rendered = await renderWithStore(<SetupPage onDone={() => undefined} />, { language: 'en' });
    const send = vi.spyOn(rendered.store, 'send');
    const form = await screen.findByRole('form', { name: 'First run: create the administrator' });
    fireEvent.click(within(form).getByRole('radio', { name: /^Chinese/ }));
    await fillAndSubmit(form);
    await waitFor(() => expect(send).toHaveBeenCalledWith('auth.setup', expect.objectContaining({ presets: 'zh-CN' })));
  });
});
