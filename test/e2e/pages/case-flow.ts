import { expect, type Page } from '@playwright/test';
import { casePage } from './case-page';
import type { Labels } from './labels';

export interface Check {
  department: string;
  checked: string;
  finding: string;
}
export interface Grading {
  /** Labels as shown, e.g. 物流配送. */
  category: string;
  subCategory?: string;
  severity?: string;
  rationale: string;
  /** Changes the department the category proposes. */
  department?: string;
}
export interface Plan {
  measures: string[];
  /** The owner's option as listed, e.g. 李客服（客服专员 · 客服中心）. */
  owner?: string;
  dueAt: number;
  resources?: string;
  compensation?: { type: string; amount?: number };
}
export interface Feedback {
  result: string;
  scores: { efficiency: number; resolution: number; attitude: number; compensation: number };
  comment?: string;
  satisfied: boolean;
  reopenReason?: string;
}

/**
 * The case's commands as a person runs them: the button in 下一步, its
 * dialog filled in by the labels of its fields, the submit button. Each
 * resolves once the dialog has closed (the store host committed it).
 */
export function caseFlow(page: Page, l: Labels) {
  const c = casePage(page, l);
  const { command: cmd, form } = l.flow;

  return {
    async accept(note = '') {
      const d = await c.open(cmd.accept);
      if (note) await d.fill(form.acceptNote, note);
      await d.submit();
    },

    async redirect(reason: string, referredTo: string) {
      const d = await c.open(cmd.redirect);
      await d.fill(form.redirectReason, reason);
      await d.fill(form.referredTo, referredTo);
      await d.submit();
    },

    async addCheck(check: Check) {
      const d = await c.open(cmd.addCheck);
      await d.choose(form.checkDepartment, check.department);
      await d.fill(form.checked, check.checked);
      await d.fill(form.finding, check.finding);
      await d.submit();
    },

    /** A contact with the customer, now, by the channel the dialog proposes (the case's) unless another is given. */
    async addContact(summary: string, channel?: string) {
      const d = await c.open(cmd.addContact);
      if (channel) await d.choose(form.contactChannel, channel);
      await d.fill(form.contactSummary, summary);
      await d.submit();
    },

    /** The customer called to chase the case (客户催办): made by them, by phone, now. */
    async chase(summary: string) {
      const d = await c.open(cmd.addContact);
      await d.segment(form.inbound);
      await d.root.getByRole('checkbox', { name: form.chase }).check();
      // A customer calling in calls: the channel follows.
      await expect(d.root.getByRole('combobox', { name: form.contactChannel, exact: true })).toHaveValue(l.channel.phone);
      await d.fill(form.contactSummary, summary);
      await d.submit();
    },

    async completeVerification(conclusion: string) {
      const d = await c.open(cmd.completeVerification);
      await d.fill(form.conclusion, conclusion);
      await d.submit();
    },

    async submitGrading(grading: Grading) {
      const d = await c.open(cmd.submitGrading);
      await d.choose(form.category, grading.category);
      if (grading.subCategory) await d.choose(form.subCategory, grading.subCategory);
      if (grading.severity) await d.segment(grading.severity);
      await d.fill(form.rationale, grading.rationale);
      if (grading.department) await d.choose(form.department, grading.department);
      await d.submit();
    },

    async approveGrading() {
      const d = await c.open(cmd.approveGrading);
      await d.submit();
    },

    async submitPlan(plan: Plan) {
      const d = await c.open(cmd.submitPlan);
      for (const [index, measure] of plan.measures.entries()) {
        if (index > 0) await d.button(form.addMeasure).click();
        await d.fill(form.measure(index + 1), measure);
      }
      if (plan.owner) await d.choose(form.owner, plan.owner);
      await d.pick(form.dueAt, plan.dueAt);
      if (plan.resources) await d.fill(form.resources, plan.resources);
      if (plan.compensation) {
        await d.choose(form.compensationType, plan.compensation.type);
        if (plan.compensation.amount !== undefined) await d.fill(form.compensationAmount, String(plan.compensation.amount));
      }
      await d.submit();
    },

    async giveLegalOpinion(opinion: string) {
      const d = await c.open(cmd.legalReview);
      await d.fill(form.legalOpinion, opinion);
      await d.submit();
    },

    async approvePlan() {
      const d = await c.open(cmd.approvePlan);
      await d.submit();
    },

    async addProgress(text: string) {
      const d = await c.open(cmd.addProgress);
      await d.fill(form.progress, text);
      await d.submit();
    },

    async requestExtension(reason: string, newDueAt: number) {
      const d = await c.open(cmd.requestExtension);
      await d.fill(form.extensionReason, reason);
      await d.pick(form.newDueAt, newDueAt);
      await d.submit();
    },

    async decideExtension(approve: boolean, note = '') {
      const d = await c.open(cmd.decideExtension);
      if (note) await d.fill(form.decisionNote, note);
      await d.submit(approve ? form.approve : form.reject, approve ? l.flow.extensionDone.approved : l.flow.extensionDone.rejected);
    },

    async complete(result: string) {
      const d = await c.open(cmd.complete);
      await d.fill(form.result, result);
      await d.submit();
    },

    async recordFeedback(feedback: Feedback) {
      const d = await c.open(cmd.recordFeedback);
      await d.fill(form.feedbackResult, feedback.result);
      for (const [question, score] of Object.entries(feedback.scores)) await d.rate(l.flow.survey[question as keyof Feedback['scores']], score);
      if (feedback.comment) await d.fill(form.comment, feedback.comment);
      await d.radio(feedback.satisfied ? form.satisfiedYes : form.satisfiedNo);
      if (!feedback.satisfied) await d.fill(form.reopenReason, feedback.reopenReason ?? '');
      await d.submit();
    },

    /** Waits until the header shows this status (the page re-reads the case after each command). */
    async expectStatus(status: string) {
      await expect(c.status).toHaveText(status);
    },
  };
}

export type CaseFlow = ReturnType<typeof caseFlow>;
