import { describe, expect, it } from 'vitest';
import type { HotspotSettings } from '../../../../../src-renderer/domain/assist/hotspots';
import { digestCase, findHotspotsIn } from '../../../../../src-renderer/domain/assist/hotspots-find';
import { detectionDays, detectionWindow, monthHotspots, type NumberedCase } from '../../../../../src-renderer/domain/reports/hotspots';
import { daysWithRises } from '../../../../../src-renderer/domain/reports/hotspots-scan';
import { DEFAULT_SETTINGS } from '../../../../../src-renderer/domain/settings/settings';
import { placedCases, quietDays, waimaiTexts, type Placement } from '../../store/services/assist/hotspot-cases';

const SETTINGS = DEFAULT_SETTINGS.assist.hotspots;
const NOVEMBER = { year: 2026, month: 11 };
/** 2 December 2026, 10:00: November has ended. */
const NOW = new Date(2026, 11, 2, 10).getTime();
const day = (d: number) => new Date(2026, 10, d).getTime();
const before = (d: number) => Math.round((new Date(2026, 11, 2).getTime() - day(d)) / 86_400_000);

const QUIET = waimaiTexts('送餐', true);
const COURIER = waimaiTexts('送餐员');

function quietWeeks(): Placement[] {
  const categories = ['logistics', 'service_attitude', 'product_quality', 'billing', 'after_sales'] as const;
  const spread = Array.from({ length: QUIET.length }, (_, n) => QUIET[(n * 7919) % QUIET.length]!);
  return quietDays(64, 5, spread)
    .filter((place) => place.daysAgo > 0)
    .map((place, n) => ({ ...place, category: categories[n % categories.length] }));
}

const burst = (texts: readonly string[], days: readonly number[], extra: Partial<Placement> = {}, phones = 0): Placement[] =>
  texts.map((description, n) => ({ daysAgo: before(days[n % days.length]!), description, category: null, phone: `1370000${String(phones + n).padStart(4, '0')}`, ...extra }));

function digested(placements: readonly Placement[]): NumberedCase[] {
  return placedCases(NOW, placements).map((record) => ({ id: record.id, no: record.no, receivedAt: record.receivedAt, category: record.category, ...digestCase(record) }));
}

/** The month's hot-spots the plain way: the detector on every day, consecutive days joined. */
function everyDay(cases: readonly NumberedCase[], settings: HotspotSettings): string[] {
  const runs: string[] = [];
  const open = new Map<string, { first: number; last: number; index: number }>();
  const close = (id: string) => {
    const run = open.get(id)!;
    runs.push(`${id} ${new Date(run.first).getDate()}–${new Date(run.last).getDate()}`);
    open.delete(id);
  };
  detectionDays(NOVEMBER, NOW).forEach(({ day: start, asOf }, index) => {
    for (const hotspot of findHotspotsIn(cases, settings, asOf).hotspots) {
      const id = `${hotspot.kind}:${hotspot.key}`;
      const run = open.get(id);
      if (run && run.index === index - 1) Object.assign(run, { last: start, index });
      else {
        if (run) close(id);
        open.set(id, { first: start, last: start, index });
      }
    }
  });
  for (const id of [...open.keys()]) close(id);
  return runs.sort();
}

const asRuns = (cases: readonly NumberedCase[], settings: HotspotSettings) =>
  monthHotspots(cases, settings, NOVEMBER, NOW)
    .map((line) => `${line.kind}:${line.key} ${new Date(line.firstDay).getDate()}–${new Date(line.lastDay).getDate()}`)
    .sort();

describe('the days a month’s hot-spots are looked for on', () => {
  it('are the month’s days, each judged at its end; the month under way up to now; none for a month to come', () => {
    const days = detectionDays(NOVEMBER, NOW);
    expect(days).toHaveLength(30);
    expect(days[0]).toEqual({ day: day(1), asOf: day(2) - 1 });
    const underWay = detectionDays(NOVEMBER, new Date(2026, 10, 3, 9).getTime());
    expect(underWay.map((d) => d.asOf)).toEqual([day(2) - 1, day(3) - 1, new Date(2026, 10, 3, 9).getTime()]);
    expect(detectionDays({ year: 2027, month: 1 }, NOW)).toEqual([]);
    // From the baseline of 1 November (28 days before its recent window of 30 October to 1 November) to the month's end.
    expect(detectionWindow(NOVEMBER, SETTINGS, NOW)).toEqual({ from: new Date(2026, 9, 2).getTime(), to: day(31) - 1 });
  });
});

describe('a month’s hot-spots', () => {
  const cases = digested([
    ...quietWeeks(),
    // The courier, 10 to 12 November, and again on 24 and 25 November.
    ...burst(COURIER.slice(0, 18), [10, 11, 12]),
    ...burst(COURIER.slice(18, 30), [24, 25], {}, 100),
    // A power bank that swells, 18 and 19 November.
    ...burst(QUIET.slice(3000, 3009), [18, 19], { product: 'ZDH-A15 充电宝' }, 200),
  ]);

  it('tells a hot-spot of consecutive days once, and again when it comes back after a gap', () => {
    const lines = monthHotspots(cases, SETTINGS, NOVEMBER, NOW);
    const courier = lines.filter((line) => line.kind === 'keyword' && line.key.includes('送餐员'));
    expect(courier.length, JSON.stringify(lines.map((l) => [l.key, l.firstDay, l.lastDay]))).toBe(2);
    const [first, again] = courier;
    expect(first!.firstDay).toBeLessThan(day(13));
    expect(again!.firstDay).toBeGreaterThanOrEqual(day(24));
    expect(first!.lastDay).toBeLessThan(again!.firstDay - 86_400_000);
    const product = lines.find((line) => line.kind === 'product');
    expect(product).toMatchObject({ key: 'zdh-a15 充电宝', label: 'ZDH-A15 充电宝', caseCount: 9 });
    expect(lines.map((line) => line.firstDay)).toEqual([...lines.map((line) => line.firstDay)].sort((a, b) => a - b));
  });

  it('finds exactly what running the detector on every day finds, with other settings too', () => {
    for (const settings of [SETTINGS, { ...SETTINGS, minCount: 3, minRatio: 1.5 }, { ...SETTINGS, recentDays: 7, baselineDays: 21 }]) {
      expect(asRuns(cases, settings), JSON.stringify(settings)).toEqual(everyDay(cases, settings));
    }
  });

  it('skips only days the detector finds nothing on', () => {
    const settings = { ...SETTINGS, minCount: 3, minRatio: 1.5 };
    const days = detectionDays(NOVEMBER, NOW);
    const rising = daysWithRises(cases, settings, days.map(({ asOf }) => asOf));
    days.forEach(({ asOf }, n) => {
      if (!rising[n]) expect(findHotspotsIn(cases, settings, asOf).hotspots, new Date(asOf).toString()).toEqual([]);
    });
    expect(rising.filter((rises) => !rises).length).toBeGreaterThan(0);
    // The month under way: its last day judged at now.
    const underWay = detectionDays(NOVEMBER, new Date(2026, 10, 12, 9).getTime());
    const partly = daysWithRises(cases, settings, underWay.map(({ asOf }) => asOf));
    underWay.forEach(({ asOf }, n) => {
      if (!partly[n]) expect(findHotspotsIn(cases, settings, asOf).hotspots).toEqual([]);
    });
  });
});
