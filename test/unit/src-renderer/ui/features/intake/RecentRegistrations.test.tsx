import { fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Providers } from '../../../../../../src-renderer/ui/app/App';
import { AuthGate } from '../../../../../../src-renderer/ui/features/auth/AuthGate';
import { RegistrationForm } from '../../../../../../src-renderer/ui/features/intake/RegistrationForm';
import { renderWithStore, teardown } from '../../render';

afterEach(teardown);

const type = (label: RegExp, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('我刚登记的 beside the intake form', { timeout: 60_000 }, () => {
  it('lists the complaint just registered, and still does once the page was opened again (a reload, another page)', async () => {
    const rendered = await renderWithStore(<RegistrationForm />);
    // Nothing registered yet: no list.
    expect(screen.queryByRole('complementary', { name: '我刚登记的' })).toBeNull();
    type(/客户姓名/, '周女士');
    type(/联系电话/, '13900001111');
    type(/投诉内容/, '外卖送错地址，餐已凉。');
    fireEvent.click(screen.getByRole('button', { name: '登记投诉' }));
    const saved = await screen.findByText(/已登记投诉单 TS-/, {}, { timeout: 10_000 });
    const no = /TS-\d{8}-\d{4}/.exec(saved.textContent ?? '')![0];
    const listed = await screen.findByRole('complementary', { name: '我刚登记的' });
    expect(within(listed).getByRole('link', { name: no })).toBeTruthy();
    expect(listed.textContent).toContain('周女士');

    // The page again, its outcome gone with it: the list still says the complaint went in.
    rendered.unmount();
    render(
      <Providers platform={rendered.platform} store={rendered.store}>
        <AuthGate>
          <RegistrationForm />
        </AuthGate>
      </Providers>,
    );
    const relisted = await screen.findByRole('complementary', { name: '我刚登记的' }, { timeout: 10_000 });
    expect(within(relisted).getByRole('link', { name: no }).getAttribute('href')).toMatch(/^#\/cases\//);
    expect(screen.queryByText(/已登记投诉单/)).toBeNull();
  });
});
