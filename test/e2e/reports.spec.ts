import { expect, test } from './fixtures';
import { STAFF } from './pages/auth';
import type { Complaint } from './pages/intake';
import { pdfPages, pdfText } from './pages/pdf';

const CALLS: Complaint[] = [
  { customerName: '吴一', phone: '13700000011', description: '快递三天未到。', channel: '电话', severity: '一般' },
  { customerName: '吴二', phone: '13700000012', description: '监管部门转来的投诉。', channel: '12315转办', referralNo: 'GS-2026-0312', severity: '重大' },
];

test.describe('monthly complaint analysis report', () => {
  test.use({ signedInAs: 'supervisor' });

  test('a supervisor reads the month, writes the analysis, and prints an A4 report that carries it', async ({ desk, page }) => {
    const { intake, reports, shell, labels: l } = desk;
    await shell.visit('intake');
    await intake.expectLoaded();
    for (const call of CALLS) await intake.register(call);

    await shell.open('reports');
    await expect(reports.heading).toBeVisible();
    await expect(reports.total(CALLS.length)).toBeVisible();
    await expect(reports.kpi(l.reports.kpi.received)).toHaveText(String(CALLS.length));
    await expect(reports.kpi(l.reports.kpi.major)).toHaveText('1');
    await expect(reports.bySeverity('重大')).toHaveText('1');
    // 吴二's referral came with the default reply deadline, seven working days away: owed, not yet due.
    await expect(page.getByRole('heading', { name: l.reports.referrals.section, level: 3 })).toBeVisible();
    await expect(reports.referral(l.reports.referrals.received)).toHaveText('1');
    await expect(reports.referral(l.reports.referrals.notDue)).toHaveText('1');
    await expect(reports.referral(l.reports.referrals.overdue)).toHaveText('0');

    const analysis = '本月物流类投诉集中，重大投诉一宗来自12315转办。';
    const recommendations = '与快递公司约定48小时内到达。';
    await reports.writeNotes(analysis, recommendations);
    await expect(reports.savedBy(STAFF.supervisor.name)).toBeVisible();

    await page.reload();
    await expect(reports.analysis).toHaveValue(analysis);
    await expect(reports.recommendations).toHaveValue(recommendations);

    const now = await page.evaluate(() => ({ year: new Date().getFullYear(), month: new Date().getMonth() + 1 }));
    await reports.openPrintView(now.year, now.month);
    const title = l.reports.printTitle(now.year, now.month);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByText(analysis)).toBeVisible();

    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const text = pdfText(pdf);
    for (const expected of [
      '客户服务中心',
      title,
      l.reports.kpis,
      l.reports.kpi.received,
      l.reports.kpi.responseRate,
      l.reports.kpi.satisfaction,
      l.reports.referrals.section,
      l.reports.referrals.received,
      l.reports.referrals.notDue,
      l.reports.analysis,
      analysis,
      recommendations,
    ]) {
      expect(text).toContain(expected.replace(/\s+/g, ''));
    }
    // Numbered as every form is (第 1 页 / 共 N 页), the header on every page.
    const pages = pdfPages(pdf);
    expect(pages).toBeGreaterThan(1);
    expect(text).toContain(`第1页/共${pages}页`);
    expect(text).toContain(`第${pages}页/共${pages}页`);
    expect(text.split(title.replace(/\s+/g, '')).length - 1).toBe(pages);
  });
});
