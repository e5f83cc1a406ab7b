import { describe, expect, it } from 'vitest';
import {
  CATEGORY_LABELS,
  CHANNEL_LABELS,
  CUSTOMER_TYPE_LABELS,
  DEMAND_LABELS,
  SEVERITY_LABELS,
  STATUS_LABELS,
} from '../../../../../src-renderer/domain/imports/labels';
import { normaliseHeader } from '../../../../../src-renderer/domain/imports/fields';
import {
  departmentIndex,
  labelIndex,
  parseAmount,
  parseInstant,
  parseLabel,
  parseLabelList,
  phoneCell,
} from '../../../../../src-renderer/domain/imports/values';

const local = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0) => new Date(y, mo - 1, d, h, mi, s).getTime();

describe('parseInstant', () => {
  it.each([
    ['2026-11-23 10:05', local(2026, 11, 23, 10, 5)],
    ['2026-11-23 10:05:30', local(2026, 11, 23, 10, 5, 30)],
    ['2026-11-23', local(2026, 11, 23)],
    ['2026/11/23', local(2026, 11, 23)],
    ['2026/1/5 9:05', local(2026, 1, 5, 9, 5)],
    ['2026.11.23', local(2026, 11, 23)],
    ['2026年11月23日', local(2026, 11, 23)],
    ['2026年11月23日 10时05分', local(2026, 11, 23, 10, 5)],
    ['2026年11月23日10:05', local(2026, 11, 23, 10, 5)],
    ['2026年1月5号 9点', local(2026, 1, 5, 9, 0)],
    // WPS and Excel long dates carry the weekday.
    ['2024/3/5 星期二', local(2024, 3, 5)],
    ['2024年3月5日(周二) 14:30', local(2024, 3, 5, 14, 30)],
    ['2024年3月5日 星期二 下午2:30', local(2024, 3, 5, 14, 30)],
    ['20261123', local(2026, 11, 23)],
    ['20261123 1005', local(2026, 11, 23, 10, 5)],
    ['２０２６－１１－２３　１０：０５', local(2026, 11, 23, 10, 5)],
    ['  2026-11-23 10:05  ', local(2026, 11, 23, 10, 5)],
    ['2026-11-23T10:05', local(2026, 11, 23, 10, 5)],
    ['2026-11-23T02:05:00Z', Date.UTC(2026, 10, 23, 2, 5)],
    ['2026-11-23T10:05:00+08:00', Date.UTC(2026, 10, 23, 2, 5)],
    ['2026-11-23T10:05:00.000Z', Date.UTC(2026, 10, 23, 10, 5)],
    // Excel date serials: 46349 is 2026-11-23; .5 is noon.
    ['46349', local(2026, 11, 23)],
    ['46349.5', local(2026, 11, 23, 12, 0)],
  ])('reads %s', (text, expected) => {
    expect(parseInstant(text)).toBe(expected);
  });

  it.each([
    // WPS and Excel 12-hour formats, with the part of the day before or after the time.
    ['2024/3/5 下午 2:30', local(2024, 3, 5, 14, 30)],
    ['2024-03-05 上午10:05', local(2024, 3, 5, 10, 5)],
    ['2024年3月5日下午2点', local(2024, 3, 5, 14, 0)],
    ['2024年3月5日 下午2时30分', local(2024, 3, 5, 14, 30)],
    ['2024/3/5 2:30:15 下午', local(2024, 3, 5, 14, 30, 15)],
    ['2024/3/5 2:30 PM', local(2024, 3, 5, 14, 30)],
    ['2024/3/5 9:05 a.m.', local(2024, 3, 5, 9, 5)],
    ['2024/3/5 上午12:30', local(2024, 3, 5, 0, 30)],
    ['2024/3/5 下午12:30', local(2024, 3, 5, 12, 30)],
    ['2024/3/5 下午14:30', local(2024, 3, 5, 14, 30)],
    ['2024年3月5日中午12点', local(2024, 3, 5, 12, 0)],
    ['2024年3月5日中午1点', local(2024, 3, 5, 13, 0)],
    ['2024年3月5日晚上8点', local(2024, 3, 5, 20, 0)],
    ['2024年3月5日凌晨1点', local(2024, 3, 5, 1, 0)],
    ['２０２４／３／５　下午　２：３０', local(2024, 3, 5, 14, 30)],
    // Zones as databases write them: short (+08), compact (+0800) and long (+08:00), with a space or a T.
    ['2024-03-05 14:30:00+08', Date.UTC(2024, 2, 5, 6, 30)],
    ['2024-03-05 14:30:00+0800', Date.UTC(2024, 2, 5, 6, 30)],
    ['2024-03-05 14:30:00 +08:00', Date.UTC(2024, 2, 5, 6, 30)],
    ['2024-03-05T14:30+08', Date.UTC(2024, 2, 5, 6, 30)],
    ['2024-03-05 01:30:00.250-05:30', Date.UTC(2024, 2, 5, 7, 0, 0, 250)],
    ['2024-03-05 06:30:00 UTC', Date.UTC(2024, 2, 5, 6, 30)],
    ['2024-03-05T14:30:00.5', local(2024, 3, 5, 14, 30) + 500],
  ])('reads %s', (text, expected) => {
    expect(parseInstant(text)).toBe(expected);
  });

  it.each([
    '2024/3/5 下午',
    '2024/3/5 下午 0:30',
    '2024/3/5 上午 13:00',
    '2024年3月5日晚上12点',
    '2024年3月5日晚上3点',
    '2024年3月5日凌晨8点',
    '45356 下午',
    '2024-03-05 14:30:00+15',
    '2024-03-05 14:30:00+08:60',
    '2024-02-30 14:30:00+08',
  ])('refuses the part of the day or the zone in %j', (text) => {
    expect(parseInstant(text)).toBeNull();
  });

  it.each([
    // 24:00 ends the day it is written with (ISO 8601): old systems export a day's last moment so.
    ['2026-11-23 24:00', local(2026, 11, 24)],
    ['2026-11-23 24:00:00', local(2026, 11, 24)],
    ['2026-12-31 24:00', local(2027, 1, 1)],
    ['2026年11月23日24时', local(2026, 11, 24)],
    ['2026-11-23 24:00:00+08', Date.UTC(2026, 10, 23, 16, 0)],
    // A serial a hair before midnight rounds to 86,400 seconds: the next day, not an error.
    ['46349.999999999', local(2026, 11, 24)],
  ])('reads %s as the next day began', (text, expected) => {
    expect(parseInstant(text)).toBe(expected);
  });

  it.each(['2026-11-23 24:30', '2026-11-23 24:00:01', '2026-11-23 25:00', '2026-02-30 24:00', '2026-11-23 24:00:00.5+08'])(
    'refuses %j: only exactly 24:00 is a time past 23:59',
    (text) => {
      expect(parseInstant(text)).toBeNull();
    },
  );

  it.each(['', '   ', '2026-02-30', '2026-13-01', '2026-11-23 10:61', '23/11/2026', 'yesterday', '明天', '2026年', '12345', '99999', '2026-11-23 10'])(
    'refuses %j',
    (text) => {
      expect(parseInstant(text)).toBeNull();
    },
  );
});

describe('phoneCell', () => {
  it.each([
    ['13812345678.0', '13812345678'],
    ['13812345678.00', '13812345678'],
    ['86-13812345678', '13812345678'],
    ['86 138 1234 5678', '13812345678'],
    ['8613812345678', '13812345678'],
    ['8613812345678.0', '13812345678'],
    ['0086 13812345678', '13812345678'],
    ['0086-138-1234-5678', '13812345678'],
    ['+86 138 1234 5678', '13812345678'],
    ['８６－１３８１２３４５６７８', '13812345678'],
  ])('reads %j as a mobile number', (text, expected) => {
    expect(phoneCell(text)).toBe(expected);
  });

  it.each(['010-12345678', '(010)12345678', '400-820-8820', '95588', '86-12345678', '8613812345', '1.38123E+10', '13812345678.5', '138 1234 5678'])(
    'leaves %j for the phone rules to judge',
    (text) => {
      expect(phoneCell(text)).toBe(text);
    },
  );
});

describe('parseAmount', () => {
  it.each([
    ['1280.5', 1280.5],
    ['¥1,280.50', 1280.5],
    ['￥ 99', 99],
    ['99元', 99],
    ['RMB 12', 12],
    ['0', 0],
    ['-5', -5],
    ['1,234,567.89元', 1234567.89],
    ['1 280', 1280],
  ])('reads %s', (text, expected) => {
    expect(parseAmount(text)).toBe(expected);
  });

  it('says empty and not-a-number apart', () => {
    expect(parseAmount('  ')).toBeNull();
    expect(parseAmount('about 50')).toBeNaN();
    expect(parseAmount('1.2.3')).toBeNaN();
  });

  it('takes a comma only as a thousands separator: a decimal comma is refused, not read 1,000 times too small', () => {
    for (const text of ['1.234,50', '12,50', '1,28', '12,3456', '1,234.5,6']) expect(parseAmount(text), text).toBeNaN();
  });
});

describe('labels', () => {
  const channels = labelIndex(CHANNEL_LABELS);
  const statuses = labelIndex(STATUS_LABELS);
  const demands = labelIndex(DEMAND_LABELS);

  it('reads a vocabulary by zh-CN label, English label, code and synonym, ignoring case, spaces and punctuation', () => {
    expect(parseLabel(channels, '电话')).toBe('phone');
    expect(parseLabel(channels, 'Phone')).toBe('phone');
    expect(parseLabel(channels, 'online_chat')).toBe('online_chat');
    expect(parseLabel(channels, 'Online chat')).toBe('online_chat');
    expect(parseLabel(channels, '应用/小程序')).toBe('app');
    expect(parseLabel(channels, 'WALK-IN')).toBe('walk_in');
    expect(parseLabel(channels, ' 12315转办 ')).toBe('regulator_12315');
    expect(parseLabel(channels, '传真')).toBeNull();
  });

  it('reads a website as an online channel, not as the app', () => {
    for (const label of ['网站', '官网', '网页', '官网留言', 'Website', 'web']) expect(parseLabel(channels, label)).toBe('online_chat');
  });

  it('reads the channels old complaint systems write: service lines, WeChat accounts, government hotlines, visits', () => {
    const expected = {
      '400热线': 'phone',
      '800电话': 'phone',
      微信公众号: 'social_media',
      公众号: 'social_media',
      微信: 'social_media',
      抖音私信: 'social_media',
      小程序: 'app',
      '12345热线': 'regulator_12315',
      市长热线: 'regulator_12315',
      来访: 'walk_in',
      走访: 'walk_in',
    } as const;
    for (const [label, channel] of Object.entries(expected)) expect(parseLabel(channels, label), label).toBe(channel);
  });

  it('gives no label two values in one vocabulary', () => {
    for (const labels of [CHANNEL_LABELS, SEVERITY_LABELS, CATEGORY_LABELS, DEMAND_LABELS, CUSTOMER_TYPE_LABELS, STATUS_LABELS]) {
      const seen = new Map<string, string>();
      for (const [code, list] of Object.entries<readonly string[]>(labels)) {
        for (const label of [code, ...list]) {
          const key = normaliseHeader(label);
          expect(seen.get(key) ?? code, `${label} names ${seen.get(key)} and ${code}`).toBe(code);
          seen.set(key, code);
        }
      }
    }
  });

  it('tells closed, redirected and open statuses, the desk’s own labels included', () => {
    expect(parseLabel(statuses, '已结案')).toBe('closed');
    expect(parseLabel(statuses, '已关闭')).toBe('closed');
    expect(parseLabel(statuses, 'Closed')).toBe('closed');
    expect(parseLabel(statuses, '已转办/不予受理')).toBe('redirected');
    expect(parseLabel(statuses, '处理中')).toBe('open');
    expect(parseLabel(statuses, 'Awaiting screening')).toBe('open');
  });

  it('reads the statuses of old systems: 未办结 and 在办 are open, 办结 closed', () => {
    for (const label of ['未办结', '在办', '办理中', '待办理']) expect(parseLabel(statuses, label), label).toBe('open');
    for (const label of ['已办结', '办结', '已处理']) expect(parseLabel(statuses, label), label).toBe('closed');
  });

  it('finds a configured department by its name, ignoring spaces, case and punctuation, and gives its configured spelling', () => {
    const departments = departmentIndex(['客服中心', '售后服务部', 'VIP Desk']);
    expect(departments.get(normaliseHeader(' 售后服务部 '))).toBe('售后服务部');
    expect(departments.get(normaliseHeader('vip-desk'))).toBe('VIP Desk');
    expect(departments.get(normaliseHeader('客服一部'))).toBeUndefined();
  });

  it('splits list cells and keeps the parts that name nothing', () => {
    expect(parseLabelList(demands, '退款、道歉')).toEqual({ codes: ['refund', 'apology'], unknown: [], notes: [] });
    expect(parseLabelList(demands, 'refund; Apology;refund')).toEqual({ codes: ['refund', 'apology'], unknown: [], notes: [] });
    expect(parseLabelList(demands, '退款/换货')).toEqual({ codes: ['refund', 'exchange'], unknown: [], notes: [] });
    expect(parseLabelList(demands, '退款，要求书面说明')).toEqual({ codes: ['refund'], unknown: ['要求书面说明'], notes: ['要求书面说明'] });
    expect(parseLabelList(channels, '应用/小程序')).toEqual({ codes: ['app'], unknown: [], notes: [] });
    expect(parseLabelList(demands, '')).toEqual({ codes: [], unknown: [], notes: [] });
  });

  it('reads a part the labels do not name by the value map, keeping its text among the notes, in the cell’s order', () => {
    const mapped = new Map([['快递赔付', 'compensation' as const]]);
    expect(parseLabelList(demands, '重新发货/快递赔付\u200b、退款', mapped)).toEqual({ codes: ['compensation', 'refund'], unknown: ['重新发货'], notes: ['重新发货', '快递赔付'] });
  });

  it('reads a label without its invisible characters, and takes a part of invisible characters only for no part', () => {
    expect(parseLabel(demands, '退款\u200b')).toBe('refund');
    expect(parseLabel(channels, '\u202e电话')).toBe('phone');
    expect(parseLabelList(demands, '退款\u200b')).toEqual({ codes: ['refund'], unknown: [], notes: [] });
    // A zero-width space after the separator is no unknown demand (其他 with an empty note).
    expect(parseLabelList(demands, '退款、\u200b')).toEqual({ codes: ['refund'], unknown: [], notes: [] });
    expect(parseLabelList(demands, '\u200b\ufeff')).toEqual({ codes: [], unknown: [], notes: [] });
  });

  it('allocates no lists for an empty cell and no notes when every part is a label: the check reads every row', () => {
    const empty = parseLabelList(demands, '');
    expect(parseLabelList(demands, '  ')).toBe(empty);
    expect(Object.isFrozen(empty) && Object.isFrozen(empty.codes) && Object.isFrozen(empty.notes)).toBe(true);
    const known = parseLabelList(demands, '退款、道歉');
    expect(known.notes).toBe(parseLabelList(demands, '换货').notes);
    expect(known.unknown).toBe(known.notes);
  });
});
