import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEvent, ChainReport } from '../../../../../../src-renderer/domain/audit/chain';
import { openTestStore, refusal, type TestStore } from '../../fixtures';
import { caseAt } from '../../flow';

let store: TestStore;
afterEach(async () => store?.close());

const verify = (subject: string) => store.run<ChainReport>('audit.verify', { subject }, 'admin');

/** A case in execution: seven events (register … plans.approve). */
async function withCase() {
  store = await openTestStore();
  const c = await caseAt(store, 'executing');
  expect(await verify(c.id)).toEqual({ ok: true, events: 7 });
  return c;
}

describe('audit.verify', () => {
  it('reports a field changed in the database at that event', async () => {
    const c = await withCase();
    await store.db.audit.update([c.id, 4], { actor: { id: 'u-director', name: '总监周', role: 'director' } });
    expect(await verify(c.id)).toEqual({ ok: false, events: 7, brokenAt: 4, reason: 'hash' });
  });

  it('reports a change to the recorded changes themselves', async () => {
    const c = await withCase();
    const event = (await store.db.audit.get([c.id, 2]))!;
    await store.db.audit.put({ ...event, changes: { ...event.changes, status: { before: 'registered', after: 'closed' } } });
    expect(await verify(c.id)).toEqual({ ok: false, events: 7, brokenAt: 2, reason: 'hash' });
  });

  it('reports an event deleted from the middle', async () => {
    const c = await withCase();
    await store.db.audit.delete([c.id, 3]);
    expect(await verify(c.id)).toEqual({ ok: false, events: 6, brokenAt: 3, reason: 'sequence' });
  });

  it('reports the newest events deleted from the end, which the links alone cannot show', async () => {
    const c = await withCase();
    await store.db.audit.bulkDelete([
      [c.id, 6],
      [c.id, 7],
    ]);
    expect(await verify(c.id)).toEqual({ ok: false, events: 5, brokenAt: 6, reason: 'truncated' });
  });

  it('reports two events swapped by renumbering them', async () => {
    const c = await withCase();
    const [e5, e6] = (await store.db.audit.bulkGet([[c.id, 5], [c.id, 6]])) as AuditEvent[];
    await store.db.audit.bulkPut([{ ...e6!, n: 5 }, { ...e5!, n: 6 }]);
    expect(await verify(c.id)).toEqual({ ok: false, events: 7, brokenAt: 5, reason: 'link' });
  });

  it('keeps each subject’s chain apart: tampering with one case leaves another intact', async () => {
    const c = await withCase();
    const other = await caseAt(store, 'grading');
    await store.db.audit.update([c.id, 1], { at: 0 });
    expect((await verify(c.id)).ok).toBe(false);
    expect(await verify(other.id)).toEqual({ ok: true, events: 3 });
  });

  it('is for managers, legal and the admin, not for agents', async () => {
    const c = await withCase();
    for (const who of ['supervisor', 'director', 'ops', 'admin', 'legal'] as const) expect((await store.send('audit.verify', { subject: c.id }, who)).ok, who).toBe(true);
    for (const who of ['agent'] as const) expect(refusal(await store.send('audit.verify', { subject: c.id }, who)).code, who).toBe('auth.forbidden');
  });

  it('audit.forCase lists the events of a case in order', async () => {
    const c = await withCase();
    const events = await store.run<AuditEvent[]>('audit.forCase', { caseId: c.id });
    expect(events.map((e) => e.n)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(events.map((e) => e.command)).toEqual(['cases.register', 'screening.accept', 'verification.complete', 'grading.submit', 'grading.approve', 'plans.submit', 'plans.approve']);
  });

  it('audit.forCase reads a case’s chain only: a user’s, the settings’ or the customer exports’ are the audit log’s', async () => {
    await withCase();
    const agent = (await store.db.users.where('username').equals('agent').first()) ?? (await store.db.users.toArray()).find((u) => u.role === 'agent')!;
    const subjects = [`user:${agent.id}`, 'settings', 'customer-export', 'erasure:SC-20261207-001'];
    for (const subject of subjects) {
      for (const who of ['agent', 'director', 'admin'] as const) {
        expect(refusal(await store.send('audit.forCase', { caseId: subject }, who)).code, `${who} ${subject}`).toBe('cases.notFound');
      }
    }
  });
});
