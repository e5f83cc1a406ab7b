import type { Locator, Page } from '@playwright/test';
import { loadComplaintTexts } from '../fixtures/reviews';
import { expect, test } from './fixtures';
import type { Desk } from './pages/desk';
import type { Complaint } from './pages/intake';
import { caseNumberPattern } from './pages/time';

const CALLS: Complaint[] = [
  { customerName: '孙一', phone: '13700000001', description: '商品有划痕。', channel: '电话', severity: '一般' },
  { customerName: '孙二', phone: '13700000002', description: '门店服务态度差。', channel: '现场', severity: '严重' },
  { customerName: '孙三', email: 'sun3@example.com', description: '市场监管部门转来的投诉。', channel: '12315转办', referralNo: 'GS-2026-0311', severity: '重大' },
  { customerName: '孙四', phone: '13700000004', description: '退款迟迟未到账。', channel: '电话', severity: '一般' },
];

/** Clicks a figure and expects the tracking table to list exactly as many cases as the figure said. */
async function expectDrillMatches(desk: Desk, button: Locator): Promise<number> {
  const shown = await desk.dashboard.countOf(button);
  expect(shown).toBeGreaterThan(0);
  await button.click();
  await expect(desk.page).toHaveURL(/#\/tracking$/);
  await expect(desk.tracking.count(shown)).toBeVisible();
  return shown;
}

async function seedDemo(page: Page, count: number): Promise<void> {
  const texts = loadComplaintTexts().slice(0, 2_000);
  const result = await page.evaluate(({ count, texts }) => window.__desk!.store.send('demo.seed', { count, startIndex: 0, seed: 6, texts }), { count, texts });
  expect(result.created).toBe(count);
}

test.describe('case numbers and figures', () => {
  test('numbers the cases of the day in sequence; the dashboard counts them and follows a new one', async ({ desk }) => {
    const { intake, tracking, dashboard, shell } = desk;
    await shell.visit('intake');
    await intake.expectLoaded();

    const numbers: string[] = [];
    const started = Date.now();
    for (const call of CALLS) numbers.push(await intake.register(call));
    numbers.forEach((no, index) => expect(no).toMatch(caseNumberPattern(index + 1, started)));
    expect(new Set(numbers).size).toBe(CALLS.length);

    await shell.open('tracking');
    await expect(tracking.count(CALLS.length)).toBeVisible();
    for (const no of numbers) await expect(tracking.row(no)).toHaveCount(1);

    await shell.open('dashboard');
    await expect(dashboard.heading).toBeVisible();
    await expect(dashboard.total).toHaveText(String(CALLS.length));
    await expect(dashboard.overdueNow).toHaveText('0');
    await expect(dashboard.byChannel('电话')).toHaveText('2');
    await expect(dashboard.byChannel('现场')).toHaveText('1');
    await expect(dashboard.byChannel('12315转办')).toHaveText('1');
    await expect(dashboard.byChannel('邮件')).toHaveCount(0);
    await dashboard.splitReceivedBy('bySeverity');
    await expect(dashboard.bySeverity('一般')).toHaveText('2');
    await expect(dashboard.bySeverity('严重')).toHaveText('1');
    await expect(dashboard.bySeverity('重大')).toHaveText('1');

    // One more registration shows up in the figures without a reload.
    await shell.open('intake');
    const fifth = await intake.register({ customerName: '孙五', phone: '13700000005', description: '发票开错。', severity: '严重' });
    expect(fifth).toMatch(caseNumberPattern(CALLS.length + 1, started));
    await shell.open('dashboard');
    await expect(dashboard.total).toHaveText(String(CALLS.length + 1));
  });

  test('an empty desk shows empty figures', async ({ desk }) => {
    await desk.shell.visit('dashboard');
    await expect(desk.dashboard.heading).toBeVisible();
    await expect(desk.dashboard.empty).toBeVisible();
    await expect(desk.dashboard.total).toHaveText('0');
    await expect(desk.dashboard.card('received').getByText(desk.labels.dashboard.cardEmpty, { exact: true })).toBeVisible();
    await expect(desk.dashboard.card('received').locator('svg.recharts-surface')).toHaveCount(0);
  });
});

test.describe('the dashboard on demo data', () => {
  // The administrator loads the demo data.
  test.use({ signedInAs: 'admin' });

  test('every figure clicked opens the tracking table on exactly that many cases', async ({ desk, page }) => {
    // Demo data and eight round trips to the table: over a minute on a busy 2-core machine.
    test.setTimeout(180_000);
    const { dashboard, shell, labels: l } = desk;
    await shell.visit('dashboard');
    await seedDemo(page, 800);
    await dashboard.choosePreset('last12Months');
    const back = async () => {
      await shell.open('dashboard');
      // The period chosen is kept across the round trip.
      await expect(page.getByRole('main').getByRole('button', { name: l.dashboard.preset.last12Months, exact: true })).toHaveAttribute('aria-pressed', 'true');
    };

    // 受理量 of the period.
    await expect(dashboard.drills(page.getByRole('main'), l.dashboard.kpi.received)).toHaveCount(1);
    const received = await expectDrillMatches(desk, dashboard.drills(page.getByRole('main'), l.dashboard.kpi.received));
    expect(received).toBeGreaterThan(100);
    await back();

    // A channel's total in the received chart's legend.
    await expectDrillMatches(desk, dashboard.byChannel(l.channel.phone));
    await back();

    // A category slice's number.
    await expectDrillMatches(desk, dashboard.drills(dashboard.card('categories'), l.category.product_quality).first());
    await back();

    // The on-time chart's axis reads 0.0% … 100.0%, the sign once.
    const ticks = dashboard.card('onTime').locator('.recharts-cartesian-axis-tick-value');
    await expect(ticks.filter({ hasText: /^100(\.0)?%$/ })).toHaveCount(1);
    await expect(ticks.filter({ hasText: /%%/ })).toHaveCount(0);

    // The satisfaction chart's legend reads in the questions' order, as the figures above it.
    await expect(dashboard.card('satisfaction').locator('[class*="legendItemName"]')).toHaveText(['处理效率', '解决程度', '沟通态度', '补偿合理性', '综合']);
    // Its axis reads the points plainly, one line each (5.00 分 on every tick wrapped in English).
    const points = dashboard.card('satisfaction').locator('.recharts-cartesian-axis-tick-value');
    await expect(points.filter({ hasText: /^5$/ })).toHaveCount(1);
    await expect(points.filter({ hasText: /分/ })).toHaveCount(0);

    // The late resolutions of the month with the most of them, from the on-time chart's data table; a chip says why.
    await dashboard.showTable('onTime');
    const late = dashboard.drills(dashboard.card('onTime'), `${l.dashboard.resolutionMissed} · `, { startsWith: true });
    await expect(late.first()).toBeVisible();
    const counts = await Promise.all((await late.all()).map((button) => dashboard.countOf(button)));
    await expectDrillMatches(desk, late.nth(counts.indexOf(Math.max(...counts))));
    await expect(dashboard.drillChips).toBeVisible();
    await back();

    // Open now (the demo data leaves nothing overdue: the unit tests drill into 当前超时).
    await expectDrillMatches(desk, dashboard.drills(page.getByRole('main'), l.dashboard.kpi.open));
    await back();

    // A department's volume in the comparison table.
    await expectDrillMatches(desk, dashboard.drills(dashboard.card('departments'), '', { startsWith: true }).filter({ hasText: /^\d+$/ }).first());
    await back();

    // The tallest bar of the open-cases-by-stage chart, clicked on the chart itself.
    const stages = dashboard.card('stages');
    const bars = stages.locator('.recharts-bar-rectangle path');
    await expect(bars.first()).toBeVisible();
    const heights = await bars.evaluateAll((paths) => paths.map((path) => (path as SVGGraphicsElement).getBBox().height));
    const legend = await Promise.all((await dashboard.drills(stages, '', { startsWith: true }).all()).map((button) => dashboard.countOf(button)));
    await bars.nth(heights.indexOf(Math.max(...heights))).click();
    await expect(page).toHaveURL(/#\/tracking$/);
    await expect(desk.tracking.count(Math.max(...legend))).toBeVisible();
  });
});
