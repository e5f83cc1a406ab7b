import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { TrackingPage } from '../../../../../../src-renderer/ui/features/tracking/TrackingPage';
import { renderWithStore, type Rendered } from '../../render';
import { caseRows, cellOf, count, HOUR, registerCase, setUpTrackingTests } from './helpers';

setUpTrackingTests();

/** The tracking routes as the app shell declares them: `/tracking` and `/tracking/<view>`. */
function Routed() {
  return (
    <Router hook={useHashLocation}>
      <Switch>
        <Route path="/tracking/:view?">{(params) => <TrackingPage view={params.view} />}</Route>
      </Switch>
    </Router>
  );
}

/** 王五 (重大, received 3 h ago: overdue) and 李四 (一般, received 1 h ago: neither). */
async function seed(_host: unknown, asAgent: Rendered['asAgent']): Promise<void> {
  await registerCase(asAgent, { customerName: '王五', receivedAt: Date.now() - 3 * HOUR, severity: 'major', description: '燃气灶漏气。' });
  await registerCase(asAgent, { customerName: '李四', receivedAt: Date.now() - HOUR, severity: 'general', description: '客服态度差。' });
}

const names = () => caseRows().map((row) => cellOf(row, '客户').textContent?.split(' ')[0]);
const view = (name: string) => within(screen.getByRole('group', { name: '视图' })).getByRole('button', { name });

describe('tracking routes', { timeout: 60_000 }, () => {
  it('/tracking/overdue opens the 已超时 view (where an alert summary leads), then the address is /tracking again', async () => {
    window.location.hash = '#/tracking/overdue';
    await renderWithStore(<Routed />, { seed });
    await waitFor(() => expect(count()).toBe('共 1 宗投诉'));
    await waitFor(() => expect(names()).toEqual(['王五']));
    expect(view('已超时').getAttribute('aria-pressed')).toBe('true');
    await waitFor(() => expect(window.location.hash).toBe('#/tracking'));
    // The view stays: it is the page's own state now.
    expect(view('已超时').getAttribute('aria-pressed')).toBe('true');
  });

  it('a route naming another view while the page is open switches to it; an unknown name changes nothing', async () => {
    window.location.hash = '#/tracking';
    await renderWithStore(<Routed />, { seed });
    await waitFor(() => expect(count()).toBe('共 2 宗投诉'));
    expect(view('全部').getAttribute('aria-pressed')).toBe('true');

    act(() => {
      window.location.hash = '#/tracking/overdue';
    });
    await waitFor(() => expect(view('已超时').getAttribute('aria-pressed')).toBe('true'));
    await waitFor(() => expect(count()).toBe('共 1 宗投诉'));
    await waitFor(() => expect(window.location.hash).toBe('#/tracking'));

    act(() => {
      window.location.hash = '#/tracking/nonsense';
    });
    await waitFor(() => expect(window.location.hash).toBe('#/tracking'));
    expect(view('已超时').getAttribute('aria-pressed')).toBe('true');
  });
});
