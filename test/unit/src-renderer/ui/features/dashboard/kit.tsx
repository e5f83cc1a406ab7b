import { screen, waitFor } from '@testing-library/react';
import { expect } from 'vitest';
import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import type { StoreHost } from '../../../../../../src-renderer/store/host';
import { DashboardPage } from '../../../../../../src-renderer/ui/features/dashboard/DashboardPage';
import { TrackingPage } from '../../../../../../src-renderer/ui/features/tracking/TrackingPage';
import { ADMIN } from '../../render';

/** The dashboard and the tracking table under the app's hash router, as the shell routes them. */
export function Desk() {
  return (
    <Router hook={useHashLocation}>
      <Switch>
        <Route path="/dashboard" component={DashboardPage} />
        <Route path="/tracking/:view?">{(params) => <TrackingPage view={params.view} />}</Route>
      </Switch>
    </Router>
  );
}

const TEXTS = ['快递三天没到，客服不回复。', '收到的商品有划痕，要求换货。', '退款迟迟未到账。', '门店店员态度恶劣。', '发票开错了抬头。'];

/** Realistic cases in every stage over the last three years, as the administrator's demo tool makes them. */
export async function seedDemo(host: StoreHost, count: number): Promise<void> {
  const signedIn = await host.dispatcher.dispatch('auth.signIn', { username: ADMIN.username, password: ADMIN.password }, { actor: null, token: null });
  if (!signedIn.ok) throw new Error(JSON.stringify(signedIn.error));
  const session = signedIn.value as { actor: never; token: string };
  const seeded = await host.dispatcher.dispatch('demo.seed', { count, startIndex: 0, seed: 11, texts: TEXTS }, session);
  if (!seeded.ok) throw new Error(JSON.stringify(seeded.error));
}


/** A headline figure as shown, found by its caption. */
export const kpi = (label: string) => screen.getByRole('group', { name: label }).querySelector('[data-testid="kpi-value"]')?.textContent;

/** A drill button's count (what it says it opens), by the start of its name. */
export function drillCount(button: HTMLElement): number {
  return Number(button.getAttribute('data-count'));
}

/** Clicks a drill and waits for the tracking table's count; returns it. */
export async function followDrill(button: HTMLElement, zh = true): Promise<number> {
  button.click();
  await waitFor(() => expect(window.location.hash).toBe('#/tracking'));
  const text = await waitFor(() => {
    const shown = screen.getByTestId('case-count').textContent ?? '';
    expect(shown).toMatch(zh ? /^共 [\d,]+ 宗投诉$/ : /^[\d,]+ complaints?$/);
    return shown;
  });
  return Number(text.replace(/\D/g, ''));
}

/** Back to the dashboard, as the navigation link does. */
export async function backToDashboard(title = '投诉看板'): Promise<void> {
  window.location.hash = '#/dashboard';
  await screen.findByRole('heading', { name: title, level: 2 });
}
