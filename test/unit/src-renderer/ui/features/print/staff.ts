import type { CaseRecord } from '../../../../../../src-renderer/domain/cases/case';
import type { Result } from '../../../../../../src-renderer/domain/common/errors';
import { hashPassword } from '../../../../../../src-renderer/domain/users/password';
import type { Role } from '../../../../../../src-renderer/domain/users/roles';
import { toActor, type UserRecord } from '../../../../../../src-renderer/domain/users/user';
import type { StoreHost } from '../../../../../../src-renderer/store/host';
import type { Rendered } from '../../render';
import { registerCase } from '../../render';

/** The colleagues who approve, review and decide, besides the agent the UI signs in as. */
export const STAFF = {
  supervisor: { role: 'supervisor', name: '主管老陈', department: '客服中心' },
  director: { role: 'director', name: '总监周', department: '质量管理部' },
  ops: { role: 'ops_director', name: '运营总监吴', department: '运营部' },
  legal: { role: 'legal', name: '法务郑', department: '法务部' },
} as const satisfies Record<string, { role: Role; name: string; department: string }>;
type Staff = keyof typeof STAFF;

/** What the fixture case is handled with; each value must appear on its form. */
export const HANDLING = {
  description: '冰箱配送途中丢失，客户多次联系物流未果。',
  rationale: '货值较高且客户投诉至监管部门',
  gradingReturn: '请补充监管部门转办单号',
  planReturn: '补偿方式请与财务部确认',
  measures: ['调取签收记录', '补发同型号冰箱'],
  resources: '物流专车一辆',
  legalOpinion: '建议先行补发以免纠纷扩大',
  progress: ['已联系仓库核对库存', '已安排专车配送'],
  pauseReason: '等待客户提供收货地址',
  resumeNote: '客户已提供新地址',
  extensionReason: '同型号缺货需外省调货',
  decisionNote: '同意延期',
  summary: '已补发并致歉',
  /** 赔付确认 of the ¥200 voucher: its code, and why ¥180 was issued. */
  voucherCode: 'QJ-2026-0200',
  paymentNote: '客户同意以 ¥180 券加包邮代替',
  result: '已补发并赠送优惠券',
  comment: '希望签收流程更严格',
  unreachedNote: '两次来电无人接听',
  reopenReason: '认为代金券无法弥补损失，要求现金补偿',
  acceptNote: '属本中心受理范围',
  check: { department: '物流配送部', checked: '调取签收记录和配送轨迹', finding: '签收记录为代签，客户本人未签收' },
  contact: '致电客户确认收货地址，客户情绪激动',
  conclusion: '情况属实：配送员代签，货物丢失',
};

/** Creates the colleagues directly in the store's database, each signed in, and dispatches as them. */
async function staffOf(host: StoreHost): Promise<(who: Staff, method: string, args: unknown) => Promise<unknown>> {
  const password = await hashPassword('Desk2026ok', 1000);
  const sessions = {} as Record<Staff, { actor: ReturnType<typeof toActor>; token: string }>;
  for (const [who, person] of Object.entries(STAFF) as Array<[Staff, (typeof STAFF)[Staff]]>) {
    const user: UserRecord = { id: `u-${who}`, username: who, ...person, active: 1, password, createdAt: Date.now(), failedSignIns: 0, lockedUntil: 0 };
    await host.db.users.add(user);
    await host.db.sessions.add({ token: `token-${who}`, userId: user.id, createdAt: Date.now(), lastSeenAt: Date.now() });
    sessions[who] = { actor: toActor(user), token: `token-${who}` };
  }
  return async (who, method, args) => ok(await host.dispatcher.dispatch(method, args, sessions[who]), method);
}

function ok(result: Result<unknown>, what: string): unknown {
  if (!result.ok) throw new Error(`${what} failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

/**
 * Registers a major complaint and takes it through the loop as the people who
 * may take each step, up to `until`: awaiting the survey, closed by a satisfied
 * customer, or sent back by one not satisfied (after a callback nobody answered), handled again
 * and awaiting its next survey (`rehandled`), or surveyed again.
 */
export async function handledCase(
  host: StoreHost,
  asAgent: Rendered['asAgent'],
  until: 'feedback' | 'closed' | 'reopened' | 'rehandled' | 'resurveyed',
  /** The first survey's scores (null: a question the customer did not answer). */
  scores: Record<string, number | null> = { efficiency: 5, resolution: 4, attitude: 3, compensation: 2 },
): Promise<CaseRecord> {
  const as = await staffOf(host);
  const agent = async (method: string, args: Record<string, unknown>) => ok(await asAgent(method, args), method) as CaseRecord;
  const now = Date.now();
  const record = await registerCase(asAgent, {
    description: HANDLING.description,
    severity: 'major',
    customerType: 'business',
    email: 'chen@example.com',
    product: '冰箱BCD-520',
    orderNo: 'JD20261123001',
    amount: 1280.5,
    demands: ['refund', 'apology'],
    demandNote: '希望三日内补发',
    // The agent's first view, which grading then corrects to 物流配送.
    category: 'product_quality',
  });
  const caseId = record.id;
  await agent('screening.accept', { caseId, note: HANDLING.acceptNote });
  await agent('verification.addCheck', { caseId, ...HANDLING.check });
  await agent('verification.addContact', { caseId, channel: 'phone', contactedAt: Date.now() - 60_000, summary: HANDLING.contact });
  await agent('verification.complete', { caseId, conclusion: HANDLING.conclusion });
  const grading = { caseId, category: 'logistics', subCategory: '丢件', severity: 'major', rationale: HANDLING.rationale, department: '物流配送部' };
  await agent('grading.submit', grading);
  // Sent back once each, then resubmitted: the returns stay on the grading and plan forms.
  await as('director', 'grading.return', { caseId, reason: HANDLING.gradingReturn });
  await agent('grading.submit', grading);
  await as('director', 'grading.approve', { caseId });
  const owner = (await host.db.users.where('username').equals('wangxiao').first())!;
  const plan = {
    caseId,
    measures: HANDLING.measures,
    ownerId: owner.id,
    department: '物流配送部',
    collaborators: ['财务部'],
    dueAt: now + 5 * 86_400_000,
    resources: HANDLING.resources,
    compensation: { type: 'voucher', amount: 200 },
    legalRisk: true,
  };
  await agent('plans.submit', plan);
  await as('ops', 'plans.return', { caseId, reason: HANDLING.planReturn });
  await agent('plans.submit', plan);
  await as('legal', 'plans.legalReview', { caseId, opinion: HANDLING.legalOpinion });
  await as('ops', 'plans.approve', { caseId });
  for (const text of HANDLING.progress) await agent('progress.add', { caseId, text });
  await agent('progress.pause', { caseId, reason: HANDLING.pauseReason });
  await agent('progress.resume', { caseId, note: HANDLING.resumeNote });
  const extended = await agent('progress.requestExtension', { caseId, reason: HANDLING.extensionReason, newDueAt: now + 9 * 86_400_000 });
  await as('supervisor', 'progress.decideExtension', { caseId, requestId: extended.extensions[0]!.id, approve: true, note: HANDLING.decisionNote });
  const voucher = { caseId, outcome: 'paid', amount: 180, method: 'voucher_code', paidAt: Date.now(), reference: HANDLING.voucherCode, note: HANDLING.paymentNote };
  await agent('plans.confirmCompensation', voucher);
  let current = await agent('progress.complete', { caseId, summary: HANDLING.summary });
  const reopens = until === 'reopened' || until === 'rehandled' || until === 'resurveyed';
  if (reopens) await agent('feedback.unreachable', { caseId, channel: 'phone', at: current.outcome!.at, reason: 'no_answer', note: HANDLING.unreachedNote });
  if (until !== 'feedback') {
    current = await agent('feedback.record', {
      caseId,
      channel: 'phone',
      result: HANDLING.result,
      // The callback tells the result: not dated before it was submitted.
      at: current.outcome!.at,
      scores,
      comment: HANDLING.comment,
      satisfied: until === 'closed',
      reopenReason: reopens ? HANDLING.reopenReason : '',
    });
  }
  if (until === 'rehandled' || until === 'resurveyed') {
    // Handled again, then (resurveyed) surveyed again: the customer is satisfied now.
    await agent('plans.submit', plan);
    await as('legal', 'plans.legalReview', { caseId, opinion: HANDLING.legalOpinion });
    await as('ops', 'plans.approve', { caseId });
    await agent('plans.confirmCompensation', { ...voucher, paidAt: Date.now() });
    current = await agent('progress.complete', { caseId, summary: HANDLING.summary });
  }
  if (until === 'resurveyed') {
    current = await agent('feedback.record', {
      caseId,
      channel: 'phone',
      result: '已重新补发并上门致歉',
      at: Date.now(),
      scores: { efficiency: 4, resolution: 5, attitude: 5, compensation: 4 },
      comment: '第二次处理满意',
      satisfied: true,
    });
  }
  return current;
}
