import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDeadlineQueue, type QueueEntry } from '../../../../src-main/core/deadline-queue';

type Op =
  | { kind: 'upsert'; key: string; at: number }
  | { kind: 'remove'; key: string }
  | { kind: 'take'; now: number }
  | { kind: 'replace'; entries: { key: string; at: number }[] };

const key = fc.constantFrom(...Array.from({ length: 40 }, (_, i) => `case-${i}:response`));
const at = fc.integer({ min: 0, max: 200 });
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('upsert' as const), key, at }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('remove' as const), key }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('take' as const), now: at }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('replace' as const), entries: fc.array(fc.record({ key, at }), { maxLength: 30 }) }) },
);

const order = (a: { key: string; at: number }, b: { key: string; at: number }) => a.at - b.at || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

describe('the deadline queue', () => {
  it('always agrees with a sorted list: earliest first, ties by key, one entry per key', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 200 }), (ops) => {
        const queue = createDeadlineQueue<number>();
        const model = new Map<string, number>();
        for (const [n, step] of ops.entries()) {
          if (step.kind === 'upsert') {
            queue.upsert(step.key, step.at, n);
            model.set(step.key, step.at);
          } else if (step.kind === 'remove') {
            expect(queue.remove(step.key)).toBe(model.delete(step.key));
          } else if (step.kind === 'take') {
            const expected = [...model].map(([k, a]) => ({ key: k, at: a })).filter((e) => e.at <= step.now).sort(order);
            expect(queue.takeDue(step.now).map(({ key: k, at: a }) => ({ key: k, at: a }))).toEqual(expected);
            for (const e of expected) model.delete(e.key);
          } else {
            queue.replaceAll(step.entries.map((e) => ({ ...e, value: n })));
            model.clear();
            for (const e of step.entries) model.set(e.key, e.at);
          }
          expect(queue.size).toBe(model.size);
          const first = [...model].map(([k, a]) => ({ key: k, at: a })).sort(order)[0];
          expect(queue.peek() && { key: queue.peek()!.key, at: queue.peek()!.at }).toEqual(first);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('holds 100,000 deadlines and hands them out in time order, with moved and removed ones honoured', () => {
    const queue = createDeadlineQueue<{ no: string }>();
    const entries: QueueEntry<{ no: string }>[] = Array.from({ length: 100_000 }, (_, i) => ({
      key: `case-${i}:resolution`,
      // A scrambled order, with many equal instants.
      at: ((i * 7919) % 100_003) * 1000,
      value: { no: `TS-${i}` },
    }));
    queue.replaceAll(entries);
    queue.upsert('case-5:resolution', -1, { no: 'TS-5' });
    queue.remove('case-6:resolution');
    expect(queue.size).toBe(99_999);
    expect(queue.peek()?.value.no).toBe('TS-5');
    const out = queue.takeDue(Number.MAX_SAFE_INTEGER);
    expect(out).toHaveLength(99_999);
    expect(out.findIndex((entry, i) => i > 0 && order(out[i - 1]!, entry) >= 0)).toBe(-1);
    expect(out.some((e) => e.key === 'case-6:resolution')).toBe(false);
    expect(queue.size).toBe(0);
  });

  it('keeps the last of a key given twice in a full feed, and refuses instants that are not numbers', () => {
    const queue = createDeadlineQueue<string>();
    queue.replaceAll([
      { key: 'a', at: 5, value: 'first' },
      { key: 'a', at: 9, value: 'second' },
    ]);
    expect(queue.get('a')).toEqual({ key: 'a', at: 9, value: 'second' });
    expect(() => queue.upsert('b', Number.NaN, 'x')).toThrow(RangeError);
    expect(() => queue.replaceAll([{ key: 'c', at: Infinity, value: 'x' }])).toThrow(RangeError);
  });
});
