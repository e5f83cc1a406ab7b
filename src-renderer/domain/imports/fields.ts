/**
 * The case fields a historical complaint can be imported into, and the column headers (Chinese
 * and English, as other systems and hand-made spreadsheets name them) that map to each.
 * Headers are compared after `normaliseHeader`.
 */
export const IMPORT_FIELDS = [
  'no',
  'externalId',
  'referralNo',
  'receivedAt',
  'channel',
  'customerName',
  'customerType',
  'phone',
  'email',
  'address',
  'socialPlatform',
  'socialAccount',
  'description',
  'demand',
  'product',
  'orderNo',
  'amount',
  'severity',
  'category',
  'subCategory',
  'department',
  'status',
  'closedAt',
  'notes',
  'resolution',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Fields without which a row cannot become a case. */
export const REQUIRED_IMPORT_FIELDS: readonly ImportField[] = ['receivedAt', 'customerName', 'description'];

export const HEADER_SYNONYMS: Record<ImportField, readonly string[]> = {
  no: ['投诉单号', '单号', '投诉编号', '编号', 'caseno', 'casenumber', 'no', 'number'],
  // An old system's 工单编号 is its own number, not one of the desk's case numbers (投诉单号).
  externalId: ['外部编号', '原系统编号', '原单号', '工单号', '工单编号', '原工单号', '原工单编号', '来源编号', 'externalid', 'ticketid', 'ticket', 'reference', 'ref'],
  // 来源单号: a 12315 referral's work-order number, which the reply to 12315 quotes (not the old system's own number).
  referralNo: ['来源单号', '转办单号', '转办编号', '12315单号', '12315编号', '12315工单号', '转办工单号', 'referralno', 'referralnumber'],
  receivedAt: ['投诉时间', '受理时间', '接收时间', '来电时间', '登记时间', '投诉日期', '受理日期', '登记日期', '反映时间', '创建时间', '日期', 'receivedat', 'received', 'date', 'createdat', 'created'],
  channel: ['投诉渠道', '受理渠道', '来源渠道', '渠道', '来源', '投诉来源', 'channel', 'source'],
  customerName: ['客户姓名', '姓名', '投诉人', '投诉人姓名', '来电人', '来电人姓名', '反映人', '来访人', '消费者', '消费者姓名', '联系人', '客户', '客户名称', 'customername', 'customer', 'name'],
  customerType: ['客户类型', 'customertype'],
  phone: ['联系电话', '电话', '电话号码', '来电号码', '手机', '手机号', '手机号码', '联系手机', '联系号码', '联系方式', 'phone', 'mobile', 'tel', 'telephone'],
  email: ['电子邮箱', '邮箱', '电子邮件', '邮箱地址', '电子邮箱地址', 'email', 'mail', 'e-mail', 'emailaddress', 'mailaddress'],
  address: ['通信地址', '通讯地址', '联系地址', '邮寄地址', '地址', '住址', '家庭住址', '客户地址', 'address', 'postaladdress', 'mailingaddress'],
  // 社交/应用账号: its platform, and the account. A header naming the network (微信号, 微博账号) says the platform too (labels.ts).
  socialPlatform: ['账号平台', '社交平台', '社交账号平台', '应用平台', '平台', 'platform', 'socialplatform', 'accountplatform'],
  socialAccount: [
    '社交/应用账号',
    '社交账号',
    '社交媒体账号',
    '应用账号',
    '客户账号',
    '用户账号',
    '账号',
    '用户名',
    '用户id',
    '微信号',
    '微信账号',
    '微信id',
    '微博账号',
    '微博号',
    '微博昵称',
    '微博id',
    '抖音号',
    '抖音账号',
    '小红书号',
    '小红书账号',
    'socialaccount',
    'account',
    'handle',
    'username',
    'userid',
    'wechatid',
    'weiboid',
  ],
  description: ['投诉内容', '问题描述', '投诉描述', '反映问题', '反映内容', '来电内容', '内容', '描述', '事由', 'description', 'complaint', 'content', 'text', 'details'],
  demand: ['客户诉求', '诉求', 'demand', 'request'],
  product: ['产品', '商品', '产品名称', '商品名称', 'product', 'item'],
  orderNo: ['订单号', '订单编号', 'orderno', 'order', 'ordernumber'],
  amount: ['金额', '涉及金额', '订单金额', 'amount', 'value'],
  severity: ['严重程度', '等级', '级别', '投诉等级', 'severity', 'level', 'priority'],
  category: ['投诉类别', '类别', '分类', '投诉分类', 'category', 'type'],
  subCategory: ['子类别', '细分类别', '二级分类', 'subcategory'],
  department: ['责任部门', '部门', '处理部门', '承办部门', '承办单位', '处理单位', 'department', 'dept'],
  status: ['状态', '处理状态', '投诉状态', '办理状态', '办结状态', 'status', 'state'],
  closedAt: ['结案时间', '关闭时间', '办结时间', '完成时间', '办结日期', '结案日期', '完结时间', 'closedat', 'closed', 'resolvedat'],
  // 处理过程: the old system's free-text progress notes, kept on the case as they were written.
  // (Not 跟进 or 进展 alone: 跟进人 and 跟进时间 are a person and a time.)
  notes: ['处理进展', '处理过程', '处理经过', '处理记录', '跟进记录', '跟进情况', '办理过程', '办理情况', '进展情况', '过程记录', '备注', 'progress', 'notes', 'note', 'remarks'],
  resolution: ['处理结果', '处理意见', '处理方案', '答复内容', '处理情况', '办理结果', '处理结论', 'resolution', 'result', 'outcome', 'answer'],
};

/** Lower case, no spaces, no punctuation (ASCII or full-width), full-width letters and digits made ASCII. */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-.:：()（）[\]【】/\\*#"'“”]/g, '');
}
