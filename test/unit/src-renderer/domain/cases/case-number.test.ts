import { describe, expect, it } from 'vitest';
import {
  CASE_NUMBER_PATTERN,
  caseDayKey,
  formatCaseNumber,
  MAX_CASES_PER_DAY,
} from '../../../../../src-renderer/domain/cases/case-number';

describe('caseDayKey', () => {
  it('is the local calendar day as YYYYMMDD', () => {
    expect(caseDayKey(new Date(2026, 10, 23, 14, 5).getTime())).toBe('20261123');
    expect(caseDayKey(new Date(2026, 0, 5, 9, 0).getTime())).toBe('20260105');
  });

  it('changes exactly at local midnight', () => {
    expect(caseDayKey(new Date(2026, 10, 23, 23, 59, 59, 999).getTime())).toBe('20261123');
    expect(caseDayKey(new Date(2026, 10, 24, 0, 0, 0, 0).getTime())).toBe('20261124');
  });

  it('rolls over months and years', () => {
    expect(caseDayKey(new Date(2026, 11, 31, 23, 0).getTime())).toBe('20261231');
    expect(caseDayKey(new Date(2027, 0, 1, 0, 0).getTime())).toBe('20270101');
    expect(caseDayKey(new Date(2028, 1, 29, 12, 0).getTime())).toBe('20280229');
  });
});

describe('formatCaseNumber', () => {
  it('pads the sequence to four digits', () => {
    expect(formatCaseNumber('20261123', 1)).toBe('TS-20261123-0001');
    expect(formatCaseNumber('20261123', 42)).toBe('TS-20261123-0042');
    expect(formatCaseNumber('20261123', 9999)).toBe('TS-20261123-9999');
  });

  it.each([0, -1, 1.5, MAX_CASES_PER_DAY + 1, Number.NaN])('refuses the sequence %s', (sequence) => {
    expect(() => formatCaseNumber('20261123', sequence)).toThrow(RangeError);
  });

  it('produces numbers that match the case number pattern', () => {
    for (const sequence of [1, 10, 100, 1000, MAX_CASES_PER_DAY]) {
      expect(formatCaseNumber('20261123', sequence)).toMatch(CASE_NUMBER_PATTERN);
    }
  });

  it('sorts in registration order as text within a day', () => {
    const numbers = [1, 2, 9, 10, 99, 100, 1000].map((n) => formatCaseNumber('20261123', n));
    expect([...numbers].sort()).toEqual(numbers);
  });
});

describe('CASE_NUMBER_PATTERN', () => {
  it.each(['TS-2026112-0001', 'TS-20261123-001', 'TS-20261123-00001', 'ts-20261123-0001', 'XTS-20261123-0001', 'TS-20261123-0001x'])(
    'refuses %s',
    (no) => expect(no).not.toMatch(CASE_NUMBER_PATTERN),
  );
});
