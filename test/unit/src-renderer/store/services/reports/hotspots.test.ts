import { afterEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../../src-renderer/domain/cases/case';
import type { MonthlyReport } from '../../../../../../src-renderer/domain/reports/monthly';
import { caseIndexFor } from '../../../../../../src-renderer/store/search/case-index';
import { monthHotspotStats } from '../../../../../../src-renderer/store/services/reports/hotspots';
import { ok, openTestStore, register, type TestStore } from '../../fixtures';
import { placedCases, quietDays, waimaiTexts, type Placement } from '../assist/hotspot-cases';

let store: TestStore;
afterEach(() => store?.close());

const QUIET = waimaiTexts('送餐', true);
const COURIER = waimaiTexts('送餐员');
const NOVEMBER = { year: 2026, month: 11 };
/** 2 December 2026, 10:00: November has ended. */
const DECEMBER_2 = new Date(2026, 11, 2, 10).getTime();
const day = (d: number) => new Date(2026, 10, d).getTime();
/** Days before 2 December of a November day. */
const before = (d: number) => Math.round((new Date(2026, 11, 2).getTime() - day(d)) / 86_400_000);

async function seed(placements: readonly Placement[]): Promise<CaseRecord[]> {
  const records = placedCases(store.now(), placements);
  await store.db.cases.bulkAdd(records);
  caseIndexFor(store.db).markChanged(records.map((r) => r.id));
  return records;
}

/**
 * Five ordinary take-away complaints a day from early October to yesterday, graded to a spread of
 * categories. Texts are drawn across the whole list (it runs from praise to complaints), so no
 * word becomes more common as the weeks pass.
 */
function quietWeeks(): Placement[] {
  const categories = ['logistics', 'service_attitude', 'product_quality', 'billing', 'after_sales'] as const;
  const spread = Array.from({ length: QUIET.length }, (_, n) => QUIET[(n * 7919) % QUIET.length]!);
  return quietDays(64, 5, spread)
    .filter((place) => place.daysAgo > 0)
    .map((place, n) => ({ ...place, category: categories[n % categories.length] }));
}

/** Eighteen complaints about the courier from 10 to 12 November, not graded yet, each from a customer of their own. */
const courierBurst = (): Placement[] =>
  COURIER.slice(0, 18).map((description, n) => ({ daysAgo: before(10 + (n % 3)), description, category: null, phone: `1390000${String(n).padStart(4, '0')}` }));

const report = async (live?: boolean) => ok<MonthlyReport>(await store.send('reports.monthly', live ? { ...NOVEMBER, live } : NOVEMBER, 'director'));

describe('批量投诉苗头 in the month report', () => {
  it('lists a burst of complaints found on consecutive days once, with its first and last day and every case', async () => {
    store = await openTestStore();
    store.clock.now = DECEMBER_2;
    await seed(quietWeeks());
    const burst = await seed(courierBurst());

    const result = await report();
    const courier = result.hotspots.filter((line) => line.kind === 'keyword' && line.key.includes('送餐员'));
    expect(courier, JSON.stringify(result.hotspots.map((h) => [h.key, h.firstDay, h.lastDay]))).toHaveLength(1);
    const line = courier[0]!;
    // Found from the evening of the 10th at the earliest, as long as the burst was in the last three days.
    expect(line.firstDay).toBeGreaterThanOrEqual(day(10));
    expect(line.firstDay).toBeLessThanOrEqual(day(12));
    expect(line.lastDay).toBeGreaterThanOrEqual(day(12));
    expect(line.lastDay).toBeLessThanOrEqual(day(14));
    expect(line.days).toBe(Math.round((line.lastDay - line.firstDay) / 86_400_000) + 1);
    expect(line.caseCount).toBe(18);
    expect(new Set(line.cases.map((c) => c.no))).toEqual(new Set(burst.map((r) => r.no)));
    // Oldest first.
    const received = line.cases.map((c) => burst.find((r) => r.id === c.id)!.receivedAt);
    expect(received).toEqual([...received].sort((a, b) => a - b));
    // Any other line is a word of the same burst (辛苦, as in 送餐员辛苦了), in those days; nothing of the quiet weeks alone.
    const burstIds = new Set(burst.map((r) => r.id));
    for (const other of result.hotspots) {
      expect(other.cases.some((c) => burstIds.has(c.id)), other.key).toBe(true);
      expect(other.firstDay, other.key).toBeGreaterThanOrEqual(day(10));
    }
  });

  it('finds nothing in a quiet month', async () => {
    store = await openTestStore();
    store.clock.now = DECEMBER_2;
    await seed(quietWeeks());
    expect((await report()).hotspots).toEqual([]);
  });

  it('reads the month’s cases once, after a change only the changed case, and looks again only when what it reads of them changed', async () => {
    store = await openTestStore();
    store.clock.now = DECEMBER_2;
    const quiet = await seed(quietWeeks());
    await report();
    const first = monthHotspotStats(store.db);
    expect(first.read).toBeGreaterThan(200);
    expect(first.computed).toBe(1);
    await report();
    expect(monthHotspotStats(store.db)).toEqual(first);
    // Work on today's complaints leaves November's answer alone.
    await register(store);
    await report();
    expect(monthHotspotStats(store.db)).toEqual(first);
    // A November case changed, not in what the detector reads of it (its status): read again, not looked at again.
    const changed = quiet.find((r) => r.receivedAt >= day(5) && r.receivedAt < day(30))!;
    await store.db.cases.update(changed.id, { status: 'verifying' });
    caseIndexFor(store.db).markChanged([changed.id]);
    await report();
    expect(monthHotspotStats(store.db)).toEqual({ read: first.read + 1, computed: 1 });
    // Its description corrected: looked at again.
    await store.db.cases.update(changed.id, { description: QUIET[4000]! });
    caseIndexFor(store.db).markChanged([changed.id]);
    await report();
    expect(monthHotspotStats(store.db)).toEqual({ read: first.read + 2, computed: 2 });
  });

  it('keeps the hot-spots of the finalised edition', async () => {
    store = await openTestStore();
    store.clock.now = DECEMBER_2;
    await seed(quietWeeks());
    const burst = await seed(courierBurst());
    const found = (await report()).hotspots;
    expect(found.length).toBeGreaterThan(0);
    ok(await store.send('reports.finalise', NOVEMBER, 'director'));
    // The burst's cases are corrected away afterwards: the live report no longer finds it, the edition keeps it.
    for (const [n, record] of burst.entries()) await store.db.cases.update(record.id, { description: QUIET[n + 2000]! });
    caseIndexFor(store.db).markChanged(burst.map((r) => r.id));
    expect((await report()).hotspots).toEqual(found);
    expect((await report(true)).hotspots).toEqual([]);
  });
});
