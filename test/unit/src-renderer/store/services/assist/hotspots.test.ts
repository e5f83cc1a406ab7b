import { afterEach, describe, expect, it } from 'vitest';
import { hotspotFilter, type HotspotsAnswer } from '../../../../../../src-renderer/domain/assist/hotspots';
import { DEFAULT_SETTINGS } from '../../../../../../src-renderer/domain/settings/settings';
import { casesReceivedBetween, hotspotRecordsRead } from '../../../../../../src-renderer/store/assist/hotspots';
import { caseIndexFor } from '../../../../../../src-renderer/store/search/case-index';
import type { CaseRecord } from '../../../../../../src-renderer/domain/cases/case';
import { DAY, HOUR, NOW, ok, openTestStore, refusal, type TestStore } from '../../fixtures';
import { placedCases, quietDays, waimaiTexts, type Placement } from './hotspot-cases';

let store: TestStore;
afterEach(() => store?.close());

const QUIET = waimaiTexts('送餐', true);
const COURIER = waimaiTexts('送餐员');

async function seed(placements: readonly Placement[]): Promise<CaseRecord[]> {
  const records = placedCases(store.now(), placements);
  await store.db.cases.bulkAdd(records);
  caseIndexFor(store.db).markChanged(records.map((r) => r.id));
  return records;
}

const hotspots = async (who: 'agent' | 'director' | 'admin' = 'director') => ok<HotspotsAnswer>(await store.send('assist.hotspots', {}, who));

/** Five ordinary take-away complaints a day for the whole window (28 + 3 days), graded to a spread of categories. */
function quietMonth(): Placement[] {
  const categories = ['logistics', 'service_attitude', 'product_quality', 'billing', 'after_sales'] as const;
  return quietDays(31, 5, QUIET).map((place, n) => ({ ...place, category: categories[n % categories.length] }));
}

describe('assist.hotspots', () => {
  it('finds nothing in a quiet month of real complaints', async () => {
    store = await openTestStore();
    await seed(quietMonth());
    const answer = await hotspots('agent');
    expect(answer.cases).toEqual({ recent: 15, baseline: 140 });
    expect(answer.hotspots).toEqual([]);
    expect(answer.window.recentFrom).toBe(new Date(2026, 10, 21).getTime());
    expect(answer.settings).toEqual(DEFAULT_SETTINGS.assist.hotspots);
  });

  it('flags many recent complaints about the courier (送餐员) and a rise of product quality, with their cases', async () => {
    store = await openTestStore();
    await seed(quietMonth());
    const burst = await seed(COURIER.slice(0, 18).map((description, n) => ({ daysAgo: n % 3, description, category: null })));
    const quality = await seed(QUIET.slice(500, 520).map((description, n) => ({ daysAgo: n % 2, description, category: 'product_quality' })));
    const answer = await hotspots();

    const courier = answer.hotspots.find((h) => h.kind === 'keyword' && h.key.includes('送餐员'));
    expect(courier, JSON.stringify(answer.hotspots.map((h) => h.key))).toBeDefined();
    expect(courier!.recent).toBe(18);
    expect(courier!.baselineDaily).toBe(0);
    expect(new Set(courier!.caseIds)).toEqual(new Set(burst.map((r) => r.id)));
    expect(courier!.firstSeenAt).toBe(Math.min(...burst.map((r) => r.receivedAt)));

    const category = answer.hotspots.find((h) => h.kind === 'category');
    expect(category).toMatchObject({ key: 'product_quality', recent: 23, baselineDaily: 1 });
    expect(category!.ratio).toBeGreaterThan(2.5);
    expect(category!.caseIds).toHaveLength(20);
    expect(quality.map((r) => r.id)).toContain(category!.caseIds[0]);

    // The link of each opens the tracking table on at least the cases it counts.
    for (const hot of [courier!, category!]) {
      const filter = hotspotFilter(hot, answer.window);
      const listed = ok<{ total: number }>(await store.send('tracking.rows', { query: { filter }, start: 0, count: 1 }, 'director'));
      if (hot.kind === 'category') expect(listed.total).toBe(hot.recent);
      else expect(listed.total).toBeGreaterThanOrEqual(hot.recent);
    }
  });

  it('follows the settings: a longer recent window or a larger minimum count changes the answer', async () => {
    store = await openTestStore();
    await seed(quietMonth());
    // Eight courier complaints four to six days ago: part of the baseline for a recent window of 3 days.
    await seed(COURIER.slice(0, 8).map((description, n) => ({ daysAgo: 4 + (n % 3), description })));
    expect((await hotspots()).hotspots.map((h) => h.key)).not.toContain('送餐员');

    const assist = DEFAULT_SETTINGS.assist;
    const update = (hotspotSettings: Partial<typeof assist.hotspots>) =>
      store.send('settings.update', { key: 'assist', value: { ...assist, hotspots: { ...assist.hotspots, ...hotspotSettings } } }, 'admin');
    ok(await update({ recentDays: 7 }));
    const week = await hotspots();
    expect(week.window.recentFrom).toBe(new Date(2026, 10, 17).getTime());
    expect(week.hotspots.find((h) => h.key === '送餐员')?.recent).toBe(8);

    ok(await update({ recentDays: 7, minCount: 9 }));
    expect((await hotspots()).hotspots.map((h) => h.key)).not.toContain('送餐员');
  });

  it('answers from what the store holds now: a new registration counts at once', async () => {
    store = await openTestStore();
    await seed(quietMonth());
    await seed(COURIER.slice(0, 6).map((description, n) => ({ daysAgo: n % 3, description })));
    expect((await hotspots()).hotspots.find((h) => h.key === '送餐员')?.recent).toBe(6);
    await store.run('cases.register', {
      receivedAt: NOW - HOUR,
      channel: 'phone',
      customerName: '张三',
      phone: '13812345678',
      description: COURIER[40],
      severity: 'general',
    });
    expect((await hotspots()).hotspots.find((h) => h.key === '送餐员')?.recent).toBe(7);
  });

  it('reads a case again once its description was corrected: a complaint put right stops counting as it was', async () => {
    store = await openTestStore();
    await seed(quietMonth());
    await seed(COURIER.slice(0, 6).map((description, n) => ({ daysAgo: n % 3, description })));
    const wrong = await store.run('cases.register', { receivedAt: NOW - HOUR, channel: 'phone', customerName: '张三', phone: '13812345678', description: COURIER[40], severity: 'general' });
    expect((await hotspots()).hotspots.find((h) => h.key === '送餐员')?.recent).toBe(7);
    ok(await store.send('cases.correct', { caseId: wrong.id, reason: '登记时贴错了投诉内容', description: QUIET[9] }));
    expect((await hotspots()).hotspots.find((h) => h.key === '送餐员')?.recent).toBe(6);
  });

  it('reads only the cases received in the window, and after that only new ones', async () => {
    store = await openTestStore();
    await seed(quietMonth());
    // A burst two months ago is outside both windows: never read.
    await seed(COURIER.slice(0, 30).map((description) => ({ daysAgo: 60, description })));
    await hotspots();
    expect(hotspotRecordsRead(store.db)).toBe(155);
    await store.run('cases.register', { receivedAt: NOW - HOUR, channel: 'phone', customerName: '张三', phone: '13812345678', description: QUIET[9], severity: 'general' });
    expect((await hotspots()).cases).toEqual({ recent: 16, baseline: 140 });
    expect(hotspotRecordsRead(store.db)).toBe(156);
    // A wider window reads only the cases it adds (the old burst).
    const assist = DEFAULT_SETTINGS.assist;
    ok(await store.send('settings.update', { key: 'assist', value: { ...assist, hotspots: { ...assist.hotspots, baselineDays: 90 } } }, 'admin'));
    expect((await hotspots()).cases).toEqual({ recent: 16, baseline: 170 });
    expect(hotspotRecordsRead(store.db)).toBe(156 + 30);
  });

  it('reads a large window it does not know as one range', async () => {
    store = await openTestStore();
    await seed(quietDays(31, 20, QUIET));
    expect((await hotspots()).cases).toEqual({ recent: 60, baseline: 560 });
    expect(hotspotRecordsRead(store.db)).toBe(620);
  });

  it('reads a range by the receipt index in keyset chunks: every case once, in order, across equal instants', async () => {
    store = await openTestStore();
    const records = await seed(quietMonth());
    const read = await casesReceivedBetween(store.db, 0, NOW + DAY, 7);
    expect(read).toHaveLength(records.length);
    expect(new Set(read.map((c) => c.id)).size).toBe(records.length);
    const order = (a: { receivedAt: number; id: string }, b: { receivedAt: number; id: string }) => a.receivedAt - b.receivedAt || (a.id < b.id ? -1 : 1);
    expect(read.map((c) => c.id)).toEqual([...records].sort(order).map((c) => c.id));
    const window = (await hotspots()).window;
    const recent = await casesReceivedBetween(store.db, window.recentFrom, NOW, 4);
    expect(recent).toHaveLength(15);
  });

  it('is for signed-in users only', async () => {
    store = await openTestStore();
    expect(refusal(await store.send('assist.hotspots', {}, null)).code).toBe('auth.signInRequired');
    expect((await hotspots('agent')).hotspots).toEqual([]);
  });
});
