import { afterEach, describe, expect, it } from 'vitest';
import type { Overview } from '../../../../../../src-renderer/store/services/dashboard';
import { NOW, ok, openTestStore, register, type TestStore } from '../../fixtures';

let store: TestStore;
afterEach(async () => store?.close());

const HOUR = 3600_000;

describe('dashboard.overview', () => {
  it('shows zeros on an empty store', async () => {
    store = await openTestStore();
    const overview = ok<Overview>(await store.send('dashboard.overview', {}));
    expect(overview.total).toBe(0);
    expect(overview.responseOverdue).toBe(0);
    expect(Object.values(overview.bySeverity)).toEqual([0, 0, 0]);
    expect(Object.values(overview.byChannel).every((n) => n === 0)).toBe(true);
    expect(Object.keys(overview.byChannel)).toHaveLength(9);
  });

  it('works without an argument object', async () => {
    store = await openTestStore();
    expect((await store.send('dashboard.overview', undefined)).ok).toBe(true);
  });

  it('counts by severity and channel', async () => {
    store = await openTestStore();
    await register(store, { severity: 'major', channel: 'phone' });
    await register(store, { severity: 'major', channel: 'email' });
    await register(store, { severity: 'serious', channel: 'email' });
    await register(store, { severity: 'general', channel: 'walk_in' });
    const overview = ok<Overview>(await store.send('dashboard.overview', {}));
    expect(overview.total).toBe(4);
    expect(overview.bySeverity).toEqual({ general: 1, serious: 1, major: 2 });
    expect(overview.byChannel).toMatchObject({ phone: 1, email: 2, walk_in: 1, letter: 0, other: 0 });
  });

  it('counts the cases whose response deadline has passed by the host clock', async () => {
    let now = NOW;
    store = await openTestStore({ now: () => now });
    // Due at NOW+1h (major, received now-1h), NOW+11h (serious), NOW+23h (general).
    await register(store, { severity: 'major', receivedAt: NOW - HOUR });
    await register(store, { severity: 'serious', receivedAt: NOW - HOUR });
    await register(store, { severity: 'general', receivedAt: NOW - HOUR });
    const overdueAt = async (instant: number) => {
      now = instant;
      return ok<Overview>(await store.send('dashboard.overview', {})).responseOverdue;
    };
    expect(await overdueAt(NOW)).toBe(0);
    expect(await overdueAt(NOW + HOUR)).toBe(0);
    expect(await overdueAt(NOW + HOUR + 1)).toBe(1);
    expect(await overdueAt(NOW + 12 * HOUR)).toBe(2);
    expect(await overdueAt(NOW + 48 * HOUR)).toBe(3);
  });
});
