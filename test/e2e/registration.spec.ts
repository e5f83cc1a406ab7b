import { expect, test } from './fixtures';
import { caseNumberPattern, HOUR, shown, thisMinute } from './pages/time';

test.describe('registering a complaint (vertical slice)', () => {
  test('registers in Chinese, lists it in tracking, keeps it across a reload and shows every field', async ({ desk, page }) => {
    const { intake, tracking, casePage, shell } = desk;
    const now = thisMinute();
    await page.clock.setFixedTime(now);

    await shell.visit('intake');
    await intake.expectLoaded();
    // 受理时间 defaults to the moment the form was opened.
    await expect(intake.receivedAt).toHaveText(shown(now));
    await expect(intake.channel).toHaveValue('电话');

    const before = Date.now();
    const no = await intake.register({
      customerName: '王小明',
      phone: '138 1234 5678',
      email: 'Wang.XM@Example.com',
      description: '快递显示已签收，但本人没有收到包裹。\n要求尽快查明并补发。',
      channel: '邮件',
      severity: '严重',
    });
    const after = Date.now();
    expect(no).toMatch(caseNumberPattern(1, before, after));
    // 严重: the first response is due 12 hours after receipt.
    await expect(intake.confirmation).toContainText(`应在 ${shown(now + 12 * HOUR)} 前首次响应客户。`);

    await shell.open('tracking');
    await tracking.expectLoaded();
    await tracking.expectCases([no]);
    const row = tracking.row(no);
    await expect(row.getByRole('cell')).toHaveText([no, shown(now), '邮件', '王小明', '严重', '待初审', shown(now + 12 * HOUR)]);
    await expect(tracking.overdueMark(no)).toHaveCount(0);

    await page.reload();
    await tracking.expectLoaded();
    await tracking.expectCases([no]);

    await tracking.openCase(no);
    await expect(page).toHaveURL(/#\/cases\/[^/]+$/);
    await expect(casePage.heading(no)).toBeVisible();
    await expect(casePage.value('no')).toHaveText(no);
    await expect(casePage.value('status')).toHaveText('待初审');
    await expect(casePage.value('channel')).toHaveText('邮件');
    await expect(casePage.value('receivedAt')).toHaveText(shown(now));
    // The store host stamps registration with its own (real) clock.
    await expect(casePage.value('registeredAt')).toHaveText(new RegExp(`^(${shown(before)}|${shown(after)})$`));
    await expect(casePage.value('responseDueAt')).toHaveText(shown(now + 12 * HOUR));
    await expect(casePage.value('customerName')).toHaveText('王小明');
    // Contacts are stored normalised: spaces stripped from the phone, the e-mail lower-cased.
    await expect(casePage.value('phone')).toHaveText('13812345678');
    await expect(casePage.value('email')).toHaveText('wang.xm@example.com');
    await expect(casePage.value('description')).toHaveText('快递显示已签收，但本人没有收到包裹。\n要求尽快查明并补发。');
    await expect(page.getByRole('main').getByText('严重', { exact: true })).toBeVisible();
  });

  test('a case with only an e-mail address shows the phone as not given', async ({ desk, page }) => {
    await desk.shell.visit('intake');
    const no = await desk.intake.register({
      customerName: 'Li Na',
      email: 'lina@example.com',
      description: '客服电话一直无人接听。',
      channel: '在线客服',
    });
    await desk.intake.confirmation.getByRole('link', { name: '查看投诉单' }).click();
    await expect(desk.casePage.heading(no)).toBeVisible();
    await expect(desk.casePage.value('phone')).toHaveText('未填写');
    await expect(desk.casePage.value('email')).toHaveText('lina@example.com');
    await expect(desk.casePage.value('channel')).toHaveText('在线客服');
    await expect(page.getByRole('main').getByText('一般', { exact: true })).toBeVisible();
  });
});
