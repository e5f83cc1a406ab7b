/**
 * What staff write on a case, and a rough reading of the complaint text so the
 * product and category of a demo case fit its description most of the time.
 */
import { matchRules, scoresOf } from '../assist/category-rules';
import { CATEGORIES, type Category, type CompensationType, type Demand, type Severity } from '../cases/vocabulary';
import type { Sampler } from './random';

/** Keyword → product line, in the order tried (the review corpora cover these lines). */
const PRODUCTS: ReadonlyArray<[RegExp, string]> = [
  [/外卖|送餐|骑手|饭|菜|餐|米线|面条|汤/, '外卖订单'],
  [/酒店|房间|前台|入住|早餐|宾馆/, '酒店预订'],
  [/手机|屏幕|电池|充电|信号/, '手机'],
  [/平板|ipad/i, '平板电脑'],
  [/电脑|笔记本|键盘|显卡|内存|系统/, '笔记本电脑'],
  [/热水器|加热|安装师傅/, '热水器'],
  [/洗发水|头发|头皮/, '洗发水'],
  [/牛奶|蒙牛|奶/, '乳制品'],
  [/水果|苹果|橙|芒果|榴莲|烂/, '生鲜水果'],
  [/衣服|尺码|衣|裤|面料|掉色/, '服装'],
  [/书|印刷|页|作者|翻译/, '图书'],
];

/** Keyword → category, for a text none of the built-in phrases speak to (送餐太慢 is delivery). */
const CATEGORY_HINTS: ReadonlyArray<[RegExp, Category]> = [
  [/送|快递|物流|配送|骑手|慢|迟|等了|小时/, 'logistics'],
  [/态度|客服|服务员|前台|不理|骂|敷衍/, 'service_attitude'],
  [/退款|退钱|价格|贵|收费|发票|扣/, 'billing'],
  [/退货|换货|维修|售后|安装/, 'after_sales'],
  [/质量|坏|破|假|漏|变质|难吃|不新鲜|划痕|故障/, 'product_quality'],
  [/活动|优惠|规则|说明/, 'policy'],
];

export function productOf(text: string, s: Sampler): string {
  for (const [pattern, product] of PRODUCTS) if (pattern.test(text)) return product;
  return s.chance(0.5) ? '' : s.pick(['会员服务', '线上商城订单', '门店购物']);
}

/**
 * The category a grader would likely choose: most of the time the one the built-in phrases of
 * each category argue for most (the desk's cold-start rules: a text naming 态度 and 排队 is
 * 服务态度, not 物流配送 for a 小时 in it), or without any, a keyword's; otherwise anything plausible.
 * The demo desk's models learn from these gradings: a rough grader taught them rough suggestions.
 */
export function categoryOf(text: string, s: Sampler): Category {
  if (s.chance(0.85)) {
    const scores = scoresOf(matchRules(text));
    const best = CATEGORIES.reduce<Category | null>((top, category) => (scores[category] > (top === null ? 0 : scores[top]) ? category : top), null);
    if (best !== null) return best;
    for (const [pattern, category] of CATEGORY_HINTS) if (pattern.test(text)) return category;
  }
  return s.weighted({ product_quality: 30, service_attitude: 18, logistics: 22, after_sales: 12, billing: 10, policy: 5, other: 3 });
}

export const DEMANDS_BY_CATEGORY: Record<Category, Demand[]> = {
  product_quality: ['refund', 'exchange', 'repair', 'compensation'],
  service_attitude: ['apology', 'service_improvement'],
  logistics: ['refund', 'compensation', 'apology'],
  after_sales: ['repair', 'exchange', 'refund'],
  billing: ['refund', 'compensation'],
  policy: ['service_improvement', 'refund', 'other'],
  other: ['apology', 'other'],
};

export const DEMAND_NOTES = ['希望尽快给出答复', '要求书面说明原因', '要求全额退款并道歉', '希望相关人员当面致歉', '要求补发同款商品'];

export const RATIONALES: Record<Severity, string[]> = {
  general: ['个别情况，影响范围小', '客户诉求明确，可按常规流程处理', '首次投诉，未造成实际损失'],
  serious: ['造成客户经济损失，需限期处理', '同类问题近期多次出现', '客户情绪激烈，存在升级风险'],
  major: ['涉及人身安全隐患', '客户已向监管部门反映，可能引发舆情', '批量客户受影响，影响品牌声誉'],
};

export const MEASURES: Record<Category, string[]> = {
  product_quality: ['安排退货并全额退款', '补发合格商品', '送检问题批次并反馈结果', '通知供应商整改'],
  service_attitude: ['由主管致电客户道歉', '对相关人员进行服务规范培训', '纳入月度服务质量考核'],
  logistics: ['联系承运商核实配送记录', '补发商品并承担运费', '调整该区域配送时段', '按规定赔付延误补偿'],
  after_sales: ['安排工程师上门检修', '开通售后绿色通道', '更换新机', '延长保修期限'],
  billing: ['核对账单并退还多收款项', '重新开具发票', '财务部加急处理退款'],
  policy: ['向客户详细解释活动规则', '优化活动页面说明文字', '按客户理解给予一次性补偿'],
  other: ['转交相关部门跟进', '电话回访说明处理情况'],
};

export const RESOURCES = ['', '', '需仓储部配合发货', '需财务部审批退款', '需供应商提供检测报告', '需外协维修网点配合'];

export const COMPENSATION_OF: Record<Demand, CompensationType> = {
  refund: 'refund',
  exchange: 'goods',
  repair: 'service',
  apology: 'none',
  compensation: 'cash',
  service_improvement: 'none',
  other: 'voucher',
};

export const SCREENING_NOTES = ['符合受理条件', '属于本中心受理范围', '诉求明确，予以受理', ''];
export const REDIRECTS: ReadonlyArray<[string, string]> = [
  ['属于厂家保修范围', '厂家售后服务中心'],
  ['属于第三方商家责任', '平台商家管理部'],
  ['涉及交通事故责任认定', '当地交警部门'],
  ['重复投诉，已有处理中的投诉单', '原投诉单'],
  ['不属于本公司经营范围', '相关经营单位'],
];
export const NO_REPLY_REDIRECT: [string, string] = ['客户逾期未补充资料，不予受理', '无'];
export const MISSING = ['订单号', '商品照片', '购买凭证', '快递单号', '问题视频', '发票复印件'];
export const CONCLUSIONS = ['情况属实', '经核查情况基本属实', '部分属实，已与客户确认', '经调取录音核实属实', '与配送记录核对属实'];
export const RETURNS = ['严重程度判定偏低，请重新评估', '类别选择有误', '定级理由不充分'];
export const LEGAL_OPINIONS = ['无法律障碍，可按方案执行', '补偿金额在合理范围内，同意', '建议保留沟通记录，防范后续纠纷'];
export const PAUSE_REASONS = ['等待厂家检测结果', '客户出差，约定下周上门', '等待供应商补货', '等待第三方鉴定报告'];
export const EXTENSION_REASONS = ['配件缺货，需延长维修周期', '需等待检测机构出具报告', '客户要求改期处理', '涉及多部门协调，需更多时间'];
export const DECISION_NOTES = ['同意', '理由充分，同意延期', '请按原期限完成', ''];
export const FEEDBACK_RESULTS = ['已告知处理结果，客户表示认可', '已退款到账，客户确认收到', '已补发商品，客户已签收', '已上门维修完毕', '已致电道歉并说明整改措施'];
export const FEEDBACK_COMMENTS = ['', '', '处理及时，谢谢', '希望以后不要再出现类似问题', '补偿偏少', '客服态度很好'];
export const UNSATISFIED = ['客户对补偿金额不满意', '问题仍未解决', '客户认为处理时间过长'];
