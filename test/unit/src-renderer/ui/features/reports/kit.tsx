import { render, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { CaseRecord } from '../../../../../../src-renderer/domain/cases/case';
import type { Session } from '../../../../../../src-renderer/store/rpc/define';
import type { StoreHost } from '../../../../../../src-renderer/store/host';
import { Providers } from '../../../../../../src-renderer/ui/app/App';
import { AuthGate } from '../../../../../../src-renderer/ui/features/auth/AuthGate';
import { ADMIN, registerCase as registerWith, renderWithStore, type Rendered } from '../../render';

export const SUPERVISOR = { username: 'zhaozg', name: '赵主管', role: 'supervisor', department: '客服中心', password: 'Super2026ok' };

/** A session of a member of staff on the store host, as another window of theirs would hold. */
export async function sessionOf(host: StoreHost, username: string, password: string): Promise<Session> {
  const session: Session = { actor: null, token: null };
  const result = await host.dispatcher.dispatch('auth.signIn', { username, password }, session);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return session;
}

export async function dispatchAs(host: StoreHost, session: Session, name: string, args: unknown): Promise<unknown> {
  const result = await host.dispatcher.dispatch(name, args, session);
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** Registers as the agent; received a second ago, so inside this month. */
export function registerCase(send: Rendered['asAgent'], overrides: Record<string, unknown> = {}): Promise<CaseRecord> {
  return registerWith(send, { receivedAt: Date.now() - 1_000, ...overrides });
}

/** The 15th of last month, 10:00: safely inside the month before the report's. */
export function lastMonthInstant(): number {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth() - 1, 15, 10).getTime();
}

export interface ReportRender extends Rendered {
  /** Unmounts the page and renders it afresh, as opening the page again does. */
  reopen(): void;
}

/**
 * Renders `ui` on a real store with a supervisor account besides the agent;
 * `as: 'supervisor'` signs the window in as the supervisor before the page shows.
 */
export async function renderAs(
  ui: ReactElement,
  as: 'agent' | 'supervisor',
  seed?: (host: StoreHost, asAgent: Rendered['asAgent']) => Promise<void>,
): Promise<ReportRender> {
  const rendered = await renderWithStore(as === 'agent' ? ui : <span />, {
    seed: async (host, asAgent) => {
      const admin = await sessionOf(host, ADMIN.username, ADMIN.password);
      await dispatchAs(host, admin, 'users.save', { ...SUPERVISOR, active: true });
      await seed?.(host, asAgent);
    },
  });
  let current = rendered.unmount;
  const mount = () => {
    const again = render(
      <Providers platform={rendered.platform} store={rendered.store}>
        <AuthGate>{ui}</AuthGate>
      </Providers>,
    );
    current = again.unmount;
  };
  if (as === 'supervisor') {
    const { token } = await rendered.store.send('auth.signIn', { username: SUPERVISOR.username, password: SUPERVISOR.password });
    rendered.store.setSessionToken(token);
    current();
    mount();
  }
  return {
    ...rendered,
    reopen: () => {
      current();
      mount();
    },
  };
}

/** The cells of a report table's rows, as text. */
export function tableText(name: string): string[][] {
  const table = screen.getByRole('table', { name });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent ?? ''));
}

/** One row of a table, found by its first cell. */
export function rowOf(name: string, first: string): string[] {
  const row = tableText(name).find((cells) => cells[0] === first);
  if (!row) throw new Error(`no row ${first} in ${name}`);
  return row;
}
