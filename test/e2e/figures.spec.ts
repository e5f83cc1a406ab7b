import { expect, test } from './fixtures';
import type { Complaint } from './pages/intake';
import { caseNumberPattern } from './pages/time';

const CALLS: Complaint[] = [
  { customerName: '孙一', phone: '13700000001', description: '商品有划痕。', channel: '电话', severity: '一般' },
  { customerName: '孙二', phone: '13700000002', description: '门店服务态度差。', channel: '现场', severity: '严重' },
  { customerName: '孙三', email: 'sun3@example.com', description: '市场监管部门转来的投诉。', channel: '12315转办', severity: '重大' },
  { customerName: '孙四', phone: '13700000004', description: '退款迟迟未到账。', channel: '电话', severity: '一般' },
];

test.describe('case numbers and figures', () => {
  test('numbers the cases of the day in sequence; dashboard and monthly report count them', async ({ desk }) => {
    const { intake, tracking, dashboard, reports, shell } = desk;
    await shell.visit('intake');
    await intake.expectLoaded();

    const numbers: string[] = [];
    const started = Date.now();
    for (const call of CALLS) numbers.push(await intake.register(call));
    numbers.forEach((no, index) => expect(no).toMatch(caseNumberPattern(index + 1, started)));
    expect(new Set(numbers).size).toBe(CALLS.length);

    await shell.open('tracking');
    await expect(tracking.count(CALLS.length)).toBeVisible();
    await expect(tracking.caseRows).toHaveCount(CALLS.length);
    for (const no of numbers) await expect(tracking.row(no)).toHaveCount(1);

    await shell.open('dashboard');
    await expect(dashboard.heading).toBeVisible();
    await expect(dashboard.total).toHaveText(String(CALLS.length));
    await expect(dashboard.responseOverdue).toHaveText('0');
    await expect(dashboard.bySeverity('一般')).toHaveText('2');
    await expect(dashboard.bySeverity('严重')).toHaveText('1');
    await expect(dashboard.bySeverity('重大')).toHaveText('1');
    await expect(dashboard.byChannel('电话')).toHaveText('2');
    await expect(dashboard.byChannel('现场')).toHaveText('1');
    await expect(dashboard.byChannel('12315转办')).toHaveText('1');
    await expect(dashboard.byChannel('邮件')).toHaveText('0');

    await shell.open('reports');
    await expect(reports.heading).toBeVisible();
    await expect(reports.total(CALLS.length)).toBeVisible();
    await expect(reports.bySeverity('一般')).toHaveText('2');

    // One more registration shows up in the figures without a reload.
    await shell.open('intake');
    const fifth = await intake.register({ customerName: '孙五', phone: '13700000005', description: '发票开错。', severity: '严重' });
    expect(fifth).toMatch(caseNumberPattern(CALLS.length + 1, started));
    await shell.open('dashboard');
    await expect(dashboard.total).toHaveText(String(CALLS.length + 1));
    await shell.open('reports');
    await expect(reports.total(CALLS.length + 1)).toBeVisible();
  });

  test('an empty desk shows empty figures', async ({ desk }) => {
    await desk.shell.visit('dashboard');
    await expect(desk.dashboard.heading).toBeVisible();
    await expect(desk.dashboard.empty).toBeVisible();
    await desk.shell.open('reports');
    await expect(desk.reports.total(0)).toBeVisible();
    await expect(desk.reports.empty).toBeVisible();
  });
});
