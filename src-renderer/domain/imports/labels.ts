/**
 * How other systems and hand-made spreadsheets write the desk's vocabularies: the desk's own
 * zh-CN and English labels (copied from the i18n resources, which domain/ cannot import), the
 * codes, and the usual synonyms. Compared after `normaliseHeader` (case, spaces and punctuation
 * do not matter), so `Walk-in`, `walk in` and `WALKIN` are one label.
 */
import type { Category, Channel, CustomerType, Demand, Severity, SocialPlatform } from '../cases/vocabulary';

/** What a status cell says about a historical complaint: still open, closed, or referred elsewhere. */
export type ImportStatus = 'open' | 'closed' | 'redirected';

export const CHANNEL_LABELS: Record<Channel, readonly string[]> = {
  // 400/800 numbers are the company's own service lines: a call, as 电话 is.
  phone: ['电话', '电话投诉', '来电', '热线', '客服热线', '热线电话', '客服电话', '400热线', '400电话', '800热线', '800电话', '呼叫中心', 'phone', 'telephone', 'call', 'hotline'],
  email: ['邮件', '电子邮件', '邮箱', 'email', 'e-mail', 'mail'],
  // A complaint left on the company's website (its form, message board or chat widget) came in
  // online, as 在线客服 does; 应用/小程序 is the company's own app, which a website is not.
  online_chat: [
    '在线客服',
    '在线',
    '在线咨询',
    '网上客服',
    '网站',
    '官网',
    '官方网站',
    '网页',
    '网站留言',
    '官网留言',
    '网上留言',
    '网页留言',
    'online chat',
    'online',
    'chat',
    'live chat',
    'website',
    'web',
    'web form',
  ],
  app: ['应用/小程序', '应用', '小程序', '微信小程序', 'app', 'app / mini-program', 'mini-program', 'mini program'],
  // A WeChat official account (公众号/服务号) is the company's page on WeChat, as its Weibo is; its
  // mini-program (小程序) is an app, above.
  social_media: [
    '社交媒体',
    '微博',
    '微信',
    '微信公众号',
    '公众号',
    '微信服务号',
    '服务号',
    '抖音',
    '小红书',
    '私信',
    '微博私信',
    '抖音私信',
    'social media',
    'social',
    'weibo',
    'wechat',
    'wechat official account',
  ],
  letter: ['信函', '来信', '信件', '书信', 'letter', 'post'],
  walk_in: ['现场', '现场投诉', '到店', '门店', '柜台', '营业厅', '来访', '走访', '上门', '上门走访', 'walk-in', 'walk in', 'visit', 'in person'],
  // Since 2021 most cities run 12315 inside the 12345 government hotline (市长热线): a complaint it
  // refers to the company is a government referral with its deadlines, not a call to the company.
  regulator_12315: [
    '12315转办',
    '12315',
    '市场监管转办',
    '监管转办',
    '12345',
    '12345热线',
    '12345转办',
    '12345政务服务热线',
    '12345政务服务便民热线',
    '政务热线',
    '政务服务热线',
    '市长热线',
    '市民热线',
    '12315 referral',
    'regulator',
    'regulator referral',
  ],
  other: ['其他', '其它', 'other'],
};

export const SEVERITY_LABELS: Record<Severity, readonly string[]> = {
  general: ['一般', '普通', '低', 'general', 'normal', 'low', 'minor'],
  serious: ['严重', '较严重', '较大', '中', 'serious', 'medium'],
  major: ['重大', '特别重大', '紧急', '高', 'major', 'critical', 'urgent', 'high'],
};

export const CATEGORY_LABELS: Record<Category, readonly string[]> = {
  product_quality: ['产品质量', '质量', '质量问题', 'product quality', 'quality'],
  service_attitude: ['服务态度', '态度', 'service attitude', 'attitude'],
  logistics: ['物流配送', '物流', '配送', '快递', 'logistics', 'delivery', 'shipping'],
  after_sales: ['售后响应', '售后', '售后服务', 'after-sales response', 'after-sales', 'after sales'],
  billing: ['收费问题', '收费', '计费', '费用', 'billing', 'charges', 'fees'],
  policy: ['政策误解', '政策', 'policy misunderstanding', 'policy'],
  other: ['其他', '其它', 'other'],
};

export const DEMAND_LABELS: Record<Demand, readonly string[]> = {
  refund: ['退款', '退费', 'refund'],
  exchange: ['换货', '更换', 'exchange', 'replacement'],
  repair: ['维修', '修理', 'repair'],
  apology: ['道歉', '赔礼道歉', 'apology'],
  compensation: ['赔偿', '补偿', 'compensation'],
  service_improvement: ['改进服务', '服务改进', '整改', 'service improvement', 'improvement'],
  other: ['其他', '其它', 'other'],
};

export const CUSTOMER_TYPE_LABELS: Record<CustomerType, readonly string[]> = {
  individual: ['个人', '个人客户', '消费者', 'individual', 'personal', 'consumer'],
  business: ['企业', '企业客户', '公司', '单位', '商户', 'business', 'company', 'corporate', 'enterprise'],
};

/** The desk's own status labels (zh-CN and en) count too: a tracking-table export imports back. */
export const STATUS_LABELS: Record<ImportStatus, readonly string[]> = {
  closed: ['已关闭', '关闭', '已结案', '结案', '已办结', '办结', '已办', '办毕', '已完成', '完成', '已解决', '已处理', '处理完毕', 'closed', 'resolved', 'done', 'completed', 'finished'],
  redirected: ['已转办/不予受理', '已转办', '转办', '不予受理', 'redirected', 'redirected / not accepted', 'not accepted', 'referred'],
  // Old systems say 未办结 / 在办 where the desk says 未结案 / 处理中.
  open: [
    '未结案',
    '未办结',
    '未结',
    '未办',
    '在办',
    '办理中',
    '待办理',
    '待办',
    '未关闭',
    '未完成',
    '未解决',
    '待处理',
    '未处理',
    '进行中',
    '已受理',
    '受理',
    '新建',
    '待初审',
    '待补充资料',
    '核实中',
    '待定级',
    '定级待审批',
    '方案制定中',
    '方案待审批',
    '处理中',
    '待回访',
    'open',
    'pending',
    'new',
    'processing',
    'unresolved',
    'registered',
    'awaiting screening',
    'awaiting information',
    'verifying',
    'awaiting grading',
    'grading awaiting approval',
    'planning',
    'plan awaiting approval',
    'in progress',
    'awaiting feedback call',
  ],
};

/** 账号平台 as old systems write it; the desk's own labels (zh-CN and en) too. */
export const SOCIAL_PLATFORM_LABELS: Record<SocialPlatform, readonly string[]> = {
  wechat: ['微信', '微信号', '微信公众号', '公众号', '企业微信', 'wechat', 'weixin', 'wx'],
  weibo: ['微博', '新浪微博', 'weibo', 'sina weibo'],
  douyin: ['抖音', '抖音号', 'douyin', 'tiktok'],
  xiaohongshu: ['小红书', '小红书号', 'xiaohongshu', 'rednote', 'xhs'],
  company_app: ['本公司App', '本公司应用', '公司App', '官方App', '自有App', 'App', '应用', '小程序', 'company app', 'our app'],
  other: ['其他平台', '其他', '其它', 'other', 'other platform'],
};

/** Headers that name the network of the account they hold (微信号, 微博账号, WeChat ID). */
const PLATFORM_IN_HEADER: ReadonlyArray<[SocialPlatform, RegExp]> = [
  ['wechat', /微信|wechat|weixin/],
  ['weibo', /微博|weibo/],
  ['douyin', /抖音|douyin/],
  ['xiaohongshu', /小红书|xiaohongshu/],
];

/** The platform an account column's header names, null when it names none (账号, 社交账号). */
export function platformOfHeader(header: string): SocialPlatform | null {
  const text = header.normalize('NFKC').toLowerCase();
  return PLATFORM_IN_HEADER.find(([, pattern]) => pattern.test(text))?.[0] ?? null;
}
