import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DeadlineEntry } from '../../../../src-main/core/alert-feed';
import { isDeadlineEntry, parseFeedMessage } from '../../../../src-main/core/feed-validation';
import { AGENT, contextFor, entry, T0 } from './alert-fixtures';

/** Values around every boundary the schema draws. */
const oddValue = fc.oneof(
  fc.constantFrom(null, undefined, true, false, 0, -1, 8.64e15, 8.64e15 + 1, Number.NaN, Infinity, '', 'ab', 'abc', 'x'.repeat(60), 'x'.repeat(61), 'x'.repeat(121), 'x'.repeat(201)),
  fc.constantFrom('general', 'major', 'critical', 'response', 'resolution', 'nap'),
  fc.double(),
  fc.string({ maxLength: 130 }),
  fc.constant({ dueAt: T0, warnedAt: null, overdueAt: null, lastAlertAt: null, acknowledgedAt: null, snoozedUntil: null }),
  fc.constant({ dueAt: T0, warnedAt: 'soon', overdueAt: null, lastAlertAt: null, acknowledgedAt: null, snoozedUntil: null }),
  fc.constant([]),
);
const fields = Object.keys(entry(1)) as (keyof DeadlineEntry)[];

describe('isDeadlineEntry', () => {
  it('accepts exactly what the zod schema accepts', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...fields), oddValue, { maxKeys: 4 }), fc.subarray(fields, { maxLength: 2 }), (changes, dropped) => {
        const candidate: Record<string, unknown> = { ...entry(1), ...changes };
        for (const field of dropped) delete candidate[field];
        expect(isDeadlineEntry(candidate)).toBe(DeadlineEntry.safeParse(candidate).success);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('parseFeedMessage', () => {
  it('passes valid resets and deltas through', () => {
    const reset = parseFeedMessage({ type: 'reset', context: contextFor(AGENT), entries: [entry(1), entry(2)] });
    expect(reset).toMatchObject({ ok: true, message: { type: 'reset', entries: [{ key: 'case-1:resolution' }, { key: 'case-2:resolution' }] } });
    expect(parseFeedMessage({ type: 'delta', upserts: [], removals: ['case-1:resolution'] })).toMatchObject({ ok: true });
  });

  it('refuses a message with one bad entry among many, saying where', () => {
    const entries = Array.from({ length: 1000 }, (_, i) => entry(i));
    entries[737] = { ...entries[737]!, dueAt: -5 };
    const result = parseFeedMessage({ type: 'reset', context: contextFor(AGENT), entries });
    expect(result).toEqual({ ok: false, error: expect.stringContaining('entries.737.dueAt') });
    expect(parseFeedMessage({ type: 'delta', upserts: [], removals: [42] }).ok).toBe(false);
    expect(parseFeedMessage({ type: 'reset', context: { recipient: null }, entries: [] }).ok).toBe(false);
    expect(parseFeedMessage('reset').ok).toBe(false);
    expect(parseFeedMessage(null).ok).toBe(false);
  });
});
