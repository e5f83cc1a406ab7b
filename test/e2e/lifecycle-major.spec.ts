import { expect, test } from './fixtures';
import { journeys } from './pages/journeys';
import { DAY, shown, thisMinute } from './pages/time';

test.describe('a 重大 case', () => {
  test('needs the legal opinion before the plan is approved, and gets an extension from the supervisor', async ({ desk, page }) => {
    // Many steps and several sign-ins: triple the time allowed.
    test.slow();
    const { casePage: c, flow, auth, labels: l } = desk;
    const f = l.flow;
    const walk = journeys(desk);

    const { id } = await walk.register({ customerName: '郑强', description: '热水器使用中漏电，家人被电击受伤。', severity: l.severity.major });
    await expect(c.clock('response')).toContainText(f.clockState.running);
    await walk.toPlanning({ category: l.category.product_quality, subCategory: '质量缺陷', rationale: '涉及人身安全。' });
    await expect(c.valueIn(f.section.grading, f.form.severity)).toHaveText(l.severity.major);

    const planDue = thisMinute() + 3 * DAY;
    await flow.submitPlan({
      measures: ['上门检测热水器', '承担医疗费用并更换热水器'],
      dueAt: planDue,
      compensation: { type: f.compensation.refund, amount: 3500 },
    });
    await expect(c.status).toHaveText(l.status.plan_review);
    await expect(c.valueIn(f.section.plan, f.form.legalOpinion)).toHaveText(f.record.legalOpinionPending);

    // The ops director cannot approve yet: the dialog says why and its button is disabled…
    await auth.switchTo('ops_director');
    await expect(c.hint).toContainText(f.hint.legalReview);
    const approval = await c.open(f.command.approvePlan);
    await expect(approval.root.getByRole('alert')).toHaveText(f.form.legalOpinionMissing);
    await expect(approval.button(f.command.approvePlan)).toBeDisabled();
    await approval.button(f.form.cancel).click();
    await expect(approval.root).toBeHidden();
    // …and the store host refuses the approval asked for directly.
    const refusal = await page.evaluate(async (caseId) => {
      try {
        await window.__desk!.store.send('plans.approve', { caseId });
        return 'approved';
      } catch (error) {
        return (error as { data?: { code?: string } }).data?.code;
      }
    }, id);
    expect(refusal).toBe('plans.legalReviewRequired');
    await page.reload();
    await expect(c.status).toHaveText(l.status.plan_review);

    // 法务 gives the opinion; then the ops director approves.
    await auth.switchTo('legal');
    await expect(c.actions).toHaveText([f.command.legalReview, f.command.addAttachment]);
    await flow.giveLegalOpinion('赔偿金额合理，建议与客户签署和解协议。');
    await expect(c.section(f.section.plan)).toContainText('赔偿金额合理，建议与客户签署和解协议。');
    await expect(c.section(f.section.plan).getByText(new RegExp(`^${f.form.legalOpinion}（周法务 · `))).toBeVisible();
    await auth.switchTo('ops_director');
    const approvalNow = await c.open(f.command.approvePlan);
    await expect(approvalNow.root.getByRole('status')).toHaveText(f.form.legalOpinionGiven);
    await approvalNow.submit();
    await expect(c.status).toHaveText(l.status.executing);
    await expect(c.clock('resolution')).toContainText(shown(planDue));

    // The agent asks for two more days; nobody decides their own request.
    await auth.switchTo('agent');
    const newDue = planDue + 2 * DAY;
    await flow.requestExtension('检测机构排期，报告需要额外两天。', newDue);
    await expect(c.hint).toContainText(f.hint.extensionPending('李客服'));
    await expect(c.action(f.command.decideExtension)).toHaveCount(0);
    await expect(c.action(f.command.requestExtension)).toHaveCount(0);
    const extensions = c.section(f.section.execution).getByRole('table', { name: f.record.extensions });
    await expect(extensions.getByRole('columnheader')).toHaveText(f.record.extensionColumns);
    await expect(extensions.getByRole('row').nth(1).getByRole('cell').nth(4)).toHaveText(f.record.pending);
    await expect(c.clock('resolution')).toContainText(shown(planDue));

    // The supervisor approves it: the deadline moves, both deadlines stay on record.
    await auth.switchTo('supervisor');
    await flow.decideExtension(true, '同意延期。');
    const row = extensions.getByRole('row').nth(1).getByRole('cell');
    await expect(row).toHaveText([
      shown(planDue),
      shown(newDue),
      '检测机构排期，报告需要额外两天。',
      /^李客服 · \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/,
      `${f.record.approved}同意延期。`,
      /^赵主管 · \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/,
    ]);
    await expect(c.clock('resolution')).toContainText(shown(newDue));
    await expect(c.clock('resolution')).toContainText(f.clockState.running);
    await expect(c.timelineTitles.first()).toHaveText(f.command.decideExtension);
    await expect(c.timeline).toContainText(f.record.approved);
  });
});
