import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../../src-renderer/domain/cases/case';
import { DEFAULT_SETTINGS } from '../../../../../../src-renderer/domain/settings/settings';
import type { Session } from '../../../../../../src-renderer/store/rpc/define';
import { Acknowledgement } from '../../../../../../src-renderer/ui/features/intake/Acknowledgement';
import { ADMIN, registerCase, renderWithStore, teardown } from '../../render';

afterEach(teardown);

/** The receipt of a case registered by an agent who works in English; `formsLanguage` as Settings → 打印 says. */
async function receipt(formsLanguage?: 'zh-CN' | 'ui') {
  let record: CaseRecord | undefined;
  await renderWithStore(<Lazy record={() => record!} />, {
    language: 'en',
    seed: async (host, asAgent) => {
      record = await registerCase(asAgent, { customerName: '陈晨' });
      if (formsLanguage) {
        const admin: Session = { actor: null, token: null };
        await host.dispatcher.dispatch('auth.signIn', { username: ADMIN.username, password: ADMIN.password }, admin);
        const saved = await host.dispatcher.dispatch('settings.update', { key: 'print', value: { ...DEFAULT_SETTINGS.print, formsLanguage } }, admin);
        if (!saved.ok) throw new Error(JSON.stringify(saved.error));
      }
    },
  });
  return screen.getByTestId('acknowledgement');
}

function Lazy({ record }: { record: () => CaseRecord }) {
  return <Acknowledgement record={record()} centreName="客户服务中心" />;
}

describe('the receipt for the customer (客户回执)', () => {
  it('is in Chinese, as the printed receipt, for an agent who works in English', async () => {
    const text = await receipt();
    await waitFor(() => expect(text.textContent).toMatch(/^尊敬的陈晨：已收到您的反馈/));
    expect(text.getAttribute('lang')).toBe('zh-CN');
    // The agent's own words around it stay English.
    expect(screen.getByRole('button', { name: 'Copy acknowledgement' })).toBeTruthy();
  });

  it('is in the agent’s language when Settings → 打印 says each user’s own', async () => {
    const text = await receipt('ui');
    // Settings read (the receipt waits for nothing else): English is then the setting's doing, not the UI's default.
    await waitFor(() => expect(text.getAttribute('lang')).toBe('en'));
    expect(text.textContent).toMatch(/^Dear 陈晨/);
  });
});
