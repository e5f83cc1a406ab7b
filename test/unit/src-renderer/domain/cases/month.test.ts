import { describe, expect, it } from 'vitest';
import { monthRange, summarizeMonth } from '../../../../../src-renderer/domain/cases/month';
import type { Channel, Severity } from '../../../../../src-renderer/domain/cases/vocabulary';

const row = (receivedAt: number, severity: Severity = 'general', channel: Channel = 'phone') => ({ receivedAt, severity, channel });

describe('monthRange', () => {
  it('spans local midnight of the first day to local midnight of the next month', () => {
    expect(monthRange(2026, 11)).toEqual({ start: new Date(2026, 10, 1).getTime(), end: new Date(2026, 11, 1).getTime() });
  });

  it('rolls December into January of the next year', () => {
    expect(monthRange(2026, 12).end).toBe(new Date(2027, 0, 1).getTime());
  });

  it('makes consecutive months adjacent', () => {
    expect(monthRange(2026, 2).end).toBe(monthRange(2026, 3).start);
  });
});

describe('summarizeMonth', () => {
  const { start, end } = monthRange(2026, 11);

  it('counts a case received exactly at the start and one in the last millisecond', () => {
    const summary = summarizeMonth(2026, 11, [row(start), row(end - 1)]);
    expect(summary.total).toBe(2);
    expect(summary.byDay[0]).toBe(1);
    expect(summary.byDay[29]).toBe(1);
  });

  it('does not count a case received exactly when the next month starts', () => {
    expect(summarizeMonth(2026, 11, [row(end)]).total).toBe(0);
  });

  it('does not count a case received in the previous month, even a millisecond before', () => {
    const summary = summarizeMonth(2026, 11, [row(start - 1), row(new Date(2026, 9, 15).getTime())]);
    expect(summary.total).toBe(0);
    expect(summary.byDay.every((n) => n === 0)).toBe(true);
  });

  it('has one entry per day of the month', () => {
    expect(summarizeMonth(2026, 11, []).byDay).toHaveLength(30);
    expect(summarizeMonth(2026, 12, []).byDay).toHaveLength(31);
    expect(summarizeMonth(2026, 2, []).byDay).toHaveLength(28);
    expect(summarizeMonth(2028, 2, []).byDay).toHaveLength(29);
  });

  it('counts by severity, channel and day, with zeros for the unused ones', () => {
    const summary = summarizeMonth(2026, 11, [
      row(new Date(2026, 10, 3, 9).getTime(), 'major', 'phone'),
      row(new Date(2026, 10, 3, 18).getTime(), 'general', 'email'),
      row(new Date(2026, 10, 17, 0, 0).getTime(), 'serious', 'regulator_12315'),
      row(new Date(2026, 10, 17, 23, 59).getTime(), 'major', 'phone'),
      row(new Date(2026, 11, 1).getTime(), 'major', 'walk_in'),
    ]);
    expect(summary).toMatchObject({ year: 2026, month: 11, total: 4 });
    expect(summary.bySeverity).toEqual({ general: 1, serious: 1, major: 2 });
    expect(summary.byChannel).toEqual({
      phone: 2,
      email: 1,
      online_chat: 0,
      app: 0,
      social_media: 0,
      letter: 0,
      walk_in: 0,
      regulator_12315: 1,
      other: 0,
    });
    expect(summary.byDay[2]).toBe(2);
    expect(summary.byDay[16]).toBe(2);
    expect(summary.byDay.reduce((a, b) => a + b, 0)).toBe(summary.total);
  });

  it('keeps the totals consistent across its breakdowns', () => {
    const rows = Array.from({ length: 60 }, (_, i) =>
      row(start + i * 12 * 3600_000, (['general', 'serious', 'major'] as const)[i % 3], (['phone', 'email', 'letter', 'other'] as const)[i % 4]),
    );
    const summary = summarizeMonth(2026, 11, rows);
    expect(summary.total).toBe(60);
    const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
    expect(sum(summary.bySeverity)).toBe(60);
    expect(sum(summary.byChannel)).toBe(60);
    expect(summary.byDay.every((n) => n === 2)).toBe(true);
  });
});
