import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  diffFields,
  GENESIS_HASH,
  hashEvent,
  sealEvent,
  verifyChain,
  type AuditEvent,
} from '../../../../../src-renderer/domain/audit/chain';

const ACTORS = [
  { id: 'u-agent', name: '客服小王', role: 'agent' },
  { id: 'u-director', name: '总监周', role: 'director' },
];
const COMMANDS = ['cases.register', 'screening.accept', 'verification.complete', 'grading.submit', 'grading.approve', 'plans.submit'];

/** A sealed chain of `length` events of one case, as the store writes it. */
function chain(length = COMMANDS.length, subject = 'case-1'): AuditEvent[] {
  const events: AuditEvent[] = [];
  for (let i = 0; i < length; i += 1) {
    events.push(
      sealEvent({
        subject,
        n: i + 1,
        at: 1_790_000_000_000 + i * 60_000,
        actor: ACTORS[i % 2]!,
        command: COMMANDS[i % COMMANDS.length]!,
        changes: { status: { before: i === 0 ? null : `s${i - 1}`, after: `s${i}` } },
        ...(i % 2 ? { detail: { reason: `第${i}步` } } : {}),
        prevHash: events[i - 1]?.hash ?? GENESIS_HASH,
      }),
    );
  }
  return events;
}

describe('canonicalJson', () => {
  it('does not depend on the order of object keys, at any depth', () => {
    const a = { b: 1, a: { y: [1, { q: 2, p: 1 }], x: '中' } };
    const b = { a: { x: '中', y: [1, { p: 1, q: 2 }] }, b: 1 };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(canonicalJson(a)).toBe('{"a":{"x":"中","y":[1,{"p":1,"q":2}]},"b":1}');
  });

  it('keeps the order of arrays and tells values apart', () => {
    expect(canonicalJson([1, 2])).not.toBe(canonicalJson([2, 1]));
    expect(canonicalJson({ a: 1 })).not.toBe(canonicalJson({ a: '1' }));
    expect(canonicalJson({ a: null })).not.toBe(canonicalJson({}));
  });

  it('leaves out undefined properties and writes undefined values as null', () => {
    expect(canonicalJson({ a: undefined, b: 2 })).toBe('{"b":2}');
    expect(canonicalJson([undefined])).toBe('[null]');
    expect(canonicalJson(undefined)).toBe('null');
  });

  it('hashes reordered events identically', () => {
    const [event] = chain(1);
    const { hash, ...rest } = event!;
    const reordered = Object.fromEntries(Object.entries(rest).reverse()) as typeof rest;
    expect(hashEvent(reordered)).toBe(hash);
  });
});

describe('diffFields', () => {
  it('records only the top-level fields that changed, with before and after', () => {
    expect(diffFields({ a: 1, b: { x: 1 }, c: 'same' }, { a: 2, b: { x: 1 }, c: 'same', d: true })).toEqual({
      a: { before: 1, after: 2 },
      d: { before: null, after: true },
    });
    expect(diffFields(null, { a: 1 })).toEqual({ a: { before: null, after: 1 } });
    expect(diffFields({ a: 1 }, { a: 1 })).toEqual({});
  });

  it('never records a case’s contact keys: the phone and e-mail are recorded, and masked, in their own fields', () => {
    const before = { phone: '', email: '', contactKeys: [] };
    const after = { phone: '021-61234567', email: 'li@example.com', contactKeys: ['02161234567', 'li@example.com'] };
    expect(Object.keys(diffFields(before, after))).toEqual(['phone', 'email']);
    expect(diffFields(null, after)).not.toHaveProperty('contactKeys');
  });
});

describe('verifyChain', () => {
  it('accepts an intact chain and an empty one', () => {
    expect(verifyChain(chain())).toEqual({ ok: true, events: 6 });
    expect(verifyChain([])).toEqual({ ok: true, events: 0 });
  });

  it('starts from the genesis hash and links every event to the one before', () => {
    const events = chain();
    expect(events[0]!.prevHash).toBe(GENESIS_HASH);
    for (let i = 1; i < events.length; i += 1) expect(events[i]!.prevHash).toBe(events[i - 1]!.hash);
  });

  it.each([
    ['the actor', (e: AuditEvent) => ({ ...e, actor: { ...e.actor, name: '别人' } })],
    ['the time', (e: AuditEvent) => ({ ...e, at: e.at + 1 })],
    ['the command', (e: AuditEvent) => ({ ...e, command: 'grading.return' })],
    ['a change', (e: AuditEvent) => ({ ...e, changes: { status: { before: 's1', after: 'closed' } } })],
    ['the detail', (e: AuditEvent) => ({ ...e, detail: { reason: '改过' } })],
    ['an added field', (e: AuditEvent) => ({ ...e, extra: 1 }) as AuditEvent],
  ])('reports a change of %s at that event, as a broken hash', (_what, tamper) => {
    for (const at of [0, 2, 5]) {
      const events = chain();
      events[at] = tamper(events[at]!);
      expect(verifyChain(events)).toEqual({ ok: false, events: 6, brokenAt: at + 1, reason: 'hash' });
    }
  });

  it('reports an event deleted from the middle as a gap in the numbering', () => {
    const events = chain();
    events.splice(2, 1);
    expect(verifyChain(events)).toEqual({ ok: false, events: 5, brokenAt: 3, reason: 'sequence' });
    const first = chain().slice(1);
    expect(verifyChain(first)).toEqual({ ok: false, events: 5, brokenAt: 1, reason: 'sequence' });
  });

  it('reports two events swapped in place', () => {
    const events = chain();
    [events[3], events[4]] = [events[4]!, events[3]!];
    expect(verifyChain(events)).toEqual({ ok: false, events: 6, brokenAt: 4, reason: 'sequence' });
  });

  it('reports two events swapped and renumbered as a broken link', () => {
    const events = chain();
    const third = { ...events[3]!, n: 5 };
    const fourth = { ...events[4]!, n: 4 };
    events[3] = fourth;
    events[4] = third;
    expect(verifyChain(events)).toEqual({ ok: false, events: 6, brokenAt: 4, reason: 'link' });
  });

  it('reports a deleted event even when the rest is renumbered', () => {
    const events = chain();
    events.splice(2, 1);
    for (let i = 2; i < events.length; i += 1) events[i] = { ...events[i]!, n: i + 1 };
    expect(verifyChain(events)).toEqual({ ok: false, events: 5, brokenAt: 3, reason: 'link' });
  });

  it('reports a replaced hash at the event that carries it', () => {
    const events = chain();
    events[2] = { ...events[2]!, hash: 'f'.repeat(64) };
    expect(verifyChain(events)).toEqual({ ok: false, events: 6, brokenAt: 3, reason: 'hash' });
  });

  it('reports a resealed event by the link of the next one', () => {
    const events = chain();
    const { hash: _old, ...rest } = events[2]!;
    events[2] = sealEvent({ ...rest, command: 'grading.return' });
    expect(verifyChain(events)).toEqual({ ok: false, events: 6, brokenAt: 4, reason: 'link' });
  });

  it('reports a changed link', () => {
    const events = chain();
    const { hash: _old, ...first } = events[0]!;
    events[0] = sealEvent({ ...first, prevHash: 'a'.repeat(64) });
    expect(verifyChain(events)).toEqual({ ok: false, events: 6, brokenAt: 1, reason: 'link' });
  });
});
