import { expect, test } from './fixtures';
import type { Complaint } from './pages/intake';
import { pdfPages, pdfText } from './pages/pdf';

const CALLS: Complaint[] = [
  { customerName: '卫一', phone: '13700000021', description: '空调安装后漏水。', channel: '电话', severity: '重大' },
  { customerName: '卫二', phone: '13700000022', description: '发票抬头开错。', channel: '现场', severity: '一般' },
];

test.describe('the printed tracking list', () => {
  test.use({ signedInAs: 'supervisor' });

  test('prints the view on screen: its cases, its columns, page numbers', async ({ desk, page }) => {
    const { intake, tracking, shell } = desk;
    await shell.visit('intake');
    await intake.expectLoaded();
    const numbers: string[] = [];
    for (const call of CALLS) numbers.push(await intake.register(call));

    await shell.open('tracking');
    await expect(tracking.count(CALLS.length)).toBeVisible();
    // The web harness prints through a hidden frame showing the print route; its address is the view's.
    await page.getByRole('button', { name: '打印列表', exact: true }).click();
    const frame = page.locator('iframe[src*="#/print/tracking/"]');
    await expect(frame).toHaveCount(1);
    const route = (await frame.getAttribute('src'))!.split('#')[1]!;

    await page.goto(`/#${route}`);
    await expect(page.getByRole('heading', { level: 1, name: '投诉处理进度跟踪表' })).toBeVisible();
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const text = pdfText(pdf);
    for (const expected of ['客户服务中心', '投诉处理进度跟踪表', '共2宗', ...numbers, '卫一', '卫二', '重大', '一般', '第1页/共1页']) {
      expect(text).toContain(expected);
    }
    expect(pdfPages(pdf)).toBe(1);
  });
});
