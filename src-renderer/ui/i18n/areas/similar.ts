import { defineArea } from '../messages';

/** Similar past cases and repeat complainants on the case page. */
export const similarMessages = defineArea(
  {
    similar: {
      title: '相似案例',
      hint: '文字最接近的已结案投诉及其处理结果，可作为制定处理方案的参考。',
      loading: '正在查找相似案例…',
      empty: '暂无相似的已结案投诉。',
      score: '相似度 {{percent}}%',
      scoreLabel: '与本投诉的相似度',
      excerpt: '客户描述：{{text}}',
      closedAt: '结案 {{date}}',
      noResolution: '未记录处理措施',
      compensation: '补偿：{{value}}',
      satisfied: '满意',
      unsatisfied: '不满意',
      noFeedback: '未回访',
      repeat: {
        title: '重复投诉',
        hint: '同一客户（电话、邮箱或社交/应用账号相同）在 {{days}} 天内的其他投诉。',
        earlier: '此前 {{days}} 天内的投诉（{{count}} 宗）',
        later: '此后 {{days}} 天内的投诉（{{count}} 宗）',
        more: '另有 {{count}} 宗未列出',
        receivedAt: '受理 {{date}}',
        intakeNotice: '近 {{days}} 天内该客户已投诉 {{count}} 次，请核对是否为同一问题，并在投诉内容中注明。',
        newestShown: '下面列出最近的 {{count}} 宗。',
        notListed: '您的角色不能按联系方式查看客户的投诉，因此不列出是哪几宗；登记后可请客服专员核对。',
      },
      contactIndex: {
        title: '正在建立客户索引',
        progress: '升级后首次启动，正在为以前的投诉建立按电话和邮箱查找的索引：已完成 {{done}} / {{total}} 宗（{{percent}}%）。请勿关闭程序。',
        then: {
          repeats: '完成后即显示该客户的其他投诉。',
          lookup: '完成后即显示查询结果。',
        },
      },
    },
  },
  {
    similar: {
      title: 'Similar cases',
      hint: 'Closed complaints closest in wording, and how they were resolved: a starting point for the handling plan.',
      loading: 'Looking for similar cases…',
      empty: 'No similar closed complaints yet.',
      score: '{{percent}}% similar',
      scoreLabel: 'Similarity to this complaint',
      excerpt: 'Customer said: {{text}}',
      closedAt: 'Closed {{date}}',
      noResolution: 'No measures recorded',
      compensation: 'Compensation: {{value}}',
      satisfied: 'Satisfied',
      unsatisfied: 'Not satisfied',
      noFeedback: 'No feedback',
      repeat: {
        title: 'Repeat complaints',
        hint: 'Other complaints of the same customer (same phone, e-mail or social / app account) within $t(units.days, {"count": {{days}} }).',
        earlier: 'In the $t(units.days, {"count": {{days}} }) before ({{count}})',
        later: 'In the $t(units.days, {"count": {{days}} }) after ({{count}})',
        more: '{{count}} more not listed',
        receivedAt: 'Received {{date}}',
        intakeNotice:
          'Complaints from this customer in the last $t(units.days, {"count": {{days}} }): {{count}}. Check whether it is the same problem and say so in the complaint.',
        newestShown: 'The newest {{count}} are listed below.',
        notListed: 'Your role may not look up a customer’s cases by their contacts, so they are not listed here; an agent can check after registering.',
      },
      contactIndex: {
        title: 'Building the customer index',
        progress:
          'First start after an update: the earlier complaints are being indexed by phone and e-mail, {{done}} of {{total}} done ({{percent}}%). Please keep the program open.',
        then: {
          repeats: 'The customer’s other complaints appear when it is done.',
          lookup: 'The results appear when it is done.',
        },
      },
    },
  },
);
