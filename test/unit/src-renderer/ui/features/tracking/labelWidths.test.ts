import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT, DEFAULT_WIDTHS } from '../../../../../../src-renderer/domain/tracking/columns';
import { defaultWidths, layoutWidths } from '../../../../../../src-renderer/ui/features/tracking/labelWidths';
import { translator } from '../../i18n/translator';

let zh: TFunction;
let english: TFunction;

beforeAll(async () => {
  [zh, english] = [await translator('zh-CN'), await translator('en')];
});

/*
 * What the longest labels need, measured in Chromium with Noto Sans CJK SC (the theme's first
 * font), 8 px of cell padding each side included: the GENERAL badge 74 + 16 px, the status
 * "Grading awaiting approval" 172 + 16 px, 已转办/不予受理 104 + 16 px.
 */
const NEEDED = { en: { severity: 91, status: 188 }, zh: { status: 120 } };

describe('default widths of the label columns', () => {
  it('keeps the Chinese defaults where the labels fit, and widens 状态 for its longest label and 严重程度 for its sorted heading', () => {
    const widths = defaultWidths(zh);
    // 严重程度 (4 × 14 px), the sort arrow's 16 px and the padding.
    expect(widths.severity).toBe(88);
    expect(widths.status).toBeGreaterThanOrEqual(NEEDED.zh.status);
    expect(widths.status).toBeLessThan(140);
    expect({ ...widths, status: DEFAULT_WIDTHS.status, severity: DEFAULT_WIDTHS.severity }).toEqual(DEFAULT_WIDTHS);
  });

  it('fits what a wider font draws: the dates, the headings and the badges as measured', () => {
    // A font whose every character is 10 px wide (a Linux desktop's DejaVu Sans is wider than the estimate).
    const wide = { text: (s: string) => s.length * 10, heading: (s: string) => s.length * 8, badge: (s: string) => s.length * 10 + 22 };
    const widths = defaultWidths(english, wide);
    expect(widths.receivedAt).toBe(16 * 10 + 16); // 2026-12-30 20:58
    expect(widths.satisfaction).toBe('Satisfaction'.length * 8 + 16 + 16);
    expect(widths.severity).toBe('General'.length * 10 + 22 + 16);
    expect(widths.customer).toBe(DEFAULT_WIDTHS.customer);
  });

  it('makes room for the English severity badge and status, and not much more', () => {
    const widths = defaultWidths(english);
    expect(widths.severity).toBeGreaterThanOrEqual(NEEDED.en.severity);
    expect(widths.severity).toBeLessThan(110);
    expect(widths.status).toBeGreaterThanOrEqual(NEEDED.en.status);
    expect(widths.status).toBeLessThan(220);
    // The longest category (Policy misunderstanding) is about as long as the status.
    expect(widths.category).toBeGreaterThan(DEFAULT_WIDTHS.category + 50);
    expect(widths.customer).toBe(DEFAULT_WIDTHS.customer);
  });

  it('draws a column the user resized at the user’s width, the others at the language’s default', () => {
    const defaults = defaultWidths(english);
    const widths = layoutWidths({ ...DEFAULT_LAYOUT, widths: { status: 90, customer: 230 } }, defaults);
    expect(widths.status).toBe(90);
    expect(widths.customer).toBe(230);
    expect(widths.severity).toBe(defaults.severity);
  });
});
