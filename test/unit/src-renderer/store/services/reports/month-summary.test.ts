import { afterEach, describe, expect, it } from 'vitest';
import { monthRange, type MonthSummary } from '../../../../../../src-renderer/domain/cases/month';
import { ok, openTestStore, register, type TestStore } from '../../fixtures';

let store: TestStore;
afterEach(async () => store?.close());

const { start, end } = monthRange(2026, 11);

describe('reports.monthSummary', () => {
  it('counts the cases received in the month, including both edges, and nothing outside it', async () => {
    store = await openTestStore({ now: () => new Date(2026, 11, 5).getTime() });
    await register(store, { receivedAt: start - 1, severity: 'major' });
    await register(store, { receivedAt: start, severity: 'serious', channel: 'email' });
    await register(store, { receivedAt: new Date(2026, 10, 15, 12).getTime() });
    await register(store, { receivedAt: end - 1, channel: 'letter' });
    await register(store, { receivedAt: end, severity: 'major' });
    const summary = ok<MonthSummary>(await store.send('reports.monthSummary', { year: 2026, month: 11 }));
    expect(summary.total).toBe(3);
    expect(summary.bySeverity).toEqual({ general: 2, serious: 1, major: 0 });
    expect(summary.byChannel).toMatchObject({ phone: 1, email: 1, letter: 1 });
    expect(summary.byDay).toHaveLength(30);
    expect(summary.byDay[0]).toBe(1);
    expect(summary.byDay[14]).toBe(1);
    expect(summary.byDay[29]).toBe(1);
  });

  it('sees the neighbouring months separately', async () => {
    store = await openTestStore({ now: () => new Date(2026, 11, 5).getTime() });
    await register(store, { receivedAt: start - 1 });
    await register(store, { receivedAt: end });
    const total = async (month: number) =>
      ok<MonthSummary>(await store.send('reports.monthSummary', { year: 2026, month })).total;
    expect(await total(10)).toBe(1);
    expect(await total(11)).toBe(0);
    expect(await total(12)).toBe(1);
  });

  it('refuses a month outside 1–12 with its limit', async () => {
    store = await openTestStore();
    const result = await store.send('reports.monthSummary', { year: 2026, month: 13 });
    expect(!result.ok && result.error).toEqual({
      code: 'validation.failed',
      fields: [{ field: 'month', code: 'validation.invalid', params: { max: 12 } }],
    });
  });
});
