import { describe, expect, it } from 'vitest';
import { CHANNEL_LABELS, DEMAND_LABELS, STATUS_LABELS } from '../../../../../src-renderer/domain/imports/labels';
import { labelIndex, parseAmount, parseInstant, parseLabel, parseLabelList } from '../../../../../src-renderer/domain/imports/values';

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

  it.each(['', '   ', '2026-02-30', '2026-13-01', '2026-11-23 24:00', '2026-11-23 10:61', '23/11/2026', 'yesterday', '明天', '2026年', '12345', '99999', '2026-11-23 10'])(
    'refuses %j',
    (text) => {
      expect(parseInstant(text)).toBeNull();
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
  ])('reads %s', (text, expected) => {
    expect(parseAmount(text)).toBe(expected);
  });

  it('says empty and not-a-number apart', () => {
    expect(parseAmount('  ')).toBeNull();
    expect(parseAmount('about 50')).toBeNaN();
    expect(parseAmount('1.2.3')).toBeNaN();
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

  it('tells closed, redirected and open statuses, the desk’s own labels included', () => {
    expect(parseLabel(statuses, '已结案')).toBe('closed');
    expect(parseLabel(statuses, '已关闭')).toBe('closed');
    expect(parseLabel(statuses, 'Closed')).toBe('closed');
    expect(parseLabel(statuses, '已转办/不予受理')).toBe('redirected');
    expect(parseLabel(statuses, '处理中')).toBe('open');
    expect(parseLabel(statuses, 'Awaiting screening')).toBe('open');
  });

  it('splits list cells and keeps the parts that name nothing', () => {
    expect(parseLabelList(demands, '退款、道歉')).toEqual({ codes: ['refund', 'apology'], unknown: [] });
    expect(parseLabelList(demands, 'refund; Apology;refund')).toEqual({ codes: ['refund', 'apology'], unknown: [] });
    expect(parseLabelList(demands, '退款/换货')).toEqual({ codes: ['refund', 'exchange'], unknown: [] });
    expect(parseLabelList(demands, '退款，要求书面说明')).toEqual({ codes: ['refund'], unknown: ['要求书面说明'] });
    expect(parseLabelList(channels, '应用/小程序')).toEqual({ codes: ['app'], unknown: [] });
    expect(parseLabelList(demands, '')).toEqual({ codes: [], unknown: [] });
  });
});
