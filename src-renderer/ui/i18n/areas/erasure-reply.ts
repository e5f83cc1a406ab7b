import { defineArea } from '../messages';

/** 个人信息删除处理结果告知书: the printed reply to a request to delete personal data (areas/erasure.ts has the request itself). */
export const erasureReplyMessages = defineArea(
  {
    erasureReply: {
      title: '个人信息删除处理结果告知书',
      requestNo: '请求编号',
      fileName: '个人信息删除处理结果告知书-{{no}}.pdf',
      to: '{{name}}：',
      opening:
        '您于 {{receivedAt}} 通过{{channel}}向本中心提出删除个人信息的请求。本中心已核验您的身份，并依据《中华人民共和国个人信息保护法》第四十七条进行了处理，现将结果告知如下。',
      sections: { request: '请求情况', cases: '逐宗处理情况', deleted: '已删除的信息', kept: '保留的信息及理由', objection: '异议与救济' },
      fields: {
        requester: '请求人',
        key: '查找依据',
        receivedAt: '收到时间',
        channel: '提出渠道',
        verification: '身份核验方式',
        grounds: '请求理由',
        dueAt: '答复期限',
        answeredAt: '处理时间',
        outcome: '处理结果',
        refusal: '不予删除理由',
      },
      caseColumns: { no: '投诉编号', receivedAt: '受理时间', result: '处理结果', note: '说明' },
      deleted:
        '标注“已删除”的投诉中，您的姓名、联系电话、电子邮箱、通信地址、社交/应用账号、订单号和来源单号已清除，全部附件已删除，投诉描述、处理记录和回访意见中出现的上述信息已替换为 ***。删除后无法恢复。本中心操作审计记录和备份文件中留存的原始信息已封存，除存储和必要的安全保护外不再作任何处理。',
      nothingDeleted: '截至本告知书出具时，尚未删除任何投诉中的个人信息。',
      keptStats: '投诉类别、严重程度、处理时间和满意度评分等不能识别您身份的信息，以匿名形式保留，仅用于统计分析。',
      keptWaiting: '标注“暂缓删除”的投诉尚在处理中或尚待向监管部门反馈，为完成处理须继续使用您的信息；处理结束后本中心将予以删除，您无需再次提出请求。',
      keptHeld: '标注“不予删除”的投诉处于法律保留（诉讼、监管调查或保险理赔等），依法须完整保存；保留解除后将予以删除。',
      keptRefused: '对尚未删除的投诉，本中心决定不予删除，理由见上。',
      keptAudit: '系统操作审计记录为保证不可篡改而原样保存，仅用于安全审计，访问受到严格限制，不作其他处理。',
      objection: '如您对本处理结果有异议，可联系本中心；您也可以向履行个人信息保护职责的部门投诉、举报。',
      objectionCourt: '对本中心不予删除的部分，您还可以依照《中华人民共和国个人信息保护法》第五十条的规定，依法向人民法院提起诉讼。',
      signatureHandler: '经办人签字',
      signatureSeal: '单位（盖章）',
    },
  },
  {
    erasureReply: {
      title: 'Reply to a request to delete personal data',
      requestNo: 'Request no.',
      fileName: 'deletion-reply-{{no}}.pdf',
      to: 'Dear {{name}},',
      opening:
        'On {{receivedAt}} you asked us through {{channel}} to delete your personal data. We checked your identity and handled the request under Article 47 of the Personal Information Protection Law of the PRC, with the following result.',
      sections: { request: 'Your request', cases: 'Each case', deleted: 'What was deleted', kept: 'What is kept and why', objection: 'If you disagree' },
      fields: {
        requester: 'Requester',
        key: 'Found by',
        receivedAt: 'Received',
        channel: 'Received through',
        verification: 'Identity checked by',
        grounds: 'Grounds',
        dueAt: 'Reply due',
        answeredAt: 'Handled',
        outcome: 'Outcome',
        refusal: 'Reason for refusal',
      },
      caseColumns: { no: 'Case no.', receivedAt: 'Received', result: 'Result', note: 'Explanation' },
      deleted:
        'In the cases marked “Deleted” your name, phone number, e-mail address, postal address, social or app account, order number and source ticket number were erased, every attachment deleted, and those details replaced with *** wherever the complaint, its notes and survey comments mentioned them. This cannot be undone. The original details kept in the centre’s audit records and backup files are sealed: they are no longer processed in any way other than being stored and kept secure.',
      nothingDeleted: 'As of this reply, no personal data has been deleted from any case yet.',
      keptStats: 'Category, severity, handling times and satisfaction scores, which do not identify you, are kept in anonymised form for statistics only.',
      keptWaiting: 'Cases marked “Deferred” are still being handled or still owe a reply to the regulator, which needs your data; we will delete it once they end, without another request from you.',
      keptHeld: 'Cases marked “Refused” are under a legal hold (litigation, a regulator’s investigation, an insurance claim) and must be kept whole by law; they will be deleted once the hold ends.',
      keptRefused: 'We decided not to delete the cases not yet deleted, for the reason given above.',
      keptAudit: 'The system’s audit records are kept unchanged so they cannot be tampered with; they serve security audits only, under strict access control, and are not otherwise processed.',
      objection: 'If you disagree with this result, please contact us; you may also complain to or report to the authorities responsible for personal information protection.',
      objectionCourt: 'Where we refused to delete, you may also bring an action before a people’s court under Article 50 of the Personal Information Protection Law of the PRC.',
      signatureHandler: 'Handled by',
      signatureSeal: 'Seal',
    },
  },
);
