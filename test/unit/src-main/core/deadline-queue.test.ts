import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDeadlineQueue, NOT_QUEUED, type Queued } from '../../../../src-main/core/deadline-queue';

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

interface Item extends Queued {
  no: string;
}

const item = (k: string, when = 0): Item => ({ key: k, at: when, slot: NOT_QUEUED, no: k });

describe('the deadline queue', () => {
  it('always agrees with a sorted list: earliest first, ties by key, each item once', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 200 }), (ops) => {
        const queue = createDeadlineQueue<Item>();
        // One item per key, as the scheduler keeps one per deadline entry.
        const items = new Map<string, Item>();
        const itemOf = (k: string) => items.get(k) ?? items.set(k, item(k)).get(k)!;
        const model = new Map<string, number>();
        for (const step of ops) {
          if (step.kind === 'upsert') {
            queue.upsert(itemOf(step.key), step.at);
            model.set(step.key, step.at);
          } else if (step.kind === 'remove') {
            expect(queue.remove(itemOf(step.key))).toBe(model.delete(step.key));
          } else if (step.kind === 'take') {
            const expected = [...model].map(([k, a]) => ({ key: k, at: a })).filter((e) => e.at <= step.now).sort(order);
            expect(queue.takeDue(step.now).map(({ key: k, at: a }) => ({ key: k, at: a }))).toEqual(expected);
            for (const e of expected) model.delete(e.key);
          } else {
            // The same key twice in a feed is the same item; its instant is the last one set.
            for (const e of step.entries) itemOf(e.key).at = e.at;
            queue.replaceAll(step.entries.map((e) => itemOf(e.key)));
            model.clear();
            for (const e of step.entries) model.set(e.key, itemOf(e.key).at);
          }
          expect(queue.size).toBe(model.size);
          for (const [k, it] of items) expect(it.slot !== NOT_QUEUED, k).toBe(model.has(k));
          const first = [...model].map(([k, a]) => ({ key: k, at: a })).sort(order)[0];
          expect(queue.peek() && { key: queue.peek()!.key, at: queue.peek()!.at }).toEqual(first);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('holds 100,000 deadlines and hands them out in time order, with moved and removed ones honoured', () => {
    const queue = createDeadlineQueue<Item>();
    // A scrambled order, with many equal instants.
    const items = Array.from({ length: 100_000 }, (_, i) => item(`case-${i}:resolution`, ((i * 7919) % 100_003) * 1000));
    queue.replaceAll([...items]);
    queue.upsert(items[5]!, -1);
    expect(queue.remove(items[6]!)).toBe(true);
    expect(queue.remove(items[6]!)).toBe(false);
    expect(queue.size).toBe(99_999);
    expect(queue.peek()?.no).toBe('case-5:resolution');
    const out = queue.takeDue(Number.MAX_SAFE_INTEGER);
    expect(out).toHaveLength(99_999);
    expect(out.findIndex((entry, i) => i > 0 && order(out[i - 1]!, entry) >= 0)).toBe(-1);
    expect(out.includes(items[6]!)).toBe(false);
    expect(queue.size).toBe(0);
    expect(items.every((it) => it.slot === NOT_QUEUED)).toBe(true);
  });

  it('queues an item given twice in a full feed once, drops what the new feed leaves out, and refuses instants that are not numbers', () => {
    const queue = createDeadlineQueue<Item>();
    const a = item('a', 9);
    const old = item('old', 1);
    queue.upsert(old, 1);
    queue.replaceAll([a, a]);
    expect(queue.size).toBe(1);
    expect(queue.peek()).toBe(a);
    expect(old.slot).toBe(NOT_QUEUED);
    expect(queue.remove(old)).toBe(false);
    expect(() => queue.upsert(item('b'), Number.NaN)).toThrow(RangeError);
    expect(() => queue.replaceAll([item('c', Infinity)])).toThrow(RangeError);
    // A refused feed leaves the queue as it was.
    expect(queue.peek()).toBe(a);
    expect(queue.size).toBe(1);
  });
});
