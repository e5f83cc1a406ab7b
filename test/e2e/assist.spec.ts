import { expect, test } from './fixtures';
import { actionDialog } from './pages/case-dialog';
import { assistPanel, assistZh as a } from './pages/assist';

/** A customer who threatens the regulator and the media about a parcel. */
const THREAT = '快递三天了还没送到，物流信息也不更新，客服一直推脱。再不处理我就去12315投诉，还要找媒体曝光！';

test.describe('suggestions at intake and grading', () => {
  test('typing a description suggests a category and flags the threat; accepting fills the fields and registration keeps them', async ({ desk, page }) => {
    const { intake, tracking, casePage, flow, shell, labels: l } = desk;
    await shell.visit('intake');
    await intake.expectLoaded();
    const assist = assistPanel(page, intake.form);

    // Nothing is suggested before there is something to go on.
    await intake.field('description').fill('快递');
    await expect(assist.chips).toBeHidden();

    await intake.fill({ customerName: '周先生', phone: '13911112222', description: THREAT });
    // A new desk has graded nothing: the built-in rules answer (快递, 物流 → 物流配送; 客服 → 服务态度).
    await expect(assist.chips.getByRole('button')).toHaveText([a.chip('物流配送', 45), a.chip('服务态度', 25)]);
    await expect(assist.source).toBeVisible();
    // The emotion flag, with the phrases that raised it highlighted in the text.
    await expect(assist.emotion).toContainText(a.levels.escalating);
    await expect(assist.emotion).toContainText(a.kinds.media);
    await expect(assist.emotion).toContainText(a.kinds.regulator);
    await expect(assist.marks).toHaveText(['12315', '媒体', '曝光']);
    await expect(assist.severity).toContainText(a.suggested(l.severity.major));

    await assist.choose('物流配送', 45);
    await assist.adopt(l.severity.major).click();
    await expect(intake.severityGroup.getByRole('radio', { name: l.severity.major, exact: true })).toBeChecked();
    await expect(assist.severity).toBeHidden();

    await intake.submit();
    const no = await intake.confirmedCaseNumber();
    await expect(assist.categoryField).toHaveValue('');

    // Saved with the case: the tracking table shows the category before any grading …
    await shell.open('tracking');
    await tracking.expectLoaded();
    await expect(tracking.cell(no, 'category')).toHaveText('物流配送');
    await expect(tracking.cell(no, 'severity')).toHaveText(l.severity.major);

    // … and on the case page the grading starts from it, with the desk's suggestions for the case.
    await tracking.openCase(no);
    await expect(casePage.heading(no)).toBeVisible();
    await expect(casePage.valueIn(l.flow.section.intake, a.category)).toHaveText('物流配送');
    await flow.accept();
    await flow.completeVerification('客户所述属实');
    await casePage.open(l.flow.command.submitGrading);
    const dialog = actionDialog(page, l, l.flow.command.submitGrading);
    const grading = assistPanel(page, dialog.root);
    await expect(dialog.root.getByRole('combobox', { name: l.flow.form.category, exact: true })).toHaveValue('物流配送');
    await expect(grading.chipOf('物流配送')).toHaveAttribute('aria-pressed', 'true');
    await expect(grading.emotion).toContainText(a.levels.escalating);
    await grading.chipOf('服务态度').click();
    await expect(dialog.root.getByRole('combobox', { name: l.flow.form.category, exact: true })).toHaveValue('服务态度');
  });
});
