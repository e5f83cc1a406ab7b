import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaseFacts } from '../../../../../src-renderer/domain/dashboard/facts';
import type { DashboardQuery } from '../../../../../src-renderer/domain/dashboard/figures';
import { createContactIndex, updateContacts } from '../../../../../src-renderer/domain/dashboard/repeat-contacts';
import { previousContacts, repeatFigures } from '../../../../../src-renderer/domain/dashboard/repeats';
import { fact } from './fixtures';

const DAY = 86_400_000;
const NOVEMBER: DashboardQuery = { period: { from: new Date(2026, 10, 1).getTime(), to: new Date(2026, 11, 1).getTime(), granularity: 'week' }, departments: [] };
const at = (day: number, hour = 10) => new Date(2026, 10, day, hour).getTime();

function figures(facts: (CaseFacts | undefined)[], windowDays = 30, query = NOVEMBER) {
  return repeatFigures(facts, previousContacts(facts), query, windowDays);
}

describe('repeat complaints on the dashboard', () => {
  it('counts a case whose customer complained within the window before it, with its share of the period', () => {
    const facts = [
      fact({ receivedAt: at(20), phone: '13800000001' }),
      fact({ receivedAt: at(25), phone: '13800000001' }), // 5 days later: a repeat
      fact({ receivedAt: at(12), phone: '13900000009' }),
      fact({ receivedAt: at(14), phone: '13900000009' }), // 2 days later: a repeat
    ];
    expect(figures(facts)).toEqual({ windowDays: 30, received: 4, repeated: 2, rate: 0.5 });
  });

  it('counts at the window edge: exactly the window before is a repeat, a millisecond more is not', () => {
    const october = new Date(2026, 9, 20, 10).getTime();
    const edge = [fact({ receivedAt: october, phone: '13800000001' }), fact({ receivedAt: october + 30 * DAY, phone: '13800000001' })];
    expect(figures(edge).repeated).toBe(1);
    const beyond = [fact({ receivedAt: october - 1, phone: '13800000001' }), fact({ receivedAt: october + 30 * DAY, phone: '13800000001' })];
    expect(figures(beyond).repeated).toBe(0);
    // The earlier case lies before the period and is not counted as received; the later one is the repeat.
    expect(figures(edge).received).toBe(1);
    // A longer window makes the farther one a repeat too.
    expect(figures(beyond, 31).repeated).toBe(1);
  });

  it('recognises the customer by phone or by e-mail, and the latest earlier case of either counts', () => {
    const facts = [
      fact({ receivedAt: at(2), phone: '13800000001', email: '' }),
      // Same e-mail as the next, other phone: 40 days before it by phone, 3 by e-mail.
      fact({ receivedAt: at(21), phone: '', email: 'li@example.cn' }),
      fact({ receivedAt: at(24), phone: '13800000001', email: 'li@example.cn' }),
      // A different customer's case changes nothing.
      fact({ receivedAt: at(23), phone: '13700000000', email: 'wang@example.cn' }),
    ];
    expect(figures(facts, 5).repeated).toBe(1);
    // By phone alone it is 22 days after the first: not within 5 days.
    const phoneOnly = facts.map((f) => (f ? { ...f, email: '' } : f));
    expect(figures(phoneOnly, 5).repeated).toBe(0);
    expect(figures(phoneOnly, 22).repeated).toBe(1);
  });

  it('recognises a customer known only by their account on one platform, not the same handle on another', () => {
    const facts = [
      fact({ receivedAt: at(20), phone: '', email: '', account: 'weibo:zhangsan_88' }),
      fact({ receivedAt: at(22), phone: '', email: '', account: 'douyin:zhangsan_88' }),
      fact({ receivedAt: at(25), phone: '13800000001', email: '', account: 'weibo:zhangsan_88' }),
    ];
    expect(figures(facts).repeated).toBe(1);
    expect([...previousContacts(facts)]).toEqual([-1, -1, 0]);
  });

  it('orders cases received at the same instant by number, and never matches empty contacts', () => {
    const same = [fact({ receivedAt: at(10), no: 'TS-20261110-0002', phone: '13800000001' }), fact({ receivedAt: at(10), no: 'TS-20261110-0001', phone: '13800000001' })];
    expect(figures(same).repeated).toBe(1);
    expect(previousContacts(same)[0]).toBe(1);
    expect(previousContacts(same)[1]).toBe(-1);
    const anonymous = [fact({ receivedAt: at(10), phone: '', email: '' }), fact({ receivedAt: at(11), phone: '', email: '' })];
    expect(figures(anonymous).repeated).toBe(0);
  });

  it('keeps to the departments asked for, whatever the department of the earlier case', () => {
    const facts = [
      fact({ receivedAt: at(3), phone: '13800000001', department: '财务部' }),
      fact({ receivedAt: at(5), phone: '13800000001', department: '客服中心' }),
      undefined,
    ];
    expect(figures(facts, 30, { ...NOVEMBER, departments: ['客服中心'] })).toEqual({ windowDays: 30, received: 1, repeated: 1, rate: 1 });
    expect(figures(facts, 30, { ...NOVEMBER, departments: ['财务部'] })).toEqual({ windowDays: 30, received: 1, repeated: 0, rate: 0 });
    expect(figures([], 30).rate).toBeNull();
  });
});

describe('the contact index kept up to date as cases change', () => {
  const PHONES = ['', '13800000001', '13800000002', '13800000003'];
  const EMAILS = ['', 'a@example.cn', 'b@example.cn'];
  const ACCOUNTS = ['', 'weibo:zs', 'wechat:zs'];
  const contact = fc.record({
    phone: fc.constantFrom(...PHONES),
    email: fc.constantFrom(...EMAILS),
    account: fc.constantFrom(...ACCOUNTS),
    // Few instants, so cases received at the same instant (ordered by number) occur.
    receivedAt: fc.integer({ min: 0, max: 6 }).map((h) => at(10, h)),
    no: fc.integer({ min: 1, max: 9 }).map((n) => `TS-20261110-000${n}`),
  });
  const step = fc.oneof(
    contact.map((c) => ({ kind: 'add' as const, c })),
    fc.record({ kind: fc.constant('change' as const), slot: fc.nat(), c: contact }),
    fc.record({ kind: fc.constant('touch' as const), slot: fc.nat() }),
    fc.record({ kind: fc.constant('remove' as const), slot: fc.nat() }),
    fc.constant({ kind: 'rebuild' as const }),
  );

  it('answers as a computation from scratch after every change', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const index = createContactIndex();
        let facts: (CaseFacts | undefined)[] = [];
        // Case numbers are unique in the store: a drawn number gets the step's position as a suffix.
        const unique = <C extends { no: string }>(c: C, n: number): C => ({ ...c, no: `${c.no}-${String(n).padStart(2, '0')}` });
        for (const [n, s] of steps.entries()) {
          const slot = facts.length === 0 ? -1 : ('slot' in s ? s.slot % facts.length : -1);
          if (s.kind === 'add') facts.push(fact(unique(s.c, n)));
          else if (s.kind === 'change' && slot >= 0) facts[slot] = fact(unique(s.c, n));
          // A change that leaves the contact alone (a status change): a new object, same contact.
          else if (s.kind === 'touch' && slot >= 0 && facts[slot]) facts[slot] = { ...facts[slot]! };
          else if (s.kind === 'remove' && slot >= 0) facts[slot] = undefined;
          else if (s.kind === 'rebuild') facts = [...facts];
          const kept = updateContacts(index, facts);
          expect([...kept.subarray(0, facts.length)]).toEqual([...previousContacts(facts)]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
