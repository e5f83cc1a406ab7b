import { expect, test } from './fixtures';
import { alertsPage, alertWords as w } from './pages/alerts';
import { STAFF } from './pages/auth';
import { faults } from './pages/faults';
import { privacyPage } from './pages/privacy';
import { HOUR, MINUTE, thisMinute } from './pages/time';

/**
 * Deadline alerts in the browser harness, which has not been allowed to show
 * system notifications: they come as notices inside the page. The alert
 * timer runs in the page, on Playwright's clock; the store Worker keeps real
 * time, so the page's clock starts three hours back and never overtakes it
 * by much (an acknowledgement is stamped by the Worker).
 */
test.use({ signedInAs: 'supervisor' });

const supervisor = STAFF.supervisor.name;

test.describe('overdue alerts', () => {
  test('a 重大 case warns, alerts at its deadline and reminds until acknowledged; the log says who acknowledged', async ({ desk, page }) => {
    const { intake, tracking, shell, labels: l } = desk;
    const alerts = alertsPage(page);
    const received = thisMinute() - 3 * HOUR;

    await page.clock.install({ time: received });
    await shell.visit('intake');
    const no = await intake.register({ customerName: '周大', phone: '13600000001', description: '燃气灶漏气，闻到煤气味。', severity: l.severity.major });
    // 重大: respond within 2 hours, warned 30 minutes before, reminded every 30 minutes (the defaults).
    const dueAt = (await alerts.pageNow()) + 2 * HOUR;
    const warnAt = dueAt - 30 * MINUTE;
    await shell.open('tracking');
    await expect(tracking.row(no)).toHaveCount(1);
    await expect(alerts.noticesOf(no)).toHaveCount(0);

    await alerts.reach(warnAt);
    await expect(alerts.notice(w.warning(no))).toBeVisible();
    await expect(alerts.notice(w.warning(no))).toContainText('周大');
    // A warning cannot be acknowledged, only put off.
    await expect(alerts.notice(w.warning(no)).getByRole('button', { name: w.acknowledge, exact: true })).toHaveCount(0);
    await expect(alerts.notice(w.warning(no)).getByRole('button', { name: w.snooze, exact: true })).toBeVisible();
    await expect(tracking.overdueMark(no)).toHaveCount(0);

    await alerts.reach(dueAt);
    await expect(alerts.notice(w.overdue(no))).toBeVisible();
    // It takes the warning's place: one notice per deadline, never a pile of stale ones.
    await expect(alerts.notice(w.warning(no))).toHaveCount(0);
    // It stays until acknowledged; the next complaint can still be registered: the page ends below it.
    await shell.open('intake');
    await expect.poll(() => intake.submitUncovered()).toBe(true);
    await shell.open('tracking');
    // The list marks it at its next clock tick.
    await page.clock.fastForward('00:30');
    await expect(tracking.overdueMark(no)).toBeVisible();

    await alerts.reach(dueAt + 30 * MINUTE);
    await expect(alerts.notice(w.repeat(no))).toBeVisible();
    await expect(alerts.noticesOf(no)).toHaveCount(1);
    await alerts.acknowledge(w.repeat(no));

    // Acknowledged: no reminder any more, however long the case stays late.
    await page.clock.fastForward('01:05:00');
    await page.waitForTimeout(1_500);
    await expect(alerts.noticesOf(no)).toHaveCount(0);

    await alerts.openLog();
    const rows = alerts.logRows(no);
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(0)).toContainText(w.kinds.repeat);
    await expect(rows.nth(1)).toContainText(w.kinds.overdue);
    await expect(rows.nth(2)).toContainText(w.kinds.warning);
    for (const index of [0, 1, 2]) {
      await expect(alerts.cell(rows.nth(index), 'recipient')).toHaveText(w.ownerRecipient(supervisor));
      await expect(alerts.cell(rows.nth(index), 'delivery')).toHaveText(w.single);
    }
    await expect(alerts.cell(rows.nth(0), 'acknowledged')).toContainText(supervisor);
    // The case number leads to the case.
    await rows.nth(0).getByRole('link', { name: no, exact: true }).click();
    await expect(desk.casePage.heading(no)).toBeVisible();
  });

  test('an alert raised while the store host is down reaches the log once the next one runs', async ({ desk, page }) => {
    const { intake, tracking, shell, labels: l } = desk;
    const alerts = alertsPage(page);
    await page.clock.install({ time: thisMinute() - 3 * HOUR });
    await shell.visit('intake');
    const no = await intake.register({ customerName: '吴二', phone: '13600000002', description: '热水器漏电，洗澡时手麻。', severity: l.severity.major });
    const warnAt = (await alerts.pageNow()) + 2 * HOUR - 30 * MINUTE;
    await shell.open('tracking');
    await expect(tracking.row(no)).toHaveCount(1);

    // The store host dies unnoticed; the page's alert runtime raises the warning meanwhile.
    await faults(page).killStore();
    await alerts.reach(warnAt);
    await expect(alerts.notice(w.warning(no))).toBeVisible();
    // The watchdog replaces it; the report is sent again to the new one: one row, at the warning's time.
    await alerts.openLog();
    await expect(alerts.logRows(no)).toHaveCount(1, { timeout: 30_000 });
    await expect(alerts.logRows(no).first()).toContainText(w.kinds.warning);
  });

  test('pausing a case’s clock (asking the customer for information) removes its pending alerts', async ({ desk, page }) => {
    const { intake, tracking, casePage, shell, labels: l } = desk;
    const alerts = alertsPage(page);
    const received = thisMinute() - 3 * HOUR;

    await page.clock.install({ time: received });
    await shell.visit('intake');
    const paused = await intake.register({ customerName: '吴三', phone: '13500000003', description: '电梯困人，物业不管。', severity: l.severity.major });
    const running = await intake.register({ customerName: '郑四', phone: '13500000004', description: '热水器漏电。', severity: l.severity.major });
    const dueAt = (await alerts.pageNow()) + 2 * HOUR;

    await shell.open('tracking');
    await tracking.openCase(paused);
    const dialog = await casePage.open(l.flow.command.requestInfo);
    await dialog.fill(w.missingInfo, '请提供物业合同和报修记录。');
    await dialog.submit();

    // Both fall due at about the same time: only the one still counting alerts.
    await alerts.reach(dueAt);
    await expect(alerts.notice(w.overdue(running))).toBeVisible();
    await page.clock.fastForward('02:00:00');
    await page.waitForTimeout(1_500);
    await expect(alerts.noticesOf(paused)).toHaveCount(0);

    await alerts.openLog();
    await expect(alerts.logRows(running).first()).toBeVisible();
    await expect(alerts.logRows(paused)).toHaveCount(0);
  });
  test('closing a case (转办, a final decision) removes its pending alerts', async ({ desk, page }) => {
    const { intake, tracking, casePage, flow, shell, labels: l } = desk;
    const alerts = alertsPage(page);
    const received = thisMinute() - 3 * HOUR;

    await page.clock.install({ time: received });
    await shell.visit('intake');
    const closed = await intake.register({ customerName: '冯五', phone: '13500000005', description: '燃气表读数异常，要求上门核查。', severity: l.severity.major });
    const open = await intake.register({ customerName: '陈六', phone: '13500000006', description: '热水器安装后漏水。', severity: l.severity.major });
    const dueAt = (await alerts.pageNow()) + 2 * HOUR;

    // Both warned 30 minutes before their deadline.
    await alerts.reach(dueAt - 30 * MINUTE);
    await expect(alerts.notice(w.warning(closed))).toBeVisible();
    await expect(alerts.notice(w.warning(open))).toBeVisible();
    await alerts.dismiss(w.warning(closed));
    await alerts.dismiss(w.warning(open));

    await shell.open('tracking');
    await tracking.openCase(closed);
    await flow.redirect('属燃气公司职责范围。', '市燃气集团客服');
    await expect(casePage.status).toHaveText(l.status.redirected);

    // Past both deadlines and several reminder intervals: only the case still open alerts.
    await alerts.reach(dueAt);
    await expect(alerts.notice(w.overdue(open))).toBeVisible();
    await page.clock.fastForward('01:30:00');
    await page.waitForTimeout(1_500);
    await expect(alerts.noticesOf(closed)).toHaveCount(0);

    await alerts.openLog();
    await expect(alerts.logRows(closed)).toHaveCount(1);
    await expect(alerts.logRows(closed).first()).toContainText(w.kinds.warning);
  });
});

test.describe('a deletion request’s reply deadline', () => {
  test.use({ signedInAs: 'agent' });

  test('legal is warned before a request’s reply deadline and alerted after it, naming no one; the notice opens the request', async ({ desk, page }) => {
    const alerts = alertsPage(page);
    await desk.shell.visit('intake');
    // The customer's case, registered by the agent.
    await page.evaluate(() =>
      window.__desk!.store.send('cases.register', {
        receivedAt: Date.now() - 3_600_000,
        channel: 'phone',
        customerName: '陈晓燕',
        phone: '13912345678',
        description: '冰箱配送途中丢失，请回电。',
        severity: 'general',
      }),
    );
    await desk.auth.switchTo('legal');
    const privacy = privacyPage(page);
    await privacy.open();
    const no = await privacy.recordErasure({ phone: '13912345678', channel: '电话', verification: '回拨登记的联系电话核实', grounds: '个人撤回同意' });
    const { requests } = await page.evaluate(() => window.__desk!.store.send('erasure.list', {}));
    const dueAt = requests.find((view) => view.request.no === no)!.request.dueAt;

    // The page's clock (the alert timer's) starts two minutes before the warning, 15 days on; the store keeps real time.
    await page.clock.install({ time: dueAt - HOUR - 2 * MINUTE });
    await page.reload();
    await expect(page.getByRole('heading', { name: '投诉处理台', level: 1 })).toBeVisible();
    // 严重's lead time (1 hour) before the deadline: the warning; at the deadline: the overdue alert.
    await alerts.reach(dueAt - HOUR);
    await expect(alerts.notice(w.requestWarning(no))).toBeVisible();
    // Legal stays at the desk for that hour (the screen locks after 15 idle minutes).
    for (let at = dueAt - 50 * MINUTE; at < dueAt; at += 10 * MINUTE) {
      await page.clock.pauseAt(at);
      await page.mouse.move(10 + (at % 7), 10);
    }
    await alerts.reach(dueAt);
    await expect(alerts.notice(w.requestOverdue(no))).toBeVisible();
    await expect(alerts.notice(w.requestWarning(no))).toHaveCount(0);
    // A notice shows to whoever passes by: the request's number and deadline, never the requester.
    await expect(alerts.notice(w.requestOverdue(no))).not.toContainText('陈晓燕');
    await expect(alerts.notice(w.requestOverdue(no))).not.toContainText('13912345678');

    // A click on the notice opens the request on the privacy panel.
    await alerts.notice(w.requestOverdue(no)).getByText(w.requestOverdue(no)).click();
    await expect(page).toHaveURL(new RegExp(`#/settings/privacy/${no}$`));
    await expect(privacy.erasureDetail(no)).toBeVisible();
  });
});

