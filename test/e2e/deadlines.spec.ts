import { expect, test } from './fixtures';
import { HOUR, shown, thisMinute } from './pages/time';

test.describe('response deadlines', () => {
  test('a 重大 case received three hours ago is overdue (2 h limit); a 一般 one is not (24 h)', async ({ desk, page }) => {
    const { intake, tracking, dashboard, casePage, shell, labels: l } = desk;
    const now = thisMinute();
    const received = now - 3 * HOUR;

    // The agent opens the form three hours ago…
    await page.clock.setFixedTime(received);
    await shell.visit('intake');
    await expect(intake.receivedAt).toHaveText(shown(received));
    const major = await intake.register({ customerName: '周大', phone: '13600000001', description: '燃气灶漏气。', severity: l.severity.major });
    // The store host registers it now (its clock is not the page's): its first response was due an hour before.
    await expect(intake.confirmation).toContainText(l.intake.savedOverdue(shown(received + 2 * HOUR)));
    await expect(intake.receivedAt).toHaveText(shown(received));
    const general = await intake.register({ customerName: '周二', phone: '13600000002', description: '包装破损。', severity: l.severity.general });
    await expect(intake.confirmation).toContainText(l.intake.savedDetail(shown(received + 24 * HOUR)));

    // …and looks at the list now.
    await page.clock.setFixedTime(now);
    await shell.open('tracking');
    await expect(tracking.count(2)).toBeVisible();
    await expect(tracking.overdueMark(major)).toBeVisible();
    await expect(tracking.cell(major, 'responseDueAt')).toHaveText(shown(received + 2 * HOUR));
    await expect(tracking.cell(major, 'timeLeft')).toHaveText(`${l.tracking.overdue} 1小时`);
    await expect(tracking.overdueMark(general)).toHaveCount(0);
    await expect(tracking.cell(general, 'responseDueAt')).toHaveText(shown(received + 24 * HOUR));
    await expect(tracking.cell(general, 'timeLeft')).toHaveText(l.tracking.left('21小时'));

    // The case page says by how much.
    await tracking.openCase(major);
    await expect(casePage.clock('response')).toContainText(shown(received + 2 * HOUR));
    await expect(casePage.clock('response')).toContainText(l.flow.overdueBy('1小时'));
    await shell.open('tracking');
    await tracking.openCase(general);
    await expect(casePage.clock('response')).toContainText(l.flow.left('21小时'));

    await shell.open('dashboard');
    await expect(dashboard.responseOverdue).toHaveText('1');
  });

  test('the overdue mark appears on the open list when the deadline passes', async ({ desk, page }) => {
    const { intake, tracking, shell, labels: l } = desk;
    const received = thisMinute() - 3 * HOUR;
    await page.clock.install({ time: received });

    await shell.visit('intake');
    const no = await intake.register({ customerName: '吴三', phone: '13500000003', description: '电梯困人。', severity: l.severity.major });
    await shell.open('tracking');
    await expect(tracking.row(no)).toHaveCount(1);
    await expect(tracking.overdueMark(no)).toHaveCount(0);

    // Two hours later, with the list still open: the list's clock tick marks the case.
    await page.clock.fastForward('02:00:01');
    await expect(tracking.overdueMark(no)).toBeVisible();
  });
});
