import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { monthPeriod } from '../../../../../../../src-renderer/domain/reports/monthly';
import { partialComparisonText, periodText } from '../../../../../../../src-renderer/ui/features/reports/model/period';
import { translator } from '../../../../ui/i18n/translator';

let zh: TFunction;
let en: TFunction;
beforeAll(async () => {
  zh = await translator('zh-CN');
  en = await translator('en');
});

const december = monthPeriod({ year: 2026, month: 12 });
const report = (asOf: number) => ({ ...december, figures: { asOf } });

describe('the period a monthly report covers', () => {
  it('is the whole month once the month has ended, with nothing to excuse in the comparison', () => {
    const ended = report(new Date(2027, 0, 3, 9, 0).getTime());
    expect(periodText(zh, ended)).toBe('统计期间：2026-12-01 至 2026-12-31');
    expect(periodText(en, ended)).toBe('Period: 2026-12-01 to 2026-12-31');
    expect(partialComparisonText(zh, ended)).toBeNull();
  });

  it('runs to today for the month under way, saying the month is not over and what 较上月 then compares', () => {
    const underWay = report(new Date(2026, 11, 5, 14, 30).getTime());
    expect(periodText(zh, underWay)).toBe('统计期间：2026-12-01 至 2026-12-05（本月尚未结束，截至 2026-12-05 14:30）');
    expect(periodText(en, underWay)).toBe('Period: 2026-12-01 to 2026-12-05 (the month is not over; figures as of 2026-12-05 14:30)');
    expect(partialComparisonText(zh, underWay)).toBe('本月尚未结束：“本月”只统计 2026-12-01 至 2026-12-05，“上月”为整月，“较上月”是不足一个月与整月的比较。');
    expect(partialComparisonText(en, underWay)).toMatch(/^The month is not over: “This month” counts 2026-12-01 to 2026-12-05 only/);
  });

  it('counts the last moment of the month as the month under way, and its end as the month ended', () => {
    expect(periodText(zh, report(december.to - 1))).toMatch(/至 2026-12-31（本月尚未结束/);
    expect(periodText(zh, report(december.to))).toBe('统计期间：2026-12-01 至 2026-12-31');
  });
});
