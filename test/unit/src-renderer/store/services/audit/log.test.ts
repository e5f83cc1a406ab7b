import { afterEach, describe, expect, it } from 'vitest';
import { diffFields, GENESIS_HASH, sealEvent, type AuditEvent } from '../../../../../../src-renderer/domain/audit/chain';
import type { CaseRecord } from '../../../../../../src-renderer/domain/cases/case';
import type { ImportJobRecord } from '../../../../../../src-renderer/domain/imports/job';
import { appendAudit } from '../../../../../../src-renderer/store/core/audit';
import type { AuditCursor, AuditPage } from '../../../../../../src-renderer/store/services/audit/list';
import type { VerifyAllReport } from '../../../../../../src-renderer/store/services/audit/verify-all';
import { MINUTE, NOW, openTestStore, refusal, register, type TestStore, type Who } from '../../fixtures';

let store: TestStore;
afterEach(async () => store?.close());

const ACTORS: Who[] = ['agent', 'agent2', 'supervisor', 'admin'];
const COMMANDS = ['progress.add', 'verification.addCheck', 'plans.submit', 'settings.update', 'progress.pause'];
/** Events seeded on top of the three registrations: enough for many pages and for ties in time. */
const SEEDED = 3000;

/**
 * Three real cases, then synthetic events spread over those cases, 20 other chains, four actors and five
 * commands; every third event shares its millisecond with the one before, so paging must order ties.
 */
async function seedLog(): Promise<CaseRecord[]> {
  store = await openTestStore();
  const cases = [await register(store), await register(store), await register(store)];
  const subjects = [...cases.map((c) => c.id), ...Array.from({ length: 20 }, (_, i) => `user:u-${String(i).padStart(2, '0')}`)];
  const { db } = store;
  // Chained in memory, written in one go (as appendAudit would, event by event, but fast).
  const heads = new Map((await db.auditHeads.toArray()).map((h) => [h.subject, h]));
  const events: AuditEvent[] = [];
  let at = NOW - SEEDED * MINUTE;
  for (let i = 0; i < SEEDED; i += 1) {
    if (i % 3 !== 0) at += MINUTE;
    const subject = subjects[(i * 13) % subjects.length]!;
    const user = store.users[ACTORS[(i * 7) % ACTORS.length]!];
    const head = heads.get(subject);
    const event = sealEvent({
      subject,
      n: (head?.n ?? 0) + 1,
      at,
      actor: { id: user.id, name: user.name, role: user.role },
      command: COMMANDS[(i * 5 + (i >> 4)) % COMMANDS.length]!,
      changes: diffFields({ step: i - 1 }, { step: i }),
      prevHash: head?.hash ?? GENESIS_HASH,
    });
    events.push(event);
    heads.set(subject, { subject, n: event.n, hash: event.hash });
  }
  await db.transaction('rw', db.audit, db.auditHeads, async () => {
    await db.audit.bulkAdd(events);
    await db.auditHeads.bulkPut([...heads.values()]);
  });
  return cases;
}

/** Newest first; ties in time by subject, then number, both descending — the order of the indexes. */
function newestFirst(a: AuditEvent, b: AuditEvent): number {
  return b.at - a.at || (a.subject < b.subject ? 1 : a.subject > b.subject ? -1 : 0) || b.n - a.n;
}

const keyOf = (e: AuditEvent) => `${e.subject}#${e.n}`;

/** Every page of a filter, following `next` until it is null. */
async function allPages(filter: Record<string, unknown>, who: Who = 'admin'): Promise<{ events: AuditEvent[]; pages: number }> {
  const events: AuditEvent[] = [];
  let cursor: AuditCursor | null | undefined;
  let pages = 0;
  do {
    const page = await store.run<AuditPage>('audit.list', { ...filter, ...(cursor ? { cursor } : {}) }, who);
    expect(page.events.length).toBeLessThanOrEqual((filter.limit as number | undefined) ?? 50);
    events.push(...page.events);
    cursor = page.next;
    pages += 1;
  } while (cursor && pages < 200);
  return { events, pages };
}

describe('audit.list (审计日志)', { timeout: 120_000 }, () => {
  it('pages through every event newest first without skipping or repeating one', async () => {
    await seedLog();
    const expected = (await store.db.audit.toArray()).sort(newestFirst);
    expect(expected).toHaveLength(SEEDED + 3);
    const { events, pages } = await allPages({ limit: 200 });
    expect(pages).toBe(Math.ceil(expected.length / 200));
    expect(events.map(keyOf)).toEqual(expected.map(keyOf));
  });

  it('filters by user, command and time, alone and together, newest first', async () => {
    await seedLog();
    const all = (await store.db.audit.toArray()).sort(newestFirst);
    const from = NOW - 2000 * MINUTE;
    const to = NOW - 1000 * MINUTE;
    const cases: Array<[Record<string, unknown>, (e: AuditEvent) => boolean]> = [
      [{ userId: 'u-agent2' }, (e) => e.actor.id === 'u-agent2'],
      [{ command: 'plans.submit' }, (e) => e.command === 'plans.submit'],
      [{ from, to }, (e) => e.at >= from && e.at <= to],
      [{ userId: 'u-supervisor', command: 'progress.pause', from, to }, (e) => e.actor.id === 'u-supervisor' && e.command === 'progress.pause' && e.at >= from && e.at <= to],
      [{ command: 'settings.update', to }, (e) => e.command === 'settings.update' && e.at <= to],
    ];
    for (const [filter, keep] of cases) {
      const expected = all.filter(keep);
      expect(expected.length, JSON.stringify(filter)).toBeGreaterThan(0);
      const { events } = await allPages({ ...filter, limit: 97 });
      expect(events.map(keyOf), JSON.stringify(filter)).toEqual(expected.map(keyOf));
    }
  });

  it('finds a case by its number and names each event’s subject', async () => {
    const [first, second] = await seedLog();
    const all = (await store.db.audit.where('[subject+n]').between([second!.id, 0], [second!.id, Infinity]).toArray()).reverse();
    const { events } = await allPages({ caseNo: second!.no.toLowerCase(), limit: 60 });
    expect(events.map(keyOf)).toEqual(all.map(keyOf));
    expect(events.at(-1)).toMatchObject({ n: 1, command: 'cases.register', subjectKind: 'case', subjectLabel: second!.no, caseId: second!.id });
    expect(events[0]!.changes).toEqual({ step: { before: expect.any(Number), after: expect.any(Number) } });

    const page = await store.run<AuditPage>('audit.list', { caseNo: first!.no, userId: 'u-admin', limit: 5 }, 'legal');
    expect(page.events.every((e) => e.subject === first!.id && e.actor.id === 'u-admin')).toBe(true);
    const users = await store.run<AuditPage>('audit.list', { subject: 'user:u-agent', limit: 1 }, 'admin');
    expect(users.events).toEqual([]);
    const agentChain = await store.run<AuditPage>('audit.list', { userId: 'u-agent', limit: 200 }, 'admin');
    expect(agentChain.events.find((e) => e.subject.startsWith('user:'))).toMatchObject({ subjectKind: 'user' });

    // An import's chain is named by its file, the customer exports' by what they are, not as cases.
    const job = { id: 'job-1', fileName: '2024年投诉台账.xlsx' } as ImportJobRecord;
    await store.db.imports.put(job);
    const admin = { id: 'u-admin', name: '管理员', role: 'admin' as const };
    await appendAudit(store.db, { subject: 'import:job-1', at: NOW, actor: admin, command: 'imports.start', before: null, after: { fileName: job.fileName } });
    await appendAudit(store.db, { subject: 'customer-export', at: NOW, actor: admin, command: 'customers.export', before: null, after: { phone: '13812345678' } });
    const named = async (subject: string) => (await store.run<AuditPage>('audit.list', { subject, limit: 1 }, 'admin')).events[0];
    expect(await named('import:job-1')).toMatchObject({ subjectKind: 'import', subjectLabel: '2024年投诉台账.xlsx' });
    expect(await named('customer-export')).not.toHaveProperty('caseId');
    expect(await named('customer-export')).toMatchObject({ subjectKind: 'customerExport' });

    expect(refusal(await store.send('audit.list', { caseNo: 'TS-20990101-0001' }, 'admin'))).toEqual({
      code: 'validation.failed',
      fields: [{ field: 'caseNo', code: 'cases.notFound' }],
    });
  });

  it('is for the administrator and legal only, and pages hold at most 200 events', async () => {
    store = await openTestStore();
    for (const who of ['admin', 'legal'] as const) expect((await store.send('audit.list', {}, who)).ok, who).toBe(true);
    for (const who of ['agent', 'supervisor', 'director', 'ops'] as const) {
      expect(refusal(await store.send('audit.list', {}, who)), who).toEqual({ code: 'auth.forbidden', params: { permission: 'audit.view', role: store.users[who].role } });
    }
    expect(refusal(await store.send('audit.list', { limit: 201 }, 'admin')).code).toBe('validation.failed');
  });
});

describe('audit.verifyAll (全部审计链校验)', { timeout: 120_000 }, () => {
  it('finds every chain intact, then the one with an edited event and the one missing its last event', async () => {
    const [first, second] = await seedLog();
    const intact = await store.run<VerifyAllReport>('audit.verifyAll', {}, 'supervisor');
    expect(intact).toEqual({ subjects: 23, events: SEEDED + 3, broken: [] });

    // Someone edits a field of one event directly in the database…
    const events = await store.db.audit.where('[subject+n]').between([first!.id, 0], [first!.id, Infinity]).toArray();
    await store.db.audit.update([first!.id, 40], { actor: { id: 'u-director', name: '总监周', role: 'director' } });
    // …and removes the newest event of another chain, which leaves every link intact.
    const lastOfSecond = await store.db.audit.where('[subject+n]').between([second!.id, 0], [second!.id, Infinity]).last();
    await store.db.audit.delete([second!.id, lastOfSecond!.n]);

    const report = await store.run<VerifyAllReport>('audit.verifyAll', {}, 'admin');
    expect(report.subjects).toBe(23);
    expect(report.events).toBe(SEEDED + 2);
    expect(report.broken).toHaveLength(2);
    expect(report.broken).toEqual(
      expect.arrayContaining([
        { subject: first!.id, subjectKind: 'case', subjectLabel: first!.no, caseId: first!.id, events: events.length, brokenAt: 40, reason: 'hash' },
        {
          subject: second!.id,
          subjectKind: 'case',
          subjectLabel: second!.no,
          caseId: second!.id,
          events: lastOfSecond!.n - 1,
          brokenAt: lastOfSecond!.n,
          reason: 'truncated',
        },
      ]),
    );
  });

  it('finds a case whose whole chain was deleted, head and all, which no chain walk meets', async () => {
    const [first] = await seedLog();
    await store.db.audit.where('[subject+n]').between([first!.id, 0], [first!.id, Infinity]).delete();
    await store.db.auditHeads.delete(first!.id);

    const report = await store.run<VerifyAllReport>('audit.verifyAll', {}, 'legal');
    expect(report.subjects).toBe(22);
    expect(report.broken).toEqual([{ subject: first!.id, subjectKind: 'case', subjectLabel: first!.no, caseId: first!.id, events: 0, brokenAt: 1, reason: 'missing' }]);
  });

  it('is for those who may check chains', async () => {
    store = await openTestStore();
    expect(refusal(await store.send('audit.verifyAll', {}, 'agent')).code).toBe('auth.forbidden');
    expect(await store.run<VerifyAllReport>('audit.verifyAll', {}, 'director')).toEqual({ subjects: 0, events: 0, broken: [] });
  });
});
