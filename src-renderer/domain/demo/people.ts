/**
 * Plausible customers and the demo staff of a service centre. Invented names
 * built from common surnames and given-name characters; phone numbers and
 * e-mail addresses have valid formats but are random.
 */
import type { CustomerType, SocialPlatform } from '../cases/vocabulary';
import type { Role } from '../users/roles';
import type { Sampler } from './random';

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华玉萍红建文辉力鹏飞俊峰晨曦子涵宇轩浩然梓萱欣怡佳琪思雨嘉怡';
const CITIES = ['北京', '上海', '广州', '深圳', '杭州', '南京', '成都', '武汉', '西安', '苏州', '天津', '重庆', '长沙', '郑州', '青岛', '厦门'];
/** A district of each city of CITIES, in the same order. */
const DISTRICTS = ['朝阳', '浦东新', '天河', '南山', '西湖', '鼓楼', '武侯', '江汉', '雁塔', '姑苏', '和平', '渝中', '岳麓', '金水', '市南', '思明'];
const ROADS = ['人民', '解放', '建设', '中山', '长江', '文化', '新华', '光明', '和平', '学院', '科技', '滨江'];
const FIRM_WORDS = ['恒达', '华信', '鑫源', '瑞丰', '嘉禾', '宏远', '众诚', '联创', '明辉', '新宇', '金桥', '博雅'];
const FIRM_TRADES = ['贸易', '科技', '餐饮管理', '物业服务', '电子商务', '酒店管理', '文化传媒', '建材'];
const AREA_CODES = ['010', '021', '020', '0755', '0571', '025', '028', '027', '029', '0512', '022', '023'];
const MAIL_HOSTS = ['qq.com', '163.com', '126.com', 'sina.com', 'outlook.com', 'foxmail.com'];

export function personName(s: Sampler): string {
  return s.pick(SURNAMES) + s.pick(GIVEN) + (s.chance(0.6) ? s.pick(GIVEN) : '');
}

export interface Customer {
  customerName: string;
  customerType: CustomerType;
  phone: string;
  email: string;
}

/** Most customers call from a mobile; businesses often from a landline; a few leave only an e-mail address. */
export function customer(s: Sampler): Customer {
  const business = s.chance(0.12);
  const customerName = business ? `${s.pick(CITIES)}${s.pick(FIRM_WORDS)}${s.pick(FIRM_TRADES)}有限公司` : personName(s);
  const mobile = `1${s.pick('3456789')}${s.int(0, 999_999_999).toString().padStart(9, '0')}`;
  const landline = () => {
    const area = s.pick(AREA_CODES);
    return `${area}-${s.int(2, 8)}${s.int(0, area.length === 3 ? 9_999_999 : 999_999).toString().padStart(area.length === 3 ? 7 : 6, '0')}`;
  };
  const emailOnly = s.chance(0.06);
  const phone = emailOnly ? '' : business && s.chance(0.6) ? landline() : mobile;
  const handle = s.chance(0.5) ? `${s.int(10_000, 3_999_999_999)}` : `user${s.int(1000, 999_999)}`;
  const email = emailOnly || s.chance(0.25) ? `${handle}@${s.pick(MAIL_HOSTS)}` : '';
  return { customerName, customerType: business ? 'business' : 'individual', phone, email };
}

/** A postal address as letters are answered at: city, district, road, number, building and flat. */
export function postalAddress(s: Sampler): string {
  const city = s.int(0, CITIES.length - 1);
  return `${CITIES[city]}市${DISTRICTS[city]}区${s.pick(ROADS)}路${s.int(1, 399)}号${s.int(1, 12)}栋${s.int(1, 28)}0${s.int(1, 6)}室`;
}

const HANDLE_WORDS = ['xiaoyu', 'momo', 'sunny', 'ahua', 'lele', 'tangtang', 'kiki', 'daxiong', 'mumu', 'xingxing', 'chenchen', 'bobo'];
const SOCIAL_NETWORKS: readonly SocialPlatform[] = ['wechat', 'weibo', 'douyin', 'xiaohongshu'];

/**
 * 社交/应用账号 of a customer who complained online: a handle on one of the networks for a
 * social-media post, a user ID in the company's app for an app complaint.
 */
export function socialAccount(s: Sampler, channel: 'social_media' | 'app'): { socialPlatform: SocialPlatform; socialAccount: string } {
  if (channel === 'app') return { socialPlatform: 'company_app', socialAccount: `U${s.int(10_000_000, 99_999_999)}` };
  const handle = `${s.pick(HANDLE_WORDS)}${s.chance(0.5) ? '_' : ''}${s.int(1, 9999)}`;
  return { socialPlatform: s.pick(SOCIAL_NETWORKS), socialAccount: handle };
}

/**
 * A 12315 work order number: 14, a six-digit region, the day and a serial. The serial is the case's
 * place in the generated desk, so no two demo cases share a number (the desk refuses a repeated one).
 */
export function workOrderNo(s: Sampler, receivedAt: number, serial: number): string {
  const day = new Date(receivedAt);
  const ymd = `${day.getFullYear()}${String(day.getMonth() + 1).padStart(2, '0')}${String(day.getDate()).padStart(2, '0')}`;
  return `14${s.int(110_000, 659_999)}${ymd}${String(serial % 1_000_000).padStart(6, '0')}`;
}

/** A colleague the generator may name on a case. */
export interface StaffMember {
  id: string;
  name: string;
  role: Role;
  department: string;
}

export interface DemoAccount {
  username: string;
  name: string;
  role: Exclude<Role, 'admin'>;
  department: string;
}

/** The password of every demo account (meets the password policy). */
export const DEMO_PASSWORD = 'Demo2026ok';

/** The staff a demo centre needs to show every stage: intake, approvals, legal review. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { username: 'wanglijuan', name: '王丽娟', role: 'agent', department: '客服中心' },
  { username: 'lizhiqiang', name: '李志强', role: 'agent', department: '客服中心' },
  { username: 'zhangmin', name: '张敏', role: 'agent', department: '客服中心' },
  { username: 'liuyang', name: '刘洋', role: 'agent', department: '售后服务部' },
  { username: 'chenjing', name: '陈静', role: 'agent', department: '客服中心' },
  { username: 'yangfan', name: '杨帆', role: 'agent', department: '物流配送部' },
  { username: 'zhaojianguo', name: '赵建国', role: 'supervisor', department: '客服中心' },
  { username: 'huangxiaoyan', name: '黄晓燕', role: 'supervisor', department: '售后服务部' },
  { username: 'zhouwenbin', name: '周文斌', role: 'director', department: '质量管理部' },
  { username: 'wuhaifeng', name: '吴海峰', role: 'ops_director', department: '运营部' },
  { username: 'zhengyaqin', name: '郑雅琴', role: 'legal', department: '法务部' },
];
