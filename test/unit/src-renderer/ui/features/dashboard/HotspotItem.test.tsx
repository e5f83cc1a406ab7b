import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Hotspot, HotspotsAnswer } from '../../../../../../src-renderer/domain/assist/hotspots';
import { HotspotItem } from '../../../../../../src-renderer/ui/features/dashboard/HotspotItem';
import { renderWithStore, teardown } from '../../render';

afterEach(teardown);

const DAY = 86_400_000;
const now = Date.now();
const answer: HotspotsAnswer = {
  generatedAt: now,
  window: { recentFrom: now - 2.5 * DAY, recentTo: now, baselineFrom: now - 30.5 * DAY },
  settings: { recentDays: 3, baselineDays: 28, minCount: 5, minRatio: 2.5 },
  cases: { recent: 40, baseline: 300 },
  hotspots: [],
};

describe('one hot-spot on the dashboard', { timeout: 30_000 }, () => {
  it('shows the expected count its ratio is of, beside the daily rate before, so the ratio can be checked', async () => {
    // 8 cases against 0.6 a day: not 1.8 expected (0.6 × 3) but 0.76, with today half over and part of the recent cases ungraded.
    const hotspot: Hotspot = { kind: 'category', key: 'product_quality', recent: 8, baselineDaily: 0.6, expected: 0.76, ratio: 8 / 0.76, score: 6, caseIds: [], firstSeenAt: now - DAY, customers: 8 };
    await renderWithStore(<HotspotItem hotspot={hotspot} answer={answer} />);
    const item = await screen.findByTestId('hotspot');
    expect(item.textContent).toContain('近 3 天 8 宗 · 预期约 0.76 宗');
    expect(item.textContent).toContain(' · 此前日均 0.6 宗');
    expect(item.textContent).toContain('10.5 倍');
    expect(item.textContent).not.toContain('位客户');
  });

  it('says how many customers the cases came from when some complained more than once', async () => {
    const hotspot: Hotspot = { kind: 'product', key: 'x1', label: 'X1 充电宝', recent: 8, baselineDaily: 0.2, expected: 0.6, ratio: 13, score: 6, caseIds: [], firstSeenAt: now - DAY, customers: 6 };
    await renderWithStore(<HotspotItem hotspot={hotspot} answer={answer} />);
    expect((await screen.findByTestId('hotspot')).textContent).toContain('近 3 天 8 宗 · 来自 6 位客户 · 预期约 0.6 宗');
  });

  it('says what the expected count was adjusted for: the part of today to come, the recent cases not graded yet', async () => {
    // Noon of the third day: 2.5 days gone by; 1 a day before; half the recent cases graded → 1.3 expected, not 3.
    const noon = new Date(2026, 10, 23, 12, 0).getTime();
    const atNoon: HotspotsAnswer = { ...answer, generatedAt: noon, window: { recentFrom: new Date(2026, 10, 21).getTime(), recentTo: noon, baselineFrom: new Date(2026, 9, 24).getTime() } };
    const hotspot: Hotspot = { kind: 'category', key: 'product_quality', recent: 10, baselineDaily: 1, expected: 1.27, expectedScale: 0.51, ratio: 7.9, score: 6, caseIds: [], firstSeenAt: noon - DAY, customers: 10 };
    await renderWithStore(<HotspotItem hotspot={hotspot} answer={atNoon} />);
    expect((await screen.findByTestId('hotspot')).textContent).toContain(
      '近 3 天 10 宗 · 预期约 1.3 宗（按已过的 2.5 天计；近期投诉定级进度 51%，已按此折算） · 此前日均 1.0 宗',
    );
    await teardown();
    await renderWithStore(<HotspotItem hotspot={hotspot} answer={atNoon} />, { language: 'en' });
    expect((await screen.findByTestId('hotspot')).textContent).toContain(
      'about 1.3 expected (over the 2.5 days gone by; scaled to the 51% of recent complaints graded so far) · 1.0 a day before',
    );
  });

  it('says when a keyword’s expected count rose with all complaints, and nothing of the kind at the end of a day', async () => {
    // The last minute of the third day: the recent window has (almost) all gone by.
    const midnight = new Date(2026, 10, 23, 23, 59, 30).getTime();
    const atEnd: HotspotsAnswer = { ...answer, generatedAt: midnight, window: { recentFrom: new Date(2026, 10, 21).getTime(), recentTo: midnight, baselineFrom: new Date(2026, 9, 24).getTime() } };
    const busier: Hotspot = { kind: 'keyword', key: '鼓包', recent: 9, baselineDaily: 0.5, expected: 2.1, expectedScale: 1.4, ratio: 4.3, score: 6, caseIds: [], firstSeenAt: midnight - DAY, customers: 9 };
    await renderWithStore(<HotspotItem hotspot={busier} answer={atEnd} />);
    expect((await screen.findByTestId('hotspot')).textContent).toContain('预期约 2.1 宗（全部投诉增至 1.4 倍，已随之提高） · 此前日均 0.5 宗');
    await teardown();
    await renderWithStore(<HotspotItem hotspot={{ ...busier, expectedScale: 1, expected: 1.5 }} answer={atEnd} />);
    expect((await screen.findByTestId('hotspot')).textContent).toContain('预期约 1.5 宗 · 此前日均 0.5 宗');
  });

  it('shows a daily rate under 0.1 as it is, not as 0 beside its ratio', async () => {
    // 1 case in 28 days before: 0.036 a day; 6 recent against 0.25 expected.
    const hotspot: Hotspot = { kind: 'keyword', key: '充电宝', recent: 6, baselineDaily: 1 / 28, expected: 0.25, ratio: 24, score: 8, caseIds: [], firstSeenAt: now - DAY, customers: 6 };
    await renderWithStore(<HotspotItem hotspot={hotspot} answer={answer} />);
    const item = await screen.findByTestId('hotspot');
    expect(item.textContent).toContain('预期约 0.25 宗');
    expect(item.textContent).toContain(' · 此前日均 0.036 宗');
  });

  it('shows no expected count for a key new in the recent days', async () => {
    const hotspot: Hotspot = { kind: 'keyword', key: '鼓包', recent: 7, baselineDaily: 0, expected: 0.09, ratio: 70, score: 9, caseIds: [], firstSeenAt: now - DAY, customers: 7 };
    await renderWithStore(<HotspotItem hotspot={hotspot} answer={answer} />);
    const item = await screen.findByTestId('hotspot');
    expect(item.textContent).toContain('近 3 天 7 宗 · 此前日均 0 宗');
    expect(item.textContent).not.toContain('预期');
    expect(item.textContent).toContain('新出现');
  });
});
