import { expect, test } from './fixtures';
import { DAY, shown, thisMinute } from './pages/time';

test.describe('the closed loop of a general case', () => {
  test('goes from registration to close, each step taken by the role whose job it is', async ({ desk }) => {
    // Many steps and several sign-ins: triple the time allowed.
    test.slow();
    const { intake, casePage: c, flow, auth, shell, labels: l } = desk;
    const f = l.flow;

    // 客服专员 registers the call and opens the case.
    await shell.visit('intake');
    const no = await intake.register({
      customerName: '陈静',
      phone: '13800000011',
      description: '快递显示已签收，但本人没有收到包裹。',
      channel: '电话',
      severity: '一般',
    });
    await intake.confirmation.getByRole('link', { name: l.intake.openCase }).click();
    await expect(c.heading(no)).toBeVisible();
    await expect(c.status).toHaveText(l.status.registered);
    await expect(c.steps).toHaveCount(7);
    await expect(c.currentStep).toHaveText(`1${f.steps[0]}${f.stepCurrent}`);
    await expect(c.completedSteps).toHaveCount(0);
    await expect(c.hint).toContainText(f.hint.registered);
    await expect(c.clock('response')).toContainText(f.clockState.running);

    // 受理: the response deadline is met and verification starts.
    await flow.accept('属于本中心处理范围。');
    await expect(c.status).toHaveText(l.status.verifying);
    await expect(c.currentStep).toHaveText(`2${f.steps[1]}${f.stepCurrent}`);
    await expect(c.completedSteps).toHaveCount(1);
    await expect(c.clock('response')).toContainText(f.clockState.met);
    await expect(c.clock('verification')).toContainText(f.clockState.running);
    await expect(c.valueIn(f.section.screening, f.record.decision)).toHaveText(f.record.accepted);
    await expect(c.valueIn(f.section.screening, f.form.acceptNote)).toHaveText('属于本中心处理范围。');

    // 核实: a check with the logistics department and a call to the customer.
    await flow.addCheck({ department: '物流配送部', checked: '快递签收记录和驿站监控', finding: '快递员未经本人同意代签。' });
    await flow.addContact('已致电客户，确认未收到包裹，客户希望补发。');
    const verification = c.section(f.section.verification);
    await expect(verification.getByRole('table', { name: f.record.checks }).getByRole('row').nth(1).getByRole('cell')).toHaveText([
      '物流配送部',
      '快递签收记录和驿站监控',
      '快递员未经本人同意代签。',
      /^李客服 · /,
    ]);
    await expect(verification.getByRole('table', { name: f.record.contacts }).getByRole('row').nth(1).getByRole('cell')).toContainText([
      /\d{4}-\d{2}-\d{2} \d{2}:\d{2}/,
      l.channel.phone,
      '已致电客户，确认未收到包裹，客户希望补发。',
      '李客服',
    ]);
    await flow.completeVerification('快递员违规代签，投诉属实。');
    await expect(c.status).toHaveText(l.status.grading);
    await expect(c.clock('verification')).toContainText(f.clockState.met);
    await expect(c.clock('grading')).toContainText(f.clockState.running);

    // 分类定级 by the agent, approved by the director.
    await flow.submitGrading({ category: l.category.logistics, subCategory: '丢件', rationale: '包裹丢失，金额不大，未造成其他损失。' });
    await expect(c.status).toHaveText(l.status.grading_review);
    await expect(c.hint).toContainText(f.hint.gradingReview);
    await expect(c.valueIn(f.section.grading, f.record.approvedBy)).toHaveText(f.record.notYetApproved);
    // While the grading waits, the customer calls to chase it: recorded, and counted on the case.
    await flow.chase('客户来电询问处理进度，希望尽快补发。');
    await expect(c.main.getByText('客户催办 1 次')).toBeVisible();
    await expect(verification.getByRole('table', { name: f.record.contacts }).getByRole('row').nth(2)).toContainText('【催办】客户来电询问处理进度，希望尽快补发。');
    await auth.switchTo('director');
    await expect(c.heading(no)).toBeVisible();
    await flow.approveGrading();
    await expect(c.status).toHaveText(l.status.planning);
    await expect(c.valueIn(f.section.grading, f.record.approvedBy)).toHaveText(/^孙总监 · /);
    await expect(c.value('department')).toHaveText('物流配送部');
    await expect(c.clock('grading')).toContainText(f.clockState.met);
    await expect(c.clock('planApproval')).toContainText(f.clockState.running);

    // 处理方案 by the agent, approved by the operations director.
    await auth.switchTo('agent');
    const dueAt = thisMinute() + 2 * DAY;
    await flow.submitPlan({
      measures: ['补发同款商品', '对快递员违规代签进行考核'],
      dueAt,
      resources: '仓库备货一件',
      compensation: { type: f.compensation.voucher, amount: 20 },
    });
    await expect(c.status).toHaveText(l.status.plan_review);
    await expect(c.hint).toContainText(f.hint.planReview);
    await auth.switchTo('ops_director');
    await flow.approvePlan();
    await expect(c.status).toHaveText(l.status.executing);
    const plan = c.section(f.section.plan);
    await expect(plan.getByRole('listitem')).toHaveText(['补发同款商品', '对快递员违规代签进行考核']);
    await expect(c.valueIn(f.section.plan, f.form.owner)).toHaveText('李客服');
    await expect(c.valueIn(f.section.plan, f.form.dueAt)).toHaveText(shown(dueAt));
    await expect(c.valueIn(f.section.plan, f.form.compensationType)).toHaveText(`${f.compensation.voucher} ¥20.00`);
    await expect(c.valueIn(f.section.plan, f.record.approvedBy)).toHaveText(/^钱运营 · /);
    await expect(c.clock('planApproval')).toContainText(f.clockState.met);
    await expect(c.clock('resolution')).toContainText(shown(dueAt));
    await expect(c.clock('resolution')).toContainText(f.clockState.running);

    // 执行跟踪 and 反馈回访 by the agent.
    await auth.switchTo('agent');
    await flow.addProgress('已补发商品，顺丰单号 SF1234567890。');
    await expect(c.section(f.section.execution)).toContainText('已补发商品，顺丰单号 SF1234567890。');
    // The ¥20 voucher the plan promised is confirmed issued first: until then 提交处理结果 is not offered.
    await expect(c.action(f.command.complete)).toHaveCount(0);
    await expect(c.hint).toContainText('尚未确认');
    const payout = await c.open(f.command.confirmCompensation);
    await payout.fill('交易流水号/券码/运单号', 'QJ20261126');
    await payout.submit(f.command.confirmCompensation, '已记录赔付确认');
    await expect(c.section(f.section.plan)).toContainText('QJ20261126');
    await flow.complete('补发商品已签收，代金券已发放。');
    await expect(c.status).toHaveText(l.status.feedback);
    await expect(c.clock('resolution')).toContainText(f.clockState.met);
    // 回访时限 runs from the handling's completion until the survey.
    await expect(c.clock('callback')).toContainText(f.clockState.running);
    await flow.recordFeedback({
      result: '告知客户已补发并发放20元代金券。',
      scores: { efficiency: 4, resolution: 5, attitude: 5, compensation: 4 },
      comment: '处理及时。',
      satisfied: true,
    });

    // Closed: every stage done, every deadline met.
    await expect(c.status).toHaveText(l.status.closed);
    await expect(c.completedSteps).toHaveCount(7);
    await expect(c.currentStep).toHaveCount(0);
    await expect(c.hint).toContainText(f.hint.closed);
    // Closed: a call back can still be recorded, the registration corrected, and evidence the customer sends later added.
    await expect(c.actions).toHaveText([f.command.addContact, f.command.confirmCompensation, f.command.correct, f.command.addAttachment]);
    for (const kind of ['response', 'verification', 'grading', 'planApproval', 'resolution', 'callback'] as const) {
      await expect(c.clock(kind)).toContainText(f.clockState.met);
    }
    const feedback = c.section(f.section.feedback);
    await expect(c.valueIn(f.section.feedback, f.form.satisfied)).toHaveText(f.record.satisfied);
    await expect(c.valueIn(f.section.feedback, f.form.feedbackResult)).toHaveText('告知客户已补发并发放20元代金券。');
    await expect(c.valueIn(f.section.feedback, f.survey.efficiency)).toHaveText(f.points(4));
    await expect(c.valueIn(f.section.feedback, f.survey.resolution)).toHaveText(f.points(5));
    await expect(c.valueIn(f.section.feedback, f.survey.attitude)).toHaveText(f.points(5));
    await expect(c.valueIn(f.section.feedback, f.survey.compensation)).toHaveText(f.points(4));
    await expect(feedback).toContainText('处理及时。');

    const { command: cmd } = f;
    await expect(c.timelineTitles).toHaveText([
      cmd.recordFeedback,
      cmd.complete,
      cmd.confirmCompensation,
      cmd.addProgress,
      cmd.approvePlan,
      cmd.submitPlan,
      cmd.approveGrading,
      // The customer's chase while the grading waited.
      cmd.addContact,
      cmd.submitGrading,
      cmd.completeVerification,
      cmd.addContact,
      cmd.addCheck,
      cmd.accept,
      f.timeline.register,
    ]);
    await expect(c.timeline.getByText(f.timeline.statusChange(l.status.registered, l.status.verifying), { exact: true })).toBeVisible();
    await expect(c.timeline.getByText(f.timeline.statusChange(l.status.feedback, l.status.closed), { exact: true })).toBeVisible();

    // The supervisor checks the audit trail of the whole loop.
    await auth.switchTo('supervisor');
    const verdict = await c.verifyAudit();
    await expect(verdict).toContainText(f.audit.intact);
    await expect(verdict).toContainText(f.audit.intactDetail(14));
  });
});
