import { defineArea } from '../messages';

/** 转办工单反馈时限 and 回复转办单位: the referring body's reply deadline at intake, on the case page and on the forms. */
export const referralMessages = defineArea(
  {
    referral: {
      deadline: '转办反馈时限',
      deadlineHint: '12315 等转办工单要求向转办单位反馈处理情况的期限：按工单所载日期，或自受理次日起按工作日计算（不含休息日和节假日，到期日下班时为限）。',
      by: { workingDays: '按工作日', date: '按工单日期', none: '不设' },
      days: '工作日数',
      dueAt: '反馈截止时间',
      dueOn: '截止于 {{at}}',
      counted: '{{at}}（受理后 {{days}} 个工作日）',
      fromOrder: '{{at}}（工单所载）',
      state: { pending: '待最终回复', met: '已按时回复', missed: '逾期回复', paused: '已终止处理，计时暂停，仍须最终回复' },
      noReplies: '还没有回复转办单位。',
      closeWarning: '尚未最终回复转办单位（转办反馈时限：{{due}}）。投诉单关闭后，该时限仍继续计时和提醒，直至记录最终回复，请及时回复转办单位。',
      kind: { interim: '阶段性回复', final: '最终回复' },
      method: { platform: '平台上传', phone: '电话', letter: '书面函件', other: '其他' },
      replyLine: '{{kind}} · {{method}} · {{replier}} · {{at}}',
      recordedBy: '（{{name}} 记录）',
      form: {
        at: '回复时间',
        replier: '回复人',
        method: '回复方式',
        text: '回复内容（处理情况或目前进展）',
        final: '这是最终回复（完成转办反馈时限）',
        interimHint: '阶段性回复不完成时限，时限继续计时。',
        done: '已记录{{kind}}',
      },
      timeline: '{{kind}}（{{method}}，{{replier}}，{{at}}）',
      settings: {
        title: '12315 转办反馈时限',
        hint: '登记 12315 转办投诉时默认填入的反馈时限（自受理次日起的工作日数，按工作日历计算）；工单另有日期或天数的，登记时改填即可。',
        days: '默认工作日数',
        unit: '个工作日',
      },
      report: {
        title: '12315 转办反馈',
        summary:
          '月初尚欠回复，加上本月收到的转办（无反馈时限的除外），减去本月发出的最终回复（按时回复和逾期回复，不论哪个月到期），等于月末（本月尚未结束的，截至目前）尚欠回复的三项之和。尚欠回复为尚未最终回复转办单位的转办，含已关闭、已转办/不予受理和已终止处理的投诉单：已终止处理的仍须最终回复，单列一项，计时暂停，不算逾期，到期前终止的也不计入本月到期。无反馈时限的转办（较早登记或导入的）只计入本月收到。按时回复率 = 按时回复 ÷（按时回复 + 逾期回复）。',
        owedAtStart: '月初尚欠回复',
        received: '本月收到的 12315 转办',
        withoutDeadline: '其中无反馈时限',
        due: '本月到期的反馈',
        met: '按时回复',
        missed: '逾期回复',
        rate: '按时回复率',
        overdue: '尚欠回复：已逾期',
        notDue: '尚欠回复：未到期',
        terminated: '尚欠回复：已终止处理',
      },
      export: {
        columns: { no: '投诉编号', at: '回复时间', kind: '回复类型', method: '回复方式', replier: '回复人', text: '回复内容', recordedBy: '记录人' },
      },
      filter: {
        label: '转办反馈',
        owed: '待回复',
        overdue: '已逾期',
        hint: '12315 转办尚未最终回复转办单位（含已关闭和已终止处理的投诉单）；“已逾期”为已过转办反馈时限的，与“已超时”视图和超时提醒一致。已终止处理的计时暂停，只在“待回复”中，不算逾期。',
      },
    },
    errors: {
      referral: {
        noDeadline: '投诉单 {{no}} 没有转办反馈时限，不能记录回复转办单位；请先在“更正登记信息”中填写时限。',
      },
    },
  },
  {
    referral: {
      deadline: 'Referral reply deadline',
      deadlineHint:
        'By when the referral (12315 or the like) expects to hear what was done: the date on the work order, or working days counted from the day after receipt (weekends and public holidays skipped, due at the end of the last working day).',
      by: { workingDays: 'Working days', date: 'Date on the order', none: 'None' },
      days: 'Working days',
      dueAt: 'Reply due by',
      dueOn: 'Due by {{at}}',
      counted: '{{at}} ({{days}} working days after receipt)',
      fromOrder: '{{at}} (on the work order)',
      state: { pending: 'Final reply outstanding', met: 'Replied on time', missed: 'Replied late', paused: 'Case terminated, clock paused, final reply still owed' },
      noReplies: 'No reply to the referring body yet.',
      closeWarning: 'The referring body has no final reply yet (referral reply deadline: {{due}}). Once the case is closed, that deadline keeps running and alerting until the final reply is recorded: reply in time.',
      kind: { interim: 'Interim reply', final: 'Final reply' },
      method: { platform: 'Platform upload', phone: 'Phone', letter: 'Letter', other: 'Other' },
      replyLine: '{{kind}} · {{method}} · {{replier}} · {{at}}',
      recordedBy: ' (recorded by {{name}})',
      form: {
        at: 'Replied at',
        replier: 'Replied by',
        method: 'How',
        text: 'Reply (what was done, or the progress so far)',
        final: 'This is the final reply (completes the referral reply deadline)',
        interimHint: 'An interim reply does not complete the deadline; the clock keeps running.',
        done: '{{kind}} recorded',
      },
      timeline: '{{kind}} ({{method}}, {{replier}}, {{at}})',
      settings: {
        title: '12315 referral reply deadline',
        hint: 'Offered when a 12315 referral is registered, in working days from the day after receipt (on the work calendar); a work order with its own date or number of days is typed over it at intake.',
        days: 'Default working days',
        unit: 'working days',
      },
      report: {
        title: '12315 referral replies',
        summary:
          'Replies owed at the start of the month, plus the referrals received in it (except those without a reply deadline), less the final replies sent in it (on time and late, whenever they were due), equal the three rows of replies owed at the end of the month (for the month under way, now). A reply is owed until the final one is sent to the referring body, whether the case is closed, redirected or terminated: a terminated case still owes it and has a row of its own, its clock paused, never overdue; a deadline it was terminated before is not counted as due in the month either. Referrals without a reply deadline (older or imported cases) count only as received. On-time reply rate = on time ÷ (on time + late).',
        owedAtStart: 'Replies owed at the start of the month',
        received: '12315 referrals received',
        withoutDeadline: 'of which without a reply deadline',
        due: 'Replies due in the month',
        met: 'Replied on time',
        missed: 'Replied late',
        rate: 'On-time reply rate',
        overdue: 'Replies owed: overdue',
        notDue: 'Replies owed: not yet due',
        terminated: 'Replies owed: case terminated',
      },
      export: {
        columns: { no: 'Case no.', at: 'Replied at', kind: 'Interim or final', method: 'How', replier: 'Replied by', text: 'What was said', recordedBy: 'Recorded by' },
      },
      filter: {
        label: 'Referral reply',
        owed: 'Reply owed',
        overdue: 'Reply overdue',
        hint: 'A 12315 referral without its final reply to the referring body (closed and terminated cases too); “Overdue” is past the referral reply deadline, as in the Overdue view and the overdue alerts. A terminated case’s clock is paused: it is owed, never overdue.',
      },
    },
    errors: {
      referral: {
        noDeadline: 'Case {{no}} has no referral reply deadline, so no reply can be recorded; set the deadline under “Correct the registration” first.',
      },
    },
  },
);
