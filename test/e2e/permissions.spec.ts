import { expect, test } from './fixtures';
import { journeys } from './pages/journeys';

test.describe('roles and permissions', () => {
  test('an agent is offered no approval of a grading and the store host refuses one asked for directly', async ({ desk, page }) => {
    const { casePage: c, flow, auth, labels: l } = desk;
    const f = l.flow;
    const walk = journeys(desk);

    const { id } = await walk.register({ customerName: '卫东', description: '安装师傅迟到三小时。' });
    await flow.accept();
    await flow.completeVerification('师傅确实迟到。');
    await flow.submitGrading({ category: l.category.after_sales, subCategory: '响应慢', rationale: '服务时效问题。' });
    await expect(c.status).toHaveText(l.status.grading_review);

    // The agent sees whose move it is, and no approve or return button.
    await expect(c.hint).toContainText(f.hint.gradingReview);
    await expect(c.action(f.command.approveGrading)).toHaveCount(0);
    await expect(c.action(f.command.returnGrading)).toHaveCount(0);
    // A customer calling to chase it can still be recorded while it waits.
    await expect(c.actions).toHaveText([f.command.addContact, f.command.correct, f.command.addAttachment]);

    // Asked directly, the store host refuses and changes nothing.
    const refusal = await page.evaluate(async (caseId) => {
      try {
        await window.__desk!.store.send('grading.approve', { caseId });
        return 'approved';
      } catch (error) {
        return (error as { data?: { code?: string } }).data?.code;
      }
    }, id);
    expect(refusal).toBe('auth.forbidden');
    await page.reload();
    await expect(c.status).toHaveText(l.status.grading_review);
    await expect(c.valueIn(f.section.grading, f.record.approvedBy)).toHaveText(f.record.notYetApproved);
    await expect(c.timelineTitles.first()).toHaveText(f.command.submitGrading);

    // The director has both answers.
    await auth.switchTo('director');
    await expect(c.actions).toHaveText([f.command.approveGrading, f.command.returnGrading, f.command.correct, f.command.addAttachment]);
  });

  test('roles without a move at a stage are told whose move it is', async ({ desk }) => {
    const { casePage: c, auth, labels: l } = desk;
    const f = l.flow;
    await journeys(desk).register({ customerName: '蒋华', description: '会员积分被清零。' });
    await expect(desk.shell.navLink('intake')).toBeVisible();
    await auth.switchTo('legal');
    // Legal registers no complaints: 登记 is not offered.
    await expect(desk.shell.navLink('intake')).toHaveCount(0);
    await expect(c.hint).toContainText(f.hint.registered);
    await expect(c.actions).toHaveText([f.command.addAttachment]);
    await auth.switchTo('ops_director');
    await expect(c.actions).toHaveCount(0);
    await expect(c.nextStep).toContainText(f.hint.noActions(l.role.ops_director));
  });
});
