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
      state: { pending: '待最终回复', met: '已按时回复', missed: '逾期回复', paused: '已终止处理，计时停止' },
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
      state: { pending: 'Final reply outstanding', met: 'Replied on time', missed: 'Replied late', paused: 'Case terminated, clock stopped' },
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
    },
    errors: {
      referral: {
        noDeadline: 'Case {{no}} has no referral reply deadline, so no reply can be recorded; set the deadline under “Correct the registration” first.',
      },
    },
  },
);
