import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { customerDetail, formatDuration, surveyScoresText } from '../../../../../../src-renderer/ui/features/cases/format';
import { caseSummaryRows } from '../../../../../../src-renderer/ui/features/print/sheets/caseRows';
import type { CaseRecord } from '../../../../../../src-renderer/domain/cases/case';
import { translator } from '../../../ui/i18n/translator';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

let zh: TFunction;
let en: TFunction;
beforeAll(async () => {
  zh = await translator('zh-CN');
  en = await translator('en');
});

describe('formatDuration', () => {
  it('rounds a statistic to the nearest shown unit', () => {
    expect(formatDuration(zh, 5 * DAY - 3, 'nearest')).toBe('5天');
    expect(formatDuration(zh, 4 * DAY + 12 * HOUR - 1, 'nearest')).toBe('4天12小时');
    expect(formatDuration(zh, 6 * HOUR - 2, 'nearest')).toBe('6小时');
    expect(formatDuration(zh, 3 * DAY + 20 * MINUTE, 'nearest')).toBe('3天');
    expect(formatDuration(en, 2 * HOUR + 4 * MINUTE + 40_000, 'nearest')).toBe('2 h 5 min');
  });

  it('carries a rounded unit over instead of writing 24 hours or 60 minutes', () => {
    expect(formatDuration(zh, 1 * DAY + 23 * HOUR + 40 * MINUTE, 'nearest')).toBe('2天');
    expect(formatDuration(zh, 23 * HOUR + 59 * MINUTE + 40_000, 'nearest')).toBe('1天');
    expect(formatDuration(zh, 59 * MINUTE + 40_000, 'nearest')).toBe('1小时');
    expect(formatDuration(en, 2 * HOUR + 59 * MINUTE + 31_000, 'nearest')).toBe('3 h');
  });

  it('still says under a minute for a statistic that rounds to nothing', () => {
    expect(formatDuration(zh, 20_000, 'nearest')).toBe('不到1分钟');
    expect(formatDuration(zh, 40_000, 'nearest')).toBe('1分钟');
  });

  it('rounds a countdown down, so the time left is never more than there is', () => {
    expect(formatDuration(zh, 5 * DAY - 3)).toBe('4天23小时');
    expect(formatDuration(zh, 59 * MINUTE + 59_000)).toBe('59分钟');
    expect(formatDuration(zh, -(2 * HOUR + 30 * MINUTE - 1))).toBe('2小时29分钟');
    expect(formatDuration(zh, 59_999)).toBe('不到1分钟');
  });
});

describe('customerDetail', () => {
  const given = { phone: '13812345678', email: '', orderNo: 'JD-1', anonymisedAt: undefined };
  it('reads a detail as recorded, and one never given as empty', () => {
    expect(customerDetail(zh, given, 'phone')).toBe('13812345678');
    expect(customerDetail(zh, given, 'email')).toBe('');
  });

  it('says an anonymised case’s details were erased, not missed at intake, in both languages and on paper', () => {
    // As anonymiseCase leaves them (its own tests check that).
    const next = { phone: '', email: '', orderNo: '', anonymisedAt: 1, customerName: '（已匿名）', receivedAt: 0, channel: 'phone', description: '快递丢件。' } as unknown as CaseRecord;
    expect(customerDetail(zh, next, 'phone')).toBe('已清除（匿名化）');
    expect(customerDetail(en, next, 'orderNo')).toBe('Erased (anonymised)');
    expect(caseSummaryRows(zh, next)[0]![1]!.value).toBe('已清除（匿名化）');
  });
});

describe('surveyScoresText', () => {
  it('says which questions went unanswered, and a survey with none as declined', () => {
    expect(surveyScoresText(zh, { efficiency: 4, resolution: null, attitude: 5, compensation: 2 })).toBe('处理效率 4、解决程度 未回答、沟通态度 5、补偿合理性 2');
    expect(surveyScoresText(en, { efficiency: null, resolution: null, attitude: null, compensation: null })).toBe('The customer declined to rate');
  });
});
