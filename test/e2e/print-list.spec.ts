import { expect, test } from './fixtures';
import type { Complaint } from './pages/intake';
import { pdfPages, pdfText } from './pages/pdf';

const CALLS: Complaint[] = [
  { customerName: '卫一', phone: '13700000021', description: '空调安装后漏水。', channel: '电话', severity: '重大' },
  { customerName: '卫二', phone: '13700000022', description: '发票抬头开错。', channel: '现场', severity: '一般' },
];
/** A company under its full registered name: it wraps within its column, never past the page. */
const COMPANY = '内蒙古自治区呼和浩特市赛罕区恒通商贸有限责任公司';

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
    // The frame reads through the tab's own store host (one of its own would first build the whole index again).
    await expect(page.frameLocator('iframe[src*="#/print/tracking/"]').getByRole('heading', { level: 1, name: '投诉处理进度跟踪表' })).toBeAttached();
    expect(page.workers().filter((worker) => worker.url().includes('host-worker'))).toHaveLength(1);

    await page.goto(`/#${route}`);
    await expect(page.getByRole('heading', { level: 1, name: '投诉处理进度跟踪表' })).toBeVisible();
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const text = pdfText(pdf);
    for (const expected of ['客户服务中心', '投诉处理进度跟踪表', '共2宗', ...numbers, '卫一', '卫二', '重大', '一般', '第1页/共1页']) {
      expect(text).toContain(expected);
    }
    expect(pdfPages(pdf)).toBe(1);

    // Every column shown, a company's long name among the customers: the list still fits the landscape page,
    // short labels and names stay whole (no 服/务/态/度, no 卫/一), and each time stands on two lines, date over time.
    await page.evaluate(
      async (name) => void (await window.__desk!.store.send('cases.register', { receivedAt: Date.now() - 60_000, channel: 'phone', customerName: name, customerType: 'business', phone: '13700000023', description: '发票开错。', severity: 'general' })),
      COMPANY,
    );
    const payload = JSON.parse(Buffer.from(route.split('?')[0]!.split('/').at(-1)!, 'base64url').toString('utf8')) as { query: unknown; columns: string[] };
    const all = ['no', 'receivedAt', 'channel', 'customer', 'category', 'severity', 'status', 'awaiting', 'department', 'owner', 'responseDueAt', 'resolutionDueAt', 'timeLeft', 'satisfaction', 'updatedAt'];
    const wide = Buffer.from(JSON.stringify({ ...payload, columns: all })).toString('base64url');
    await page.goto(`/#/print/tracking/${wide}`);
    await expect(page.getByRole('heading', { level: 1, name: '投诉处理进度跟踪表' })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    const layout = await page.evaluate(() => {
      const table = document.querySelector('[data-print="list"]') as HTMLTableElement;
      const lines = (cell: Element) => {
        const range = document.createRange();
        range.selectNodeContents(cell);
        return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
      };
      const row = [...table.querySelectorAll('tbody tr')].find((tr) => tr.textContent!.includes('卫一'))!;
      const company = [...table.querySelectorAll('tbody td')].find((td) => td.textContent!.includes('内蒙古'))!;
      return { fits: table.scrollWidth <= table.parentElement!.clientWidth + 1, lines: [...row.querySelectorAll('td')].map(lines), company: lines(company) };
    });
    expect(layout.fits).toBe(true);
    // 16 cells (the customer is two): 单号, 受理时间 (2 lines), 渠道, 客户, 电话, 类别, 严重程度, …
    expect(layout.lines[0]).toBe(1);
    expect(layout.lines[1]).toBe(2);
    for (const index of [2, 3, 4, 5, 6, 9, 10]) expect(layout.lines[index], `cell ${index}`).toBe(1);
    expect(layout.company).toBeGreaterThan(1);
    const widePdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(pdfText(widePdf)).toContain('卫一');
  });
});
