import { expect, test } from './fixtures';

test.describe('invalid input at intake', () => {
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

    // A malformed phone number.
    await intake.fill({ customerName: '赵六', description: '维修后问题依旧。', phone: '12345' });
    await intake.submit();
    await intake.expectFieldError('phone', errors.phoneFormat);
    await intake.expectFieldValid('customerName');
    await intake.expectFieldValid('description');
    await expect(intake.errorTexts(errors.required)).toHaveCount(0);
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

    await shell.open('tracking');
    await expect(tracking.emptyState).toBeVisible();
    await expect(tracking.table).toHaveCount(0);
    await page.reload();
    await expect(tracking.emptyState).toBeVisible();
  });

  test('a corrected form registers after the errors', async ({ desk }) => {
    const { intake } = desk;
    await desk.shell.visit('intake');
    await intake.fill({ customerName: '钱七', description: '账单多扣了一笔费用。', phone: '0101234' });
    await intake.submit();
    await intake.expectFieldError('phone', desk.labels.errors.phoneFormat);

    await intake.field('phone').fill('010-12345678');
    await intake.submit();
    await expect(intake.confirmation).toContainText(/已登记投诉单 TS-\d{8}-0001/);
    await intake.expectFieldValid('phone');
  });
});
