import { afterEach, describe, expect, it } from 'vitest';
import type { ChainReport } from '../../../../../src-renderer/domain/audit/chain';
import type { CaseRecord } from '../../../../../src-renderer/domain/cases/case';
import { caseDayKey } from '../../../../../src-renderer/domain/cases/case-number';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../../../../src-renderer/domain/demo/people';
import { DEFAULT_SETTINGS } from '../../../../../src-renderer/domain/settings/settings';
import { presetNames } from '../../../../../src-renderer/domain/settings/presets';
import { subjectEvents } from '../../../../../src-renderer/store/core/audit';
import { loadComplaintTexts } from '../../../../fixtures/reviews';
import { caseProblems } from '../../domain/demo/consistency';
import { HOUR, NOW, ok, openTestStore, refusal, registration, type TestStore } from '../fixtures';

let store: TestStore;
afterEach(async () => store?.close());

const TEXTS = loadComplaintTexts().slice(0, 1500);
const chunk = (startIndex: number, count = 400) => ({ count, startIndex, seed: 2026, texts: TEXTS });

async function allCases(): Promise<CaseRecord[]> {
  return store.db.cases.toArray();
}

describe('demo.seed (演示数据)', { timeout: 60_000 }, () => {
  it('writes chunks of realistic cases numbered gap-free per day, and later registrations continue the day', async () => {
    store = await openTestStore();
    expect(await store.run('demo.seed', chunk(0), 'admin')).toEqual({ created: 400, total: 400 });
    expect(await store.run('demo.seed', chunk(400), 'admin')).toEqual({ created: 400, total: 800 });

    const cases = await allCases();
    expect(new Set(cases.map((c) => c.no)).size).toBe(800);
    expect(new Set(cases.map((c) => c.id)).size).toBe(800);
    const byDay = new Map<string, number[]>();
    for (const c of cases) byDay.set(caseDayKey(c.receivedAt), [...(byDay.get(caseDayKey(c.receivedAt)) ?? []), Number(c.no.slice(-4))]);
    for (const [day, sequences] of byDay) {
      expect(sequences.sort((a, b) => a - b), day).toEqual(sequences.map((_, i) => i + 1));
      expect((await store.db.counters.get(`case-no:${day}`))?.value).toBe(sequences.length);
    }
    expect(cases.flatMap((c) => caseProblems(c, NOW, DEFAULT_SETTINGS))).toEqual([]);

    // A colleague registers a complaint on the busiest seeded day: its number follows the demo cases of that day.
    const [day, sequences] = [...byDay].sort((a, b) => b[1].length - a[1].length)[0]!;
    const noon = new Date(Number(day.slice(0, 4)), Number(day.slice(4, 6)) - 1, Number(day.slice(6)), 12).getTime();
    store.clock.now = Math.min(NOW, noon);
    const registered = await store.run('cases.register', registration({ receivedAt: store.now() - HOUR }));
    expect(registered.no).toBe(`TS-${day}-${String(sequences.length + 1).padStart(4, '0')}`);
    expect((await store.db.counters.get(`case-no:${day}`))?.value).toBe(sequences.length + 1);
  });

  it('seals one demo.seed event per case, by the administrator, and every case chain verifies', async () => {
    store = await openTestStore();
    await store.run('demo.seed', chunk(0, 200), 'admin');
    const cases = await allCases();
    for (const c of cases.slice(0, 40)) {
      const events = await subjectEvents(store.db, c.id);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ n: 1, command: 'demo.seed', actor: { id: 'u-admin', role: 'admin' }, at: NOW });
      expect(events[0]!.changes.no).toEqual({ before: null, after: c.no });
      expect(await store.run<ChainReport>('audit.verify', { subject: c.id }, 'admin')).toEqual({ ok: true, events: 1 });
    }
    // Tampering with a case's event is detected like for any other.
    const [first] = await subjectEvents(store.db, cases[0]!.id);
    await store.db.audit.put({ ...first!, changes: { ...first!.changes, customerName: { before: null, after: '篡改者' } } });
    expect(await store.run<ChainReport>('audit.verify', { subject: cases[0]!.id }, 'admin')).toMatchObject({ ok: false, reason: 'hash' });
  });

  it('creates the demo staff once, with working passwords, and names them on the cases', async () => {
    store = await openTestStore();
    const before = await store.db.users.count();
    await store.run('demo.seed', chunk(0, 100), 'admin');
    const users = await store.db.users.toArray();
    expect(users).toHaveLength(before + DEMO_ACCOUNTS.length);
    for (const account of DEMO_ACCOUNTS) expect(users.find((u) => u.username === account.username)).toMatchObject({ ...account, active: 1 });
    const created = users.filter((u) => DEMO_ACCOUNTS.some((a) => a.username === u.username));
    for (const user of created) expect(await store.run<ChainReport>('audit.verify', { subject: `user:${user.id}` }, 'admin')).toEqual({ ok: true, events: 1 });
    expect(ok(await store.send('auth.signIn', { username: 'zhouwenbin', password: DEMO_PASSWORD }, null))).toMatchObject({ actor: { role: 'director' } });

    await store.run('demo.seed', chunk(100, 100), 'admin');
    expect(await store.db.users.count()).toBe(before + DEMO_ACCOUNTS.length);
    const names = new Set((await allCases()).map((c) => c.intakeAgent.id));
    expect([...names].some((id) => created.some((u) => u.id === id))).toBe(true);
    expect(names.has('u-admin')).toBe(false);
  });

  it('puts the demo staff in the desk’s own departments when it was set up with English names', async () => {
    store = await openTestStore();
    const english = presetNames('en');
    // As the setup in English left them (auth.setup with presets 'en').
    await store.db.settings.bulkPut([
      { key: 'departments', value: english.departments },
      { key: 'categories', value: english.categories },
    ]);
    await store.run('demo.seed', chunk(0, 50), 'admin');
    const department = async (username: string) => (await store.db.users.where('username').equals(username).first())?.department;
    expect(await department('wanglijuan')).toBe('Customer Service');
    expect(await department('zhouwenbin')).toBe('Quality Management');
    expect(await department('wuhaifeng')).toBe('Operations');
    // Every case in one of the desk's departments.
    for (const c of await allCases()) if (c.department) expect(english.departments).toContain(c.department);
  });

  it('tells subscribers that many cases changed, with the id *', async () => {
    store = await openTestStore();
    await store.run('demo.seed', chunk(0, 50), 'admin');
    expect(store.events.at(-1)).toEqual(expect.arrayContaining([{ area: 'cases', ids: ['*'] }]));
    await store.run('demo.seed', chunk(50, 50), 'admin');
    expect(store.events.at(-1)).toEqual([{ area: 'cases', ids: ['*'] }]);
  });

  it('is for the administrator only', async () => {
    store = await openTestStore();
    for (const who of ['agent', 'supervisor', 'director', 'ops', 'legal'] as const) {
      expect(refusal(await store.send('demo.seed', chunk(0, 10), who))).toMatchObject({ code: 'auth.forbidden', params: { permission: 'settings.update' } });
    }
    expect(refusal(await store.send('demo.seed', chunk(0, 10), null))).toEqual({ code: 'auth.signInRequired' });
    expect(await store.counts()).toEqual({ cases: 0, counters: 0, audit: 0 });
  });

  it('refuses bad input field by field, writing nothing', async () => {
    store = await openTestStore();
    const fieldsOf = async (args: unknown) => refusal(await store.send('demo.seed', args, 'admin')).fields?.map((f) => f.field);
    expect(await fieldsOf({ ...chunk(0), count: 0 })).toEqual(['count']);
    expect(await fieldsOf({ ...chunk(0), count: 5001 })).toEqual(['count']);
    expect(await fieldsOf({ ...chunk(0), count: 2.5 })).toEqual(['count']);
    expect(await fieldsOf({ ...chunk(0), startIndex: -1 })).toEqual(['startIndex']);
    expect(await fieldsOf({ ...chunk(0), seed: 'x' })).toEqual(['seed']);
    expect(await fieldsOf({ ...chunk(0), texts: [] })).toEqual(['texts']);
    expect(await fieldsOf({ ...chunk(0), texts: ['投诉', ''] })).toEqual(['texts.1']);
    expect(await fieldsOf({ ...chunk(0), texts: ['长'.repeat(5001)] })).toEqual(['texts.0']);
    expect(await fieldsOf({ ...chunk(0), texts: Array.from({ length: 5001 }, () => '慢') })).toEqual(['texts']);
    expect(await fieldsOf({})).toEqual(expect.arrayContaining(['count', 'startIndex', 'seed', 'texts']));
    expect(await store.counts()).toEqual({ cases: 0, counters: 0, audit: 0 });
  });

  it('refuses a chunk that would overflow a day’s numbers, writing no case', async () => {
    store = await openTestStore();
    const probe = await openTestStore();
    await probe.run('demo.seed', chunk(0, 50), 'admin');
    const days = [...new Set((await probe.db.cases.toArray()).map((c) => caseDayKey(c.receivedAt)))];
    await probe.close();
    await store.db.counters.bulkPut(days.map((day) => ({ key: `case-no:${day}`, value: 9999 })));
    expect(refusal(await store.send('demo.seed', chunk(0, 50), 'admin'))).toEqual({ code: 'cases.dailyLimit', params: { max: 9999 } });
    expect(await store.db.cases.count()).toBe(0);
  });
});
