import { expect } from '@playwright/test';
import type { Feedback, Grading, Plan } from './case-flow';
import type { Desk } from './desk';
import type { Complaint } from './intake';
import { DAY, thisMinute } from './time';

/**
 * The stretches of the loop that specs about a later stage walk through
 * first, through the UI and by the role whose job each step is. Each starts
 * and ends with the agent signed in and the case page open.
 */
export function journeys(desk: Desk) {
  const { intake, casePage: c, flow, auth, shell, labels: l } = desk;

  return {
    /** Registers on the intake page and opens the case; returns its number and internal id. */
    async register(complaint: Complaint): Promise<{ no: string; id: string }> {
      await shell.visit('intake');
      const no = await intake.register({ phone: '13900000000', ...complaint });
      await intake.confirmation.getByRole('link', { name: l.intake.openCase }).click();
      await expect(c.heading(no)).toBeVisible();
      const id = /#\/cases\/([^/?]+)/.exec(desk.page.url())?.[1];
      if (!id) throw new Error(`not on a case page: ${desk.page.url()}`);
      return { no, id };
    },

    /** 受理 → 核实 (one check) → 提交定级 → the director approves → 方案制定中. */
    async toPlanning(grading: Grading) {
      await flow.accept();
      await flow.addCheck({ department: '客服中心', checked: '通话录音', finding: '情况属实。' });
      await flow.completeVerification('投诉属实。');
      await flow.submitGrading(grading);
      await auth.switchTo('director');
      await flow.approveGrading();
      await flow.expectStatus(l.status.planning);
      await auth.switchTo('agent');
    },

    /** 提交处理方案 → (法务意见 when needed) → the ops director approves → 处理中. */
    async toExecuting(plan: Partial<Plan> = {}, legalOpinion?: string) {
      await flow.submitPlan({ measures: ['致歉并退款'], dueAt: thisMinute() + 3 * DAY, ...plan });
      if (legalOpinion) {
        await auth.switchTo('legal');
        await flow.giveLegalOpinion(legalOpinion);
      }
      await auth.switchTo('ops_director');
      await flow.approvePlan();
      await flow.expectStatus(l.status.executing);
      await auth.switchTo('agent');
    },

    /** 提交处理结果 → 待回访, then the feedback call. */
    async toFeedback(feedback: Feedback) {
      await flow.complete('已退款并致歉。');
      await flow.expectStatus(l.status.feedback);
      await flow.recordFeedback(feedback);
    },
  };
}
