import { describe, expect, it } from 'vitest';
import { DEFAULT_RESPONSE_HOURS, responseDueAt } from '../../../../../src-renderer/domain/cases/sla';

const HOUR = 3600_000;
const RECEIVED = new Date(2026, 10, 23, 14, 5).getTime();

describe('responseDueAt', () => {
  it('uses the default limits of the glossary: 24 h general, 12 h serious, 2 h major', () => {
    expect(DEFAULT_RESPONSE_HOURS).toEqual({ general: 24, serious: 12, major: 2 });
    expect(responseDueAt(RECEIVED, 'general')).toBe(RECEIVED + 24 * HOUR);
    expect(responseDueAt(RECEIVED, 'serious')).toBe(RECEIVED + 12 * HOUR);
    expect(responseDueAt(RECEIVED, 'major')).toBe(RECEIVED + 2 * HOUR);
  });

  it('gives a more severe case an earlier deadline', () => {
    expect(responseDueAt(RECEIVED, 'major')).toBeLessThan(responseDueAt(RECEIVED, 'serious'));
    expect(responseDueAt(RECEIVED, 'serious')).toBeLessThan(responseDueAt(RECEIVED, 'general'));
  });

  it('counts from the received time, not the registration', () => {
    expect(responseDueAt(RECEIVED - HOUR, 'major') - responseDueAt(RECEIVED, 'major')).toBe(-HOUR);
  });

  it('accepts configured limits, including fractions of an hour', () => {
    const hours = { general: 48, serious: 8, major: 0.5 };
    expect(responseDueAt(RECEIVED, 'general', hours)).toBe(RECEIVED + 48 * HOUR);
    expect(responseDueAt(RECEIVED, 'major', hours)).toBe(RECEIVED + 30 * 60_000);
  });
});
