import { render } from '@testing-library/react';
import { vi } from 'vitest';
import type { Session } from '../../../../../../src-renderer/store/rpc/define';
import { Providers } from '../../../../../../src-renderer/ui/app/App';
import { AuthGate } from '../../../../../../src-renderer/ui/features/auth/AuthGate';
import { ImportPage } from '../../../../../../src-renderer/ui/features/imports/ImportPage';
import { ADMIN, renderWithStore, type Rendered } from '../../render';

export const SUPERVISOR = { username: 'chenlao', name: '主管老陈', role: 'supervisor', department: '客服中心', password: 'Super2026ok' };

/** The UI signed in as a supervisor (imports are theirs), the file dialog answering with `csv`. */
export async function asSupervisor(csv: string, before?: (rendered: Rendered) => Promise<unknown>): Promise<Rendered> {
  const rendered = await renderWithStore(<span />);
  const admin: Session = { actor: null, token: null };
  await rendered.host.dispatcher.dispatch('auth.signIn', { username: ADMIN.username, password: ADMIN.password }, admin);
  const saved = await rendered.host.dispatcher.dispatch('users.save', SUPERVISOR, admin);
  if (!saved.ok) throw new Error(JSON.stringify(saved.error));
  const { token } = await rendered.store.send('auth.signIn', { username: SUPERVISOR.username, password: SUPERVISOR.password });
  rendered.store.setSessionToken(token);
  await before?.(rendered);
  rendered.unmount();
  render(
    <Providers platform={rendered.platform} store={rendered.store}>
      <AuthGate>
        <ImportPage />
      </AuthGate>
    </Providers>,
  );
  rendered.platform.openFile = vi.fn(async () => ({ status: 'opened' as const, name: '2025台账.csv', data: new TextEncoder().encode(csv) }));
  rendered.platform.saveFile = vi.fn(async () => ({ status: 'saved' as const }));
  return rendered;
}
