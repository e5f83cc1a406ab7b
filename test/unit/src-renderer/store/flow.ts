import type { CaseRecord } from '../../../../src-renderer/domain/cases/case';
import { TRANSITIONS, type CaseStatus, type LifecycleCommand } from '../../../../src-renderer/domain/lifecycle/machine';
import { PERMISSIONS } from '../../../../src-renderer/domain/users/roles';
import { DAY, HOUR, register, WHO_OF, type TestStore, type Who } from './fixtures';

/**
 * The closed loop driven through the dispatcher, one stage at a time, each
 * step by a user whose role may run it.
 */
type Step = (store: TestStore, id: string) => Promise<CaseRecord>;

export const SURVEY = { efficiency: 5, resolution: 4, attitude: 5, compensation: 4 };

export const steps = {
  accept: (s, caseId) => s.run('screening.accept', { caseId, note: '符合受理条件' }),
  requestInfo: (s, caseId) => s.run('screening.requestInfo', { caseId, missing: '订单号' }),
  redirect: (s, caseId) => s.run('screening.redirect', { caseId, reason: '属于厂家保修范围', referredTo: '厂家售后' }),
  completeVerification: (s, caseId) => s.run('verification.complete', { caseId, conclusion: '情况属实' }),
  /** Grades the case at the severity it was registered with. */
  submitGrading: async (s, caseId) => {
    const { severity } = await s.run('cases.get', { id: caseId });
    return s.run('grading.submit', { caseId, category: 'logistics', subCategory: '配送延误', severity, rationale: '影响客户', department: '物流配送部' });
  },
  approveGrading: (s, caseId) => s.run('grading.approve', { caseId }, 'director'),
  submitPlan: (s, caseId) =>
    s.run('plans.submit', {
      caseId,
      measures: ['补发商品', '致电道歉'],
      ownerId: 'u-agent',
      department: '物流配送部',
      dueAt: s.now() + 3 * DAY,
    }),
  approvePlan: async (s, caseId) => {
    const current = await s.run('cases.get', { id: caseId });
    if ((current.severity === 'major' || current.legalRisk === 1) && !current.plan?.legalOpinion) {
      await s.run('plans.legalReview', { caseId, opinion: '无法律障碍' }, 'legal');
    }
    return s.run('plans.approve', { caseId }, 'ops');
  },
  completeExecution: (s, caseId) => s.run('progress.complete', { caseId, summary: '已补发并道歉' }),
  terminate: (s, caseId) => s.run('cases.terminate', { caseId, reason: 'withdrawn', note: '客户来电撤回投诉' }, 'supervisor'),
  satisfied: (s, caseId) =>
    s.run('feedback.record', { caseId, channel: 'phone', result: '已告知处理结果', at: s.now(), scores: SURVEY, satisfied: true }),
} satisfies Record<string, Step>;

/** The steps from a fresh registration to each status. */
export const PATH_TO: Record<CaseStatus, Step[]> = {
  registered: [],
  awaiting_info: [steps.requestInfo],
  redirected: [steps.redirect],
  terminated: [steps.accept, steps.terminate],
  verifying: [steps.accept],
  grading: [steps.accept, steps.completeVerification],
  grading_review: [steps.accept, steps.completeVerification, steps.submitGrading],
  planning: [steps.accept, steps.completeVerification, steps.submitGrading, steps.approveGrading],
  plan_review: [steps.accept, steps.completeVerification, steps.submitGrading, steps.approveGrading, steps.submitPlan],
  executing: [steps.accept, steps.completeVerification, steps.submitGrading, steps.approveGrading, steps.submitPlan, steps.approvePlan],
  feedback: [
    steps.accept,
    steps.completeVerification,
    steps.submitGrading,
    steps.approveGrading,
    steps.submitPlan,
    steps.approvePlan,
    steps.completeExecution,
  ],
  closed: [
    steps.accept,
    steps.completeVerification,
    steps.submitGrading,
    steps.approveGrading,
    steps.submitPlan,
    steps.approvePlan,
    steps.completeExecution,
    steps.satisfied,
  ],
};

/** Registers a case and drives it to `status`. */
export async function caseAt(store: TestStore, status: CaseStatus, overrides: Record<string, unknown> = {}): Promise<CaseRecord> {
  let record = await register(store, overrides);
  for (const step of PATH_TO[status]) record = await step(store, record.id);
  if (record.status !== status) throw new Error(`expected ${status}, the case is ${record.status}`);
  return record;
}

/** A fixture user whose role may run the command. */
export function whoMay(command: LifecycleCommand): Who {
  return WHO_OF[PERMISSIONS[command][0]];
}

/** Arguments that pass the command's schema, so that only the state machine can refuse them. */
export function validArgs(command: LifecycleCommand, caseId: string, now: number): Record<string, unknown> {
  const later = now + 5 * DAY;
  const byCommand: Record<LifecycleCommand, Record<string, unknown>> = {
    'screening.accept': {},
    'screening.redirect': { reason: '不属于本中心', referredTo: '厂家' },
    'screening.requestInfo': { missing: '订单号' },
    'screening.infoReceived': {},
    'verification.addCheck': { department: '物流配送部', checked: '物流记录', finding: '延误两天' },
    'verification.requestCheck': { department: '物流配送部', question: '请核实该单的配送记录' },
    'verification.answerRequest': { requestId: 'request-1', checked: '配送记录', finding: '延误两天' },
    'verification.withdrawRequest': { requestId: 'request-1', reason: '客户已提供签收记录' },
    'verification.addContact': { channel: 'phone', contactedAt: now - HOUR, summary: '客户确认' },
    'verification.complete': { conclusion: '属实' },
    'grading.submit': { category: 'logistics', severity: 'general', rationale: '一般', department: '物流配送部' },
    'grading.approve': {},
    'grading.return': { reason: '定级偏低' },
    'plans.submit': { measures: ['补发'], ownerId: 'u-agent', department: '物流配送部', dueAt: later },
    'plans.legalReview': { opinion: '无风险' },
    'plans.approve': {},
    'plans.return': { reason: '补偿不足' },
    'plans.confirmCompensation': { outcome: 'waived', note: '客户表示不需要补偿' },
    'progress.add': { text: '已联系仓库' },
    'progress.requestExtension': { reason: '等待配件', newDueAt: later },
    'progress.decideExtension': { requestId: 'req-1', approve: true },
    'progress.pause': { reason: '等待客户' },
    'progress.resume': {},
    'progress.complete': { summary: '已处理' },
    'feedback.unreachable': { channel: 'phone', at: now, reason: 'no_answer' },
    'feedback.record': { channel: 'phone', result: '已告知', at: now, scores: SURVEY, satisfied: true },
    'feedback.qualityReturn': { reason: '回访记录不完整' },
    'cases.correct': { reason: '客户更正联系电话', phone: '13900001111' },
    'cases.terminate': { reason: 'withdrawn', note: '客户来电撤回投诉' },
    'cases.replyReferral': { at: now - HOUR, replier: '李客服', method: 'platform', text: '已联系消费者，正在核实' },
    'attachments.add': { name: 'photo.png', type: 'image/png', data: new Blob([new Uint8Array(10)]) },
  };
  return { caseId, ...byCommand[command] };
}

export const LIFECYCLE_COMMANDS = Object.keys(TRANSITIONS) as LifecycleCommand[];
