import type { ReactElement } from 'react';
import type { CaseRecord } from '../../../../../../../src-renderer/domain/cases/case';
import type { Session } from '../../../../../../../src-renderer/store/rpc/define';
import type { DeskDb } from '../../../../../../../src-renderer/store/db';
import type { StoreHost } from '../../../../../../../src-renderer/store/host';
import { Providers } from '../../../../../../../src-renderer/ui/app/App';
import { AuthGate } from '../../../../../../../src-renderer/ui/features/auth/AuthGate';
import { ADMIN, registerCase, renderWithStore, type Rendered } from '../../../render';

export const DAY = 86_400_000;
export const LEGAL = { username: 'zhengfa', name: '郑法务', role: 'legal', department: '法务部', password: 'Legal2026ok' };

/** The administrator's connection on the host, for seeding. */
async function adminSession(host: StoreHost): Promise<Session> {
  const session: Session = { actor: null, token: null };
  const result = await host.dispatcher.dispatch('auth.signIn', { username: ADMIN.username, password: ADMIN.password }, session);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return session;
}

/** Registers a case as the agent and closes it `daysAgo` days ago (written straight to the store, as time cannot pass in a test). */
export async function closedCase(host: StoreHost, send: Rendered['asAgent'], daysAgo: number, overrides: Record<string, unknown> = {}): Promise<CaseRecord> {
  const record = await registerCase(send, overrides);
  await host.db.cases.update(record.id, { status: 'closed', closedAt: Date.now() - daysAgo * DAY });
  return (await host.db.cases.get(record.id))!;
}

/**
 * Renders `ui` signed in as the administrator or as a legal officer: the agent the kit signs in first
 * hands the desk over, and the sign-in gate is mounted afresh so it knows who is signed in now.
 */
export async function renderAs(
  who: 'admin' | 'legal',
  ui: ReactElement,
  seed?: (host: StoreHost, asAgent: Rendered['asAgent']) => Promise<void>,
  { prepare }: { prepare?: (db: DeskDb) => Promise<void> } = {},
): Promise<Rendered> {
  const rendered = await renderWithStore(<div />, {
    prepare,
    seed: async (host, asAgent) => {
      const admin = await adminSession(host);
      const created = await host.dispatcher.dispatch('users.save', LEGAL, admin);
      if (!created.ok) throw new Error(JSON.stringify(created.error));
      await seed?.(host, asAgent);
    },
  });
  const account = who === 'admin' ? ADMIN : LEGAL;
  const { token } = await rendered.store.send('auth.signIn', { username: account.username, password: account.password });
  rendered.store.setSessionToken(token);
  rendered.rerender(
    <Providers platform={rendered.platform} store={rendered.store}>
      <AuthGate key={who}>{ui}</AuthGate>
    </Providers>,
  );
  return rendered;
}
