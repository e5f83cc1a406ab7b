import { expect, test } from './fixtures';
import { journeys } from './pages/journeys';
import { HOUR, MINUTE, shown, TIME_ZONE } from './pages/time';

/** A minute earlier today in China time (the desk's time zone): two hours ago, or midnight when that was yesterday. */
function earlierToday(): number {
  const now = Date.now();
  const [year, month, day] = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now).split('-');
  const midnight = Date.parse(`${year}-${month}-${day}T00:00:00+08:00`);
  return Math.floor(Math.max(midnight, now - 2 * HOUR) / MINUTE) * MINUTE;
}

test.describe('cases that leave the straight path', () => {
  test('a customer not satisfied at the feedback call sends the case back to planning, with the reason on record', async ({ desk }) => {
    // Many steps and several sign-ins: triple the time allowed.
    test.slow();
    const { casePage: c, flow, labels: l } = desk;
    const f = l.flow;
    const walk = journeys(desk);

    await walk.register({ customerName: '冯丽', description: '洗衣机维修后仍然漏水。', severity: l.severity.serious });
    await walk.toPlanning({ category: l.category.after_sales, subCategory: '维修', rationale: '维修质量问题。' });
    await walk.toExecuting({ measures: ['安排师傅再次上门维修'] });
    await walk.toFeedback({
      result: '告知客户已再次维修。',
      scores: { efficiency: 2, resolution: 1, attitude: 4, compensation: 2 },
      satisfied: false,
      reopenReason: '洗衣机依旧漏水，要求换新机。',
    });

    await expect(c.status).toHaveText(l.status.planning);
    await expect(c.currentStep).toHaveText(`4${f.steps[3]}${f.stepCurrent}`);
    await expect(c.completedSteps).toHaveCount(3);
    await expect(c.main.getByText(f.record.reopened(1), { exact: true })).toBeVisible();
    await expect(c.hint).toContainText(f.hint.planning);
    await expect(c.valueIn(f.section.feedback, f.form.satisfied)).toHaveText(f.record.notSatisfied);
    const reopen = c.section(f.section.reopen);
    await expect(reopen).toContainText(f.record.reopenKind);
    await expect(reopen).toContainText('洗衣机依旧漏水，要求换新机。');
    await expect(reopen).toContainText(/李客服 · \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    await expect(c.clock('planApproval')).toContainText(f.clockState.running);
    await expect(c.timeline.getByText(f.timeline.statusChange(l.status.feedback, l.status.planning), { exact: true })).toBeVisible();

    // A new plan starts from the one on record.
    const plan = await c.open(f.command.submitPlan);
    await expect(plan.text(f.form.measure(1))).toHaveValue('安排师傅再次上门维修');
    // A deadline earlier today is kept as typed and refused with the reason, never silently turned into now.
    const earlier = earlierToday();
    await plan.pick(f.form.dueAt, earlier);
    await plan.button(f.command.submitPlan).click();
    await expect(plan.root.getByText(l.errors.mustBeFuture, { exact: true })).toBeVisible();
    await expect(plan.button(f.form.dueAt)).toHaveText(shown(earlier));
    // What was typed is not thrown away unasked.
    await plan.button(f.form.cancel).click();
    const ask = plan.root.page().getByRole('dialog', { name: f.form.discardTitle });
    await ask.getByRole('button', { name: f.form.discard }).click();
    await expect(plan.root).toBeHidden();
    await flow.submitPlan({ measures: ['安排师傅再次上门维修', '更换同型号新机'], dueAt: Date.now() + 86_400_000 });
    await expect(c.status).toHaveText(l.status.plan_review);
  });

  test('a complaint outside the centre’s remit is redirected and its loop ends there', async ({ desk }) => {
    const { casePage: c, flow, tracking, shell, labels: l } = desk;
    const f = l.flow;
    const walk = journeys(desk);

    const { no } = await walk.register({ customerName: '褚明', description: '第三方商家的商品质量问题。', channel: l.channel.online_chat });
    await flow.redirect('属于入驻商家自营商品，由商家负责售后。', '合作商家客服（电话 400-800-1234）');

    await expect(c.status).toHaveText(l.status.redirected);
    await expect(c.currentStep).toContainText(f.stepRedirected);
    await expect(c.currentStep).toContainText(f.stepEnded);
    await expect(c.completedSteps).toHaveCount(0);
    await expect(c.hint).toHaveText(`${f.nextStep}${f.hint.redirected}`);
    // Ended: a call back can still be recorded, the registration corrected, and evidence the customer sends later added.
    await expect(c.actions).toHaveText([f.command.addContact, f.command.correct, f.command.addAttachment]);
    await expect(c.valueIn(f.section.screening, f.record.decision)).toHaveText(f.record.redirected);
    await expect(c.valueIn(f.section.screening, f.form.redirectReason)).toHaveText('属于入驻商家自营商品，由商家负责售后。');
    await expect(c.valueIn(f.section.screening, f.form.referredTo)).toHaveText('合作商家客服（电话 400-800-1234）');
    await expect(c.clock('response')).toContainText(f.clockState.met);
    await expect(c.timelineTitles).toHaveText([f.command.redirect, f.timeline.register]);
    await expect(c.timeline).toContainText('属于入驻商家自营商品，由商家负责售后。 → 合作商家客服（电话 400-800-1234）');

    // In the list it has ended: no deadline left.
    await shell.open('tracking');
    await expect(tracking.cell(no, 'status')).toHaveText(l.status.redirected);
    await expect(tracking.cell(no, 'timeLeft')).toHaveText(l.tracking.none);
  });

  test('a customer who withdraws the complaint: a supervisor terminates the case, its deadline stops and it leaves the backlog', async ({ desk }) => {
    const { casePage: c, auth, tracking, shell, labels: l } = desk;
    const { no } = await journeys(desk).register({ customerName: '卫东', description: '快递柜取件码失效，无法取件。' });
    // The agent has no such button: ending a case early is the supervisor's.
    await expect(c.action('终止处理')).toHaveCount(0);
    await auth.switchTo('supervisor');
    const dialog = await c.open('终止处理');
    await dialog.radio('客户撤诉');
    await dialog.fill('情况说明', '客户来电表示已自行取到快递，撤回投诉。');
    await dialog.submit('终止处理', '已终止处理：客户撤诉');

    await expect(c.status).toHaveText(l.status.terminated);
    await expect(c.currentStep).toContainText('已终止处理');
    await expect(c.hint).toHaveText(`${l.flow.nextStep}已终止处理，流程已结束。`);
    await expect(c.section('终止处理')).toContainText('客户来电表示已自行取到快递，撤回投诉。');
    // Stopped for good where it stood, not a pause that might resume.
    await expect(c.clock('response')).toContainText(l.flow.clockState.stopped);
    await expect(c.clock('response')).not.toContainText(l.flow.clockState.paused);

    await shell.open('tracking');
    await expect(tracking.cell(no, 'status')).toHaveText(l.status.terminated);
    await expect(tracking.cell(no, 'timeLeft')).toHaveText(l.tracking.none);
  });
});
