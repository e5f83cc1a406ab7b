import type { Page } from '@playwright/test';
import type { CaseRecord } from '../../src-renderer/domain/cases/case';
import { loadComplaintTexts } from '../fixtures/reviews';
import { expect, test } from './fixtures';
import { PASSWORD, STAFF } from './pages/auth';
import { printFlow } from './pages/print';
import { privacyPage } from './pages/privacy';

const PHONE = '13812345678';
const EMAIL = 'zhang.san@example.com';

/** Registers a case as whoever is signed in in this window (the agent). */
async function registerCase(page: Page): Promise<CaseRecord> {
  return page.evaluate(
    ({ phone, email }) =>
      window.__desk!.store.send('cases.register', {
        receivedAt: Date.now() - 3_600_000,
        channel: 'phone',
        customerName: '张三',
        phone,
        email,
        description: '快递三天未送达，请回电。',
        severity: 'general',
      }),
    { phone: PHONE, email: EMAIL },
  );
}

test.describe('personal data', () => {
  test.setTimeout(120_000);

  test('a director’s printed registration form and case page show the phone and e-mail masked, an agent’s in full', async ({ desk, page }) => {
    await desk.shell.visit('intake');
    const { id, no } = await registerCase(page);
    const flow = printFlow(page);
    const text = (pages: Awaited<ReturnType<typeof flow.pdf>>) => pages.map((p) => p.text).join('');

    const agentForm = text(await flow.pdf(`/print/case/${id}/registration`));
    expect(agentForm).toContain(no);
    expect(agentForm).toContain(PHONE);
    expect(agentForm).toContain(EMAIL);

    await desk.shell.visit('intake');
    await desk.auth.switchTo('director');
    const directorForm = text(await flow.pdf(`/print/case/${id}/registration`));
    expect(directorForm).toContain(no);
    expect(directorForm).toContain('138****5678');
    expect(directorForm).toContain('z***@example.com');
    expect(directorForm).not.toContain(PHONE);
    expect(directorForm).not.toContain(EMAIL);

    await page.goto(`/#/cases/${id}`);
    await expect(desk.casePage.heading(no)).toBeVisible();
    await expect(desk.casePage.value('phone')).toHaveText('138****5678');
    await expect(desk.casePage.value('email')).toHaveText('z***@example.com');
    await expect(desk.casePage.main).not.toContainText(PHONE);
  });

  test('legal records a customer’s request to delete their data: the closed case is anonymised, the open one waits, the reply says so', async ({ desk, page }) => {
    await desk.shell.visit('intake');
    const flow = printFlow(page);
    // One case of the customer handled to the end, one just registered.
    const closed = await flow.handle({
      customerName: '张三',
      phone: PHONE,
      email: EMAIL,
      product: '冰箱',
      orderNo: 'JD2026120501',
      description: '冰箱配送途中丢失。',
      demandNote: '尽快补发',
      rationale: '货值较高',
      measures: ['补发同型号冰箱'],
      resources: '物流专车',
      legalOpinion: '无法律障碍',
      progress: ['已安排补发'],
      pauseReason: '等待客户确认地址',
      resumeNote: '客户已确认地址',
      extensionReason: '调货需要时间',
      decisionNote: '同意延期',
      summary: '已补发',
      result: '已补发并致歉',
      comment: '满意',
    });
    const open = await registerCase(page);
    await desk.shell.visit('intake');
    await desk.auth.switchTo('legal');

    const privacy = privacyPage(page);
    await privacy.open();
    const no = await privacy.recordErasure({ phone: PHONE, channel: '电话', verification: '回拨登记的联系电话核实', grounds: '个人撤回同意' });
    // Each case with its customer's contacts, to tell people apart (legal sees them in full).
    await expect(privacy.erasureCase(no, open.no)).toContainText(PHONE);
    await expect(privacy.erasureCase(no, open.no)).toContainText(EMAIL);
    await expect(privacy.erasureDetail(no)).toContainText('待处理');
    await privacy.executeErasure(no, 1, PASSWORD);
    await expect(privacy.erasureCase(no, closed.no)).toContainText('（已匿名）');
    await expect(privacy.erasureCase(no, closed.no)).toContainText('已删除');
    await expect(privacy.erasureCase(no, open.no)).toContainText('张三');
    await expect(privacy.erasureCase(no, open.no)).toContainText('暂缓删除');
    await expect(privacy.erasureDetail(no)).toContainText('部分完成');

    const reply = (await flow.pdf(`/print/erasure/${no}`)).map((p) => p.text).join('');
    expect(reply).toContain('个人信息删除处理结果告知书');
    expect(reply).toContain(no);
    expect(reply).toContain(`${closed.no}`);
    expect(reply).toContain('已删除');
    expect(reply).toContain('暂缓删除');
    expect(reply).toContain('投诉仍在处理中');
    // Addressed to the requester in full: the centre still has to send it.
    expect(reply).toContain('张三：');
    expect(reply).toContain(`电话：${PHONE}`);

    // Sent while a case still waits: recorded, the reference kept for the reply after closing.
    await privacy.open();
    await privacy.openErasure(no);
    await privacy.recordDelivery(no, '邮寄', '浙江省杭州市西湖区文三路88号');
    await expect(privacy.erasureDetail(no)).toContainText('邮寄至 浙江省杭州市西湖区文三路88号');
    await expect(privacy.erasureDetail(no)).toContainText(`电话：${PHONE}`);
  });

  test.describe('anonymisation', () => {
    test.use({ signedInAs: 'admin' });

    test('legal anonymises a case closed longer ago than the retention period, with the password', async ({ desk, page }) => {
      const privacy = privacyPage(page);
      // Demo cases over three years, many of them closed long ago; the administrator loads them.
      const seeded = await page.evaluate(
        (texts) => window.__desk!.store.send('demo.seed', { count: 60, startIndex: 0, seed: 8, texts }),
        loadComplaintTexts().slice(0, 200),
      );
      expect(seeded.created).toBe(60);
      await privacy.open();
      await privacy.setRetentionDays(30);

      // Signing in right after loading demo data can take longer than the shared helper waits on a busy machine.
      await desk.auth.signOutToSignIn();
      await desk.auth.signInWith(STAFF.legal.username, PASSWORD);
      await expect(desk.auth.userMenu(STAFF.legal.name)).toBeVisible({ timeout: 30_000 });
      await privacy.open();
      await expect(privacy.retentionForm).toHaveCount(0);
      await expect(privacy.eligible).toContainText('已超过 30 天');
      const no = await privacy.firstEligibleNo();
      const before = await privacy.eligibleRows.count();
      await privacy.anonymise([no], PASSWORD);
      await expect(privacy.eligibleTable.getByRole('link', { name: no, exact: true })).toHaveCount(0);
      expect(await privacy.eligibleRows.count()).toBe(before - 1);

      const id = await page.evaluate(async (caseNo) => {
        const { rows } = await window.__desk!.store.send('tracking.rows', { query: { filter: { text: caseNo, archived: 'all' } } });
        return rows[0]!.id;
      }, no);
      await page.goto(`/#/cases/${id}`);
      await expect(desk.casePage.heading(no)).toBeVisible();
      await expect(desk.casePage.main.getByText('已匿名化', { exact: true })).toBeVisible();
      await expect(desk.casePage.value('customerName')).toHaveText('（已匿名）');
      // Erased, not missed at intake.
      await expect(desk.casePage.value('phone')).toHaveText(desk.labels.case.erased);
    });
  });
});
