import { expect, test } from './fixtures';
import { pickDateTime } from './pages/picker';
import { HOUR, MINUTE, shown, TIME_ZONE } from './pages/time';

/** 09:00 today in China time (the desk's time zone). */
function nineToday(): number {
  const [year, month, day] = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(Date.now()).split('-');
  return Date.parse(`${year}-${month}-${day}T09:00:00+08:00`);
}

test.describe('invalid input at intake', () => {
  // A reload after refused input leaves a half-typed registration: the page asks first, as it should.
  test.use({ unloadPrompts: 'allow' });

  test('a received time later today is kept as typed and refused with the reason, never turned into now', async ({ desk, page }) => {
    const { intake, labels: l } = desk;
    const now = nineToday();
    await page.clock.setFixedTime(now);
    await desk.shell.visit('intake');
    await intake.expectLoaded();
    await intake.fill({ customerName: '钱七', description: '热水器安装后漏水。', phone: '13912345678' });
    // A slip of the hour: 21:30 for 12:30 (the picker offers today, and no day after it).
    const later = now + 12 * HOUR + 30 * MINUTE;
    await pickDateTime(page, l, intake.receivedAt, later);
    await expect(intake.receivedAt).toHaveText(shown(later));
    await intake.submit();
    await expect(intake.errorTexts(l.errors.notInFuture)).toBeVisible();
    await expect(intake.confirmation).toHaveCount(0);
    await expect(intake.receivedAt).toHaveText(shown(later));
    await expect(intake.field('customerName')).toHaveValue('钱七');
  });

  test('explains every problem in Chinese and saves nothing', async ({ desk, page }) => {
    const { intake, tracking, shell } = desk;
    const { errors } = desk.labels;
    await shell.visit('intake');
    await intake.expectLoaded();

    // Nothing filled in: the required fields and the missing contact are all reported at once.
    await intake.submit();
    await intake.expectFieldError('customerName', errors.required);
    await intake.expectFieldError('description', errors.required);
    await intake.expectFieldError('phone', errors.contactRequired);
    await expect(intake.errorTexts(errors.required)).toHaveCount(2);
    await expect(intake.confirmation).toHaveCount(0);

    // A malformed phone number and e-mail address; 其他 chosen as the demand without saying what.
    await intake.fill({
      customerName: '赵六',
      description: '维修后问题依旧。',
      phone: '12345',
      email: 'zhao6@',
      demands: [desk.labels.demand.repair, desk.labels.demand.other],
    });
    await intake.submit();
    await intake.expectFieldError('phone', errors.phoneFormat);
    await intake.expectFieldError('email', errors.emailFormat);
    await intake.expectFieldError('demandNote', errors.required);
    await intake.expectFieldValid('customerName');
    await intake.expectFieldValid('description');
    await expect(intake.errorTexts(errors.required)).toHaveCount(1);
    await expect(intake.confirmation).toHaveCount(0);

    // The demand is explained and the e-mail left out.
    await intake.field('demandNote').fill('要求上门更换零件');
    await intake.field('email').fill('');
    await intake.submit();
    await intake.expectFieldValid('demandNote');
    await intake.expectFieldValid('email');
    await intake.expectFieldError('phone', errors.phoneFormat);
    await expect(intake.confirmation).toHaveCount(0);

    // Neither phone nor e-mail.
    await intake.field('phone').fill('');
    await intake.submit();
    await intake.expectFieldError('phone', errors.contactRequired);
    await expect(intake.errorTexts(errors.contactRequired)).toHaveCount(1);
    await expect(intake.confirmation).toHaveCount(0);
    // What was typed is kept for correction.
    await expect(intake.field('customerName')).toHaveValue('赵六');
    await expect(intake.field('description')).toHaveValue('维修后问题依旧。');
    await expect(intake.field('demandNote')).toHaveValue('要求上门更换零件');
    await expect(intake.demand(desk.labels.demand.repair)).toBeChecked();

    await shell.open('tracking');
    await expect(tracking.emptyState).toBeVisible();
    await expect(tracking.table).toHaveCount(0);
    await page.reload();
    await expect(tracking.emptyState).toBeVisible();
    await shell.open('dashboard');
    await expect(desk.dashboard.empty).toBeVisible();
  });

  test('a corrected form registers after the errors', async ({ desk }) => {
    const { intake } = desk;
    await desk.shell.visit('intake');
    await intake.fill({ customerName: '钱七', description: '账单多扣了一笔费用。', phone: '0101234' });
    await intake.submit();
    await intake.expectFieldError('phone', desk.labels.errors.phoneFormat);

    await intake.field('phone').fill('010-12345678');
    await intake.submit();
    await expect(intake.confirmation).toContainText(new RegExp(desk.labels.intake.saved('TS-\\d{8}-0001')));
    await intake.expectFieldValid('phone');
  });
});
