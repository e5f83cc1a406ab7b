import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../../src-renderer/domain/cases/case';
import { formatDateTime } from '../../../../../../src-renderer/ui/components/format';
import { toActor } from '../../../../../../src-renderer/domain/users/user';
import { PrintCase } from '../../../../../../src-renderer/ui/features/print/PrintCase';
import { PrintLanguage } from '../../../../../../src-renderer/ui/features/print/frame/PrintLanguage';
import { DEFAULT_SETTINGS, type FormsLanguage } from '../../../../../../src-renderer/domain/settings/settings';
import type { Session } from '../../../../../../src-renderer/store/rpc/define';
import type { Language } from '../../../../../../src-renderer/ui/i18n';
import { ADMIN, AGENT, registerCase, renderWithStore, teardown } from '../../render';
import { HANDLING, handledCase, STAFF } from './staff';

afterEach(teardown);

// Each test drives a case through the whole loop on a real store host first.
const SLOW = { timeout: 30_000 };

/** Renders one form of a case driven through the loop with the real store; returns the case and the form's text. */
async function printForm(
  form: string,
  {
    until = 'closed',
    language = 'zh-CN',
    formsLanguage,
    scores,
    evidence = false,
  }: {
    until?: 'feedback' | 'closed' | 'reopened' | 'rehandled' | 'resurveyed';
    language?: Language;
    formsLanguage?: FormsLanguage;
    scores?: Record<string, number | null>;
    /** A photo filed at intake and a receipt added while the case was handled (and one of each withdrawn as attached by mistake). */
    evidence?: boolean;
  } = {},
) {
  let record: CaseRecord | undefined;
  let id = '';
  const ui = await renderWithStore(
    <PrintLanguage>
      <Lazy form={form} id={() => id} />
    </PrintLanguage>,
    {
      language,
      seed: async (host, asAgent) => {
        record = await handledCase(host, asAgent, until, scores);
        id = record.id;
        if (evidence) {
          const by = record.intakeAgent;
          const file = (name: string, step: string, addedAt: number) => ({ id: `f-${step}`, caseId: id, name, type: 'image/png', size: 2048, addedAt, addedBy: by, step, data: new Blob([new Uint8Array(2048)]) });
          await host.db.attachments.bulkAdd([file('收货现场照片.png', 'intake', record.registeredAt), file('退款凭证.png', 'execution', record.registeredAt + 86_400_000)]);
          const withdrawn = (name: string, step: string, addedAt: number) => {
            const { data: _data, ...meta } = file(name, step, addedAt);
            return { ...meta, id: `w-${step}`, withdrawn: { at: addedAt + 60_000, by, reason: '误传' } };
          };
          await host.db.attachments.bulkAdd([withdrawn('王五身份证.png', 'intake', record.registeredAt), withdrawn('他人单据.png', 'execution', record.registeredAt + 86_400_000)]);
        }
        if (formsLanguage) {
          const admin: Session = { actor: null, token: null };
          await host.dispatcher.dispatch('auth.signIn', { username: ADMIN.username, password: ADMIN.password }, admin);
          const saved = await host.dispatcher.dispatch('settings.update', { key: 'print', value: { ...DEFAULT_SETTINGS.print, formsLanguage } }, admin);
          if (!saved.ok) throw new Error(JSON.stringify(saved.error));
        }
      },
    },
  );
  const heading = await screen.findByRole('heading', { level: 1 }, { timeout: 15_000 });
  return { ui, record: record!, heading, text: document.body.textContent ?? '' };
}

/** The case id exists only once the seed has run, after the element was created. */
function Lazy({ form, id }: { form: string; id: () => string }) {
  return <PrintCase id={id()} form={form} />;
}

function expectAll(text: string, values: string[]) {
  expect(values.filter((value) => !text.includes(value))).toEqual([]);
}

describe('printed forms of a case', () => {
  it('客户投诉登记表 carries every registered field, the acknowledgement and the QR code of the case number', SLOW, async () => {
    const { record, heading, text } = await printForm('registration');
    expect(heading.textContent).toBe('客户投诉登记表');
    expect(screen.getByRole('img', { name: `投诉单号 ${record.no}` }).getAttribute('data-qr')).toBe(record.no);
    expectAll(text, ['客户服务中心', record.no, '张三', '13812345678', 'chen@example.com', '冰箱BCD-520', 'JD20261123001', '¥1,280.50']);
    expectAll(text, [HANDLING.description, '退款、道歉', '希望三日内补发', '企业', '电话', '重大', AGENT.name, '承诺响应时限', '客户签字', '受理人签字']);
    // 初审: accepted, with the agent's note.
    expectAll(text, ['初审结果', '受理意见', HANDLING.acceptNote, '初审人']);
    // The agent's first view of the category stays on the registration record after grading changed it.
    expect(text).toMatch(/初判类别\s*产品质量/);
    expect(text).toContain(`投诉单号 ${record.no}`);
    // 承办人 beside 登记时间: who screens and handles it (a director registering names someone else).
    expect(record.owner?.name).toBeTruthy();
    expect(text).toMatch(new RegExp(`承办人\\s*${record.owner!.name}`));
  });

  it('投诉分类定级表 shows category, severity, rationale, approver and approval time', SLOW, async () => {
    const { record, text } = await printForm('grading');
    const grading = record.grading!;
    expectAll(text, ['投诉分类定级表', '物流配送', '丢件', '重大', HANDLING.rationale, '物流配送部', STAFF.director.name, AGENT.name, '审批人签字']);
    // What the director signs on: the checks with the departments, the conclusion, and the severity first judged.
    const checks = screen.getByRole('table', { name: '核实：内部核查' });
    expectAll(checks.textContent ?? '', Object.values(HANDLING.check));
    expectAll(text, ['核实结论', HANDLING.conclusion, '初判严重程度']);
    expect(text).toMatch(new RegExp(`审批时间\\s*${new Date(grading.approvedAt!).getFullYear()}-`));
  });

  it('keeps on the grading and plan forms why each was sent back, by whom and when, after it was resubmitted and approved', SLOW, async () => {
    const grading = await printForm('grading');
    const returned = grading.record.grading!.returns![0]!;
    expect(grading.text).toContain(`此前退回${HANDLING.gradingReturn}（${STAFF.director.name} · ${formatDateTime(returned.at)}）`);
    await teardown();
    const plan = await printForm('plan');
    expect(plan.text).toContain(`此前退回${HANDLING.planReturn}（${STAFF.ops.name} · `);
    // Answered by the resubmission that was approved: not printed as a reason the approval waits on.
    expect(plan.text).not.toContain('退回原因');
  });

  it('处理方案审批表 shows measures, owner, departments, due date, resources, compensation, legal opinion and approvals', SLOW, async () => {
    const { text } = await printForm('plan');
    expectAll(text, ['处理方案审批表', ...HANDLING.measures, AGENT.name, '物流配送部', '财务部', HANDLING.resources, '代金券 ¥200.00', '是']);
    expectAll(text, [HANDLING.legalOpinion, STAFF.legal.name, STAFF.ops.name, '法务签字', '负责人签字']);
  });

  it('投诉处理进度跟踪表 of a case handled twice lists each handling’s deadline and result, numbered', SLOW, async () => {
    const { record } = await printForm('progress', { until: 'resurveyed' });
    expect(record.earlierResolutions).toHaveLength(1);
    const rows = [...screen.getByRole('table', { name: '时限' }).querySelectorAll('tbody tr')].map((row) => row.textContent ?? '');
    const handlings = rows.filter((row) => row.startsWith('处理时限'));
    expect(handlings.map((row) => row.match(/第(\d)次处理/)?.[1])).toEqual(['1', '2']);
    expect(handlings.every((row) => row.includes('按时完成'))).toBe(true);
    // Each handling's entries say which handling they belong to: both end with a 处理结果.
    const progress = [...screen.getByRole('table', { name: '处理进度' }).querySelectorAll('tbody tr')].map((row) => row.textContent ?? '');
    expect(progress.filter((row) => row.includes('处理结果')).map((row) => row.match(/第(\d)次处理/)?.[1])).toEqual(['1', '2']);
  });

  it('投诉处理进度跟踪表 lists every progress entry, pause, extension and clock', SLOW, async () => {
    const { record, text } = await printForm('progress');
    // Kept by the owner, reviewed by the supervisor: signed as every other stage's form.
    expectAll(text, ['负责人签字', '主管审核签字', '日期']);
    expectAll(text, ['投诉处理进度跟踪表', ...HANDLING.progress, HANDLING.summary, HANDLING.pauseReason, HANDLING.resumeNote]);
    // The summary the handling was completed with is labelled as the outcome, not as one more step.
    const outcomeRow = screen.getAllByRole('row').find((row) => row.textContent?.includes(HANDLING.summary));
    expect(outcomeRow?.textContent).toContain('处理结果');
    expectAll(text, [HANDLING.extensionReason, HANDLING.decisionNote, '已批准', STAFF.supervisor.name, '响应时限', '处理时限', '按时完成']);
    expectAll(screen.getByRole('table', { name: '客户沟通记录' }).textContent ?? '', [HANDLING.contact, '电话']);
    const progress = screen.getByRole('table', { name: '处理进度' });
    // Header rows (title and columns), then the two entries, the pause, the resumption and the completion.
    expect(within(progress).getAllByRole('row')).toHaveLength(2 + HANDLING.progress.length + 3);
    const extensions = screen.getByRole('table', { name: '延期申请' });
    expect(within(extensions).getAllByRole('row')).toHaveLength(2 + record.extensions.length);
  });

  it('客户满意度调查表 marks the chosen point of each dimension and carries the comment and the result told', SLOW, async () => {
    const { text } = await printForm('survey');
    expect(screen.queryByRole('note')).toBeNull();
    expectAll(text, ['客户满意度调查表', HANDLING.result, HANDLING.comment, '处理效率', '解决程度', '沟通态度', '补偿合理性', '5 分', '4 分', '3 分', '2 分']);
    const survey = screen.getByRole('table', { name: '满意度评价' });
    // The chosen point of each row is ticked: ✓ and the point.
    const marked = [...survey.querySelectorAll('[data-checked]')].map((box) => box.textContent);
    expect(marked).toEqual(['✓5', '✓4', '✓3', '✓2']);
    // A satisfied customer gave no reason to be asked for.
    expect(text).not.toContain('不满意的原因');
  });

  it('客户满意度调查表 says 未回答 for a question the customer did not answer, with no point ticked', SLOW, async () => {
    await printForm('survey', { scores: { efficiency: 5, resolution: null, attitude: 3, compensation: null } });
    const survey = screen.getByRole('table', { name: '满意度评价' });
    // The four questions, after the table's title and header rows.
    const rows = within(survey).getAllByRole('row').slice(-4);
    expect(rows.map((row) => [...row.querySelectorAll('[data-checked]')].map((box) => box.textContent).join(''))).toEqual(['✓5', '', '✓3', '']);
    expect(rows.map((row) => row.lastElementChild?.textContent)).toEqual(['5 分', '未回答', '3 分', '未回答']);
  });

  it('carries the callback nobody answered and why the customer was not satisfied, on the tracking and the survey forms', SLOW, async () => {
    const progress = await printForm('progress', { until: 'reopened' });
    const callbacks = screen.getByRole('table', { name: '回访未接通与重新处理' });
    // Header rows, then the unanswered callback and the second handling, in order.
    expect(within(callbacks).getAllByRole('row').slice(2).map((row) => row.children[1]!.textContent)).toEqual(['客户未能联系上', '客户不满意']);
    expectAll(callbacks.textContent ?? '', ['电话', HANDLING.unreachedNote, HANDLING.reopenReason, AGENT.name]);
    expect(progress.text).not.toContain('没有未接通的回访');
    progress.ui.unmount();
    await teardown();

    const { text } = await printForm('survey', { until: 'reopened' });
    const comment = screen.getByRole('table', { name: '意见与建议' });
    expect([...comment.querySelectorAll('[data-checked]')].map((box) => box.textContent)).toEqual(['✓否']);
    expectAll(comment.textContent ?? '', ['不满意的原因', HANDLING.reopenReason]);
    expect(text).toContain(HANDLING.comment);
  });

  it('says on the plan form, once the case went back to planning, that the plan printed is the one approved before', SLOW, async () => {
    const { text } = await printForm('plan', { until: 'reopened' });
    expect(screen.getByRole('note').textContent).toBe('本案已回到方案制定环节（客户不满意或质量复核退回）：本表是此前批准的方案，新方案尚未提交。');
    expectAll(text, HANDLING.measures);
  });

  it('gives a redirected case its paper record: where it went, why, by whom and when', SLOW, async () => {
    let id = '';
    await renderWithStore(<Lazy form="registration" id={() => id} />, {
      seed: async (_host, asAgent) => {
        const record = await registerCase(asAgent, { description: '燃气公司收费问题' });
        id = record.id;
        const redirected = await asAgent('screening.redirect', { caseId: id, reason: '属燃气公司收费事项，不在本中心受理范围', referredTo: '市燃气公司客服热线' });
        if (!redirected.ok) throw new Error(JSON.stringify(redirected.error));
      },
    });
    await screen.findByRole('heading', { level: 1 });
    const text = document.body.textContent ?? '';
    expectAll(text, ['初审结果', '转办/不予受理', '市燃气公司客服热线', '属燃气公司收费事项，不在本中心受理范围', '初审人', AGENT.name]);
    // Its receipt says where the matter went, and promises no reply.
    expectAll(text, ['不属于本中心的受理范围，已转至市燃气公司客服热线处理']);
    expect(screen.queryByRole('rowheader', { name: '承诺响应时限' })).toBeNull();
    expect(text).not.toContain('前与您联系并答复处理进展');
  });

  it('prints on the registration form what the customer was asked for at 初审 and when it came, after the case was accepted', SLOW, async () => {
    await printRegistrationAfter([
      ['screening.requestInfo', { missing: '订单号和签收照片' }],
      ['screening.infoReceived', { note: '客户发来订单截图' }],
      ['screening.accept', { note: '资料齐全，予以受理' }],
    ]);
    await screen.findByRole('heading', { level: 1 });
    const text = document.body.textContent ?? '';
    expectAll(text, ['资料齐全，予以受理', '补充资料', '第1次补充资料', '需补充：订单号和签收照片', '已收到：客户发来订单截图']);
  });

  it('prints a letter’s postal address and a referral’s source ticket number on the registration form', SLOW, async () => {
    let id = '';
    await renderWithStore(<Lazy form="registration" id={() => id} />, {
      seed: async (_host, asAgent) => {
        const record = await registerCase(asAgent, {
          channel: 'letter',
          phone: '',
          address: '浙江省杭州市西湖区文三路 88 号 2 幢 301 室',
          referralNo: '1433010020261125000815',
          description: '来信反映助听器保修被拒。',
        });
        id = record.id;
      },
    });
    await screen.findByRole('heading', { level: 1 });
    const text = document.body.textContent ?? '';
    expectAll(text, ['通信地址', '浙江省杭州市西湖区文三路 88 号 2 幢 301 室', '来源单号', '1433010020261125000815', '信函']);
  });

  it('prints an imported case’s old-system number and says it was imported, promising nothing in its name', SLOW, async () => {
    let id = '';
    await renderWithStore(<Lazy form="registration" id={() => id} />, {
      seed: async (host, asAgent) => {
        const record = await registerCase(asAgent, { description: '2025 年的旧投诉：快递丢件。' });
        id = record.id;
        // As an import writes it: the file's row, the old system's number, the importer as 受理人.
        await host.db.cases.update(id, { importedFrom: { jobId: 'job-1', row: 12 }, externalId: 'GD2025-00648' });
      },
    });
    await screen.findByRole('heading', { level: 1 });
    const text = document.body.textContent ?? '';
    expectAll(text, ['原系统编号', 'GD2025-00648', `历史导入（${AGENT.name} 导入本台）`, '受理回执由原系统出具']);
    expect(screen.queryByRole('rowheader', { name: '承诺响应时限' })).toBeNull();
  });

  it('prints the registration as corrected, with each correction: which fields, why, who and when', SLOW, async () => {
    let id = '';
    let at = 0;
    await renderWithStore(<Lazy form="registration" id={() => id} />, {
      seed: async (_host, asAgent) => {
        const record = await registerCase(asAgent, { phone: '13812345678' });
        const corrected = await asAgent('cases.correct', { caseId: record.id, reason: '客户来电告知号码登记错误', phone: '13900001111', product: '冰箱' });
        if (!corrected.ok) throw new Error(JSON.stringify(corrected.error));
        at = (corrected.value as CaseRecord).corrections![0]!.at;
        id = record.id;
      },
    });
    await screen.findByRole('heading', { level: 1 });
    const text = document.body.textContent ?? '';
    expectAll(text, ['13900001111', '登记信息更正', '第1次更正', '更正联系电话、涉及产品/服务：客户来电告知号码登记错误', `${AGENT.name} · ${formatDateTime(at)}`]);
    expect(text).not.toContain('13812345678');
  });

  it('numbers every section of the registration form in print order, the request for information before a later correction', SLOW, async () => {
    await printRegistrationAfter([
      ['screening.requestInfo', { missing: '订单号' }],
      ['screening.infoReceived', { note: '客户发来订单截图' }],
      ['screening.accept', { note: '予以受理' }],
      ['cases.correct', { reason: '产品登记有误', product: '冰箱' }],
    ]);
    await screen.findByRole('heading', { level: 1 });
    const headings = [...document.querySelectorAll('th[colspan="4"]')].map((th) => th.textContent);
    expect(headings).toEqual(['一、受理信息', '二、客户信息', '三、投诉事项', '四、初判与证据', '五、初审结果', '六、补充资料', '七、登记信息更正', '八、受理回执']);
  });

  it('keeps on the plan form of a case handled twice the plan approved the first time: measures, terms and approval', SLOW, async () => {
    const { record, text } = await printForm('plan', { until: 'resurveyed' });
    const first = record.earlierPlans![0]!;
    expectAll(text, ['此前的处理方案', '第1次处理方案', ...HANDLING.measures, '代金券', '¥200.00', `批准：${STAFF.ops.name} · ${formatDateTime(first.approvedAt!)}`]);
  });

  it.each(['progress', 'survey'])('puts a terminated case’s end on its %s form: why, what happened, by whom, and its state', SLOW, async (form) => {
    let id = '';
    await renderWithStore(<Lazy form={form} id={() => id} />, {
      seed: async (host, asAgent) => {
        const record = await handledCase(host, asAgent, 'feedback');
        id = record.id;
        // The colleagues handledCase created are signed in with sessions of their own (staff.ts).
        const supervisor = (await host.db.users.get('u-supervisor'))!;
        const session = { actor: toActor(supervisor), token: 'token-supervisor' };
        const ended = await host.dispatcher.dispatch('cases.terminate', { caseId: id, reason: 'unreachable', note: '三次回访未接通，短信亦无回复' }, session);
        if (!ended.ok) throw new Error(JSON.stringify(ended.error));
      },
    });
    await screen.findByRole('heading', { level: 1 });
    const text = document.body.textContent ?? '';
    if (form === 'progress') expectAll(text, ['已终止', '终止处理', '多次联系不上客户', '三次回访未接通，短信亦无回复', STAFF.supervisor.name]);
    // The questionnaire left empty says why, so it is not read as a survey forgotten.
    else expect(screen.getByRole('note').textContent).toMatch(new RegExp(`^本投诉已终止处理（多次联系不上客户；${STAFF.supervisor.name} · .+），未做满意度调查；`));
  });

  it('lists on the 登记表 the evidence filed at intake, and on the 跟踪表 what was added while the case was handled', SLOW, async () => {
    await printForm('registration', { evidence: true });
    const registration = document.body.textContent ?? '';
    expect(registration).toContain('收货现场照片.png');
    expect(registration).not.toContain('退款凭证.png');
    // A withdrawn file is no evidence, and its name may be another customer's: on neither form.
    expect(registration).not.toContain('王五身份证.png');
    await teardown();
    await printForm('progress', { evidence: true });
    const later = screen.getByRole('table', { name: '受理后补充的证据材料' });
    expectAll(later.textContent ?? '', ['退款凭证.png · 2 KB', '执行跟踪']);
    expect(later.textContent).not.toContain('收货现场照片.png');
    expect(document.body.textContent).not.toContain('他人单据.png');
  });

  it('says there was no unanswered callback and no second handling when there was none', SLOW, async () => {
    await printForm('progress');
    const callbacks = screen.getByRole('table', { name: '回访未接通与重新处理' });
    expect(callbacks.textContent).toContain('没有未接通的回访，也没有重新处理。');
  });

  it('keeps on the survey form, after a re-handling, the earlier survey the customer was not satisfied with', SLOW, async () => {
    const { text } = await printForm('survey', { until: 'resurveyed' });
    expectAll(text, ['已重新补发并上门致歉', '第二次处理满意']);
    const earlier = screen.getByRole('table', { name: '此前的回访（重新处理前）' });
    expectAll(earlier.textContent ?? '', [HANDLING.reopenReason, HANDLING.comment, '处理效率 5、解决程度 4、沟通态度 3、补偿合理性 2', '否']);
  });

  it('prints this round’s survey blank for a case handled again and awaiting its callback, the survey before it among the earlier ones', SLOW, async () => {
    const { record, text } = await printForm('survey', { until: 'rehandled' });
    expect(record.status).toBe('feedback');
    // Nothing of the earlier answers ticked as this round's.
    expect(document.querySelectorAll('[data-checked]')).toHaveLength(0);
    expect(text).not.toContain('5 分');
    const earlier = screen.getByRole('table', { name: '此前的回访（重新处理前）' });
    expectAll(earlier.textContent ?? '', [HANDLING.reopenReason, HANDLING.comment, '处理效率 5、解决程度 4、沟通态度 3、补偿合理性 2', '否']);
  });

  it('prints the survey blank, with the case on it, while the customer has not been surveyed', SLOW, async () => {
    const { record, text } = await printForm('survey', { until: 'feedback' });
    expect(text).toContain(record.no);
    expect(document.querySelectorAll('[data-checked]')).toHaveLength(0);
    expect(text).not.toContain('5 分');
  });

  it('prints in Chinese for a user working in English, unless the centre chose each user’s UI language', SLOW, async () => {
    const chinese = await printForm('grading', { language: 'en' });
    expectAll(chinese.text, ['投诉分类定级表', '物流配送', '重大', HANDLING.rationale, '审批人']);
    expect(chinese.text).not.toContain('Complaint grading form');
    await teardown();
    const { text } = await printForm('grading', { language: 'en', formsLanguage: 'ui' });
    expectAll(text, ['Complaint grading form', 'Logistics', 'Major', HANDLING.rationale, 'Approver', 'Approved at', 'Case no.']);
  });

  it('names an unknown form in the user’s language', SLOW, async () => {
    await renderWithStore(<PrintCase id="any" form="nonsense" />);
    expect((await screen.findByRole('alert')).textContent).toContain('没有名为“nonsense”的表单');
  });
});

/** The registration form of a case registered, then taken through `steps` by the agent. */
async function printRegistrationAfter(steps: ReadonlyArray<readonly [string, Record<string, unknown>]>): Promise<void> {
  let id = '';
  await renderWithStore(<Lazy form="registration" id={() => id} />, {
    seed: async (_host, asAgent) => {
      id = (await registerCase(asAgent, {})).id;
      for (const [method, args] of steps) {
        const result = await asAgent(method, { caseId: id, ...args });
        if (!result.ok) throw new Error(JSON.stringify(result.error));
      }
    },
  });
}
