import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixedHalfUp, percentHalfUp, roundHalfUp } from '../../../../../../../src-renderer/domain/reports/rounding';
import { asShown, displayValue, duration, rate, score, sheetValue, type ReportValue } from '../../../../../../../src-renderer/ui/features/reports/model/values';
import { translator } from '../../../../ui/i18n/translator';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let zh: TFunction;
beforeAll(async () => {
  zh = await translator('zh-CN');
});

const change = (value: number): ReportValue => ({ kind: 'change', of: 'duration', value, better: 'down' });

describe('a duration in the monthly report', () => {
  it('is rounded to the nearest shown unit, not cut down', () => {
    expect(displayValue(zh, duration(5 * DAY - 4))).toBe('5天');
    expect(displayValue(zh, duration(4 * DAY + 12 * HOUR - 1))).toBe('4天12小时');
  });

  it('reads a change against last month rounded too', () => {
    expect(displayValue(zh, change(6 * HOUR - 5))).toBe('↑ 6小时');
    expect(displayValue(zh, change(-(DAY + 23 * HOUR + 50 * 60_000)))).toBe('↓ 2天');
  });
});

describe('the rounding of the report’s figures', () => {
  it('rounds half up on the decimal value, where toFixed and Math.round(n * 100) see 4.42499…', () => {
    expect(roundHalfUp(4.425, 2)).toBe(4.43);
    expect(roundHalfUp(0.125, 2)).toBe(0.13);
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
    expect(roundHalfUp(0.0125, 3)).toBe(0.013);
    expect(roundHalfUp(-4.425, 2)).toBe(-4.43);
    expect(roundHalfUp(-0.001, 2)).toBe(0);
    expect(roundHalfUp(4.424999, 2)).toBe(4.42);
    expect(roundHalfUp(1e-7, 2)).toBe(0);
    expect(fixedHalfUp(4.425, 2)).toBe('4.43');
    expect(fixedHalfUp(2, 2)).toBe('2.00');
    expect(percentHalfUp(0.04425, 2)).toBe(4.43);
    expect(percentHalfUp(0.00125, 1)).toBe(0.1);
  });

  it('gives the screen, the paper and the workbook the same figure', () => {
    expect(displayValue(zh, score(4.425))).toBe('4.43');
    expect(sheetValue(score(4.425))).toBe(4.43);
    expect(asShown('score', 4.425)).toBe(4.43);
    expect(displayValue(zh, score(0.125))).toBe('0.13');
    expect(sheetValue(score(0.125))).toBe(0.13);
    // Half a tenth of a per cent: up, on screen and in the workbook alike.
    expect(displayValue(zh, rate(0.00125))).toBe('0.1%');
    expect(sheetValue(rate(0.00125))).toBe(0.1);
    expect(displayValue(zh, rate(0.04425))).toBe('4.4%');
    expect(displayValue(zh, rate(0.1125))).toBe('11.3%');
    expect(sheetValue(rate(0.1125))).toBe(11.3);
  });
});
