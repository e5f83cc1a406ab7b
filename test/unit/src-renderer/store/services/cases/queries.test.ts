import { afterEach, describe, expect, it } from 'vitest';
import type { CaseRecord, CaseSummary } from '../../../../../../src-renderer/domain/cases/case';
import type { CaseDetail, CasePage, RepeatAnswer } from '../../../../../../src-renderer/store/services/cases/queries';
import { NOW, ok, openTestStore, register, type TestStore } from '../../fixtures';

let store: TestStore;
afterEach(async () => store?.close());

const MINUTE = 60_000;

async function list(args: Record<string, unknown>): Promise<CasePage> {
  return ok<CasePage>(await store.send('cases.list', args));
}

/** Reads every page of `limit` rows, following `next`. */
async function readAll(limit: number): Promise<{ pages: CasePage[]; rows: CaseSummary[] }> {
  const pages: CasePage[] = [];
  let after: CasePage['next'] = null;
  do {
    const page = await list(after ? { after, limit } : { limit });
    pages.push(page);
    after = page.next;
    if (pages.length > 100) throw new Error('paging does not end');
  } while (after);
  return { pages, rows: pages.flatMap((p) => p.rows) };
}

const newestFirst = (a: CaseSummary, b: CaseSummary) => b.receivedAt - a.receivedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

describe('cases.list', () => {
  it('returns an empty first page with no next cursor on an empty store', async () => {
    store = await openTestStore();
    expect(await list({})).toEqual({ rows: [], next: null, total: 0 });
  });

  it('lists the newest received first, with only the summary fields', async () => {
    store = await openTestStore();
    const older = await register(store, { receivedAt: NOW - 90 * MINUTE, customerName: '旧' });
    const newer = await register(store, { receivedAt: NOW - 10 * MINUTE, customerName: '新' });
    const page = await list({});
    expect(page.rows.map((r) => r.customerName)).toEqual(['新', '旧']);
    expect(page.rows[0]).toEqual({
      id: newer.id,
      no: newer.no,
      receivedAt: newer.receivedAt,
      channel: 'phone',
      customerName: '新',
      severity: 'general',
      status: 'registered',
      responseDueAt: newer.responseDueAt,
      nextDueAt: newer.responseDueAt,
      updatedAt: NOW,
      category: null,
      department: '',
      owner: { id: 'u-agent', name: '客服小王' },
      archived: 0,
    });
    expect(page.rows[0]).not.toHaveProperty('phone');
    expect(page).toMatchObject({ next: null, total: 2 });
    expect(older.id).toBe(page.rows[1]?.id);
  });

  it('masks a number written in a customer’s name for roles without contacts.view', async () => {
    store = await openTestStore();
    await register(store, { customerName: '王先生13511112222', phone: '', email: 'wang@example.com' });
    const names = async (role: 'agent' | 'director') => ok<CasePage>(await store.send('cases.list', {}, role)).rows.map((row) => row.customerName);
    expect(await names('agent')).toEqual(['王先生13511112222']);
    expect(await names('director')).toEqual(['王先生135****2222']);
  });

  it('pages through ties in receivedAt without overlap or gaps', async () => {
    store = await openTestStore();
    // 23 cases on 5 instants: most pages end in the middle of a tie.
    for (let i = 0; i < 23; i += 1) await register(store, { receivedAt: NOW - (i % 5) * MINUTE, customerName: `客户${i}` });
    const { pages, rows } = await readAll(4);
    expect(pages.map((p) => p.rows.length)).toEqual([4, 4, 4, 4, 4, 3]);
    expect(pages.every((p) => p.total === 23)).toBe(true);
    expect(pages.at(-1)?.next).toBeNull();
    expect(new Set(rows.map((r) => r.id)).size).toBe(23);
    expect(rows).toEqual([...rows].sort(newestFirst));
    const all = (await store.db.cases.toArray()).map((r) => r.id).sort();
    expect(rows.map((r) => r.id).sort()).toEqual(all);
  });

  it('gives a next cursor when exactly one more row exists and none when the page is full to the end', async () => {
    store = await openTestStore();
    for (let i = 0; i < 6; i += 1) await register(store, { receivedAt: NOW - i * MINUTE });
    const first = await list({ limit: 3 });
    expect(first.next).toEqual({ receivedAt: first.rows[2]?.receivedAt, id: first.rows[2]?.id });
    const second = await list({ after: first.next, limit: 3 });
    expect(second.rows).toHaveLength(3);
    expect(second.next).toBeNull();
    const whole = await list({ limit: 6 });
    expect(whole.next).toBeNull();
    expect((await list({ limit: 5 })).next).not.toBeNull();
  });

  it('defaults to 50 rows a page', async () => {
    store = await openTestStore();
    for (let i = 0; i < 51; i += 1) await register(store, { receivedAt: NOW - i * 1000 });
    const page = await list({});
    expect(page.rows).toHaveLength(50);
    expect(page.total).toBe(51);
    expect((await list({ after: page.next })).rows).toHaveLength(1);
  });

  it('keeps a page stable when newer cases arrive while the user scrolls', async () => {
    store = await openTestStore();
    for (let i = 0; i < 4; i += 1) await register(store, { receivedAt: NOW - (i + 10) * MINUTE, customerName: `旧${i}` });
    const first = await list({ limit: 2 });
    await register(store, { receivedAt: NOW - MINUTE, customerName: '新' });
    const second = await list({ after: first.next, limit: 2 });
    expect(second.rows.map((r) => r.customerName)).toEqual(['旧2', '旧3']);
    expect(second.total).toBe(5);
  });

  it.each([{ limit: 0 }, { limit: 501 }, { limit: 2.5 }, { after: { receivedAt: 'x', id: 1 } }])('refuses %j as invalid', async (args) => {
    store = await openTestStore();
    const result = await store.send('cases.list', args);
    expect(!result.ok && result.error.code).toBe('validation.failed');
    expect(!result.ok && result.error.fields?.every((f) => f.code === 'validation.invalid')).toBe(true);
  });
});

describe('cases.get', () => {
  it('returns the whole case', async () => {
    store = await openTestStore();
    const record = await register(store, { email: 'a@b.cn' });
    expect(ok<CaseRecord>(await store.send('cases.get', { id: record.id }))).toEqual(record);
  });

  it('refuses an unknown id with cases.notFound', async () => {
    store = await openTestStore();
    await register(store);
    expect(await store.send('cases.get', { id: 'no-such-case' })).toEqual({ ok: false, error: { code: 'cases.notFound' } });
  });

  it('refuses an empty id as invalid input', async () => {
    store = await openTestStore();
    const result = await store.send('cases.get', { id: '' });
    expect(!result.ok && result.error.code).toBe('validation.failed');
  });
});

describe('cases.detail', () => {
  it('marks an owner who can no longer carry the case out, as the tracking table does', async () => {
    store = await openTestStore();
    const { id } = await register(store);
    const standing = async () => ok<CaseDetail>(await store.send('cases.detail', { id }, 'supervisor')).ownerStanding;
    expect(await standing()).toBeUndefined();
    await store.db.users.update('u-agent', { active: 0 });
    expect(await standing()).toBe('inactive');
    await store.db.users.update('u-agent', { active: 1, role: 'director' });
    expect(await standing()).toBe('cannotHandle');
    await store.db.users.update('u-agent', { role: 'agent' });
    expect(await standing()).toBeUndefined();
  });
});

describe('cases.recentlyRegistered (我刚登记的)', () => {
  it('lists the caller’s own registrations of the last 12 hours, newest registered first, at most five', async () => {
    store = await openTestStore();
    const HOUR = 60 * MINUTE;
    store.clock.now = NOW - 13 * HOUR;
    await register(store, { customerName: '昨夜', receivedAt: store.now() - MINUTE });
    store.clock.now = NOW - 6 * HOUR;
    const mine: CaseRecord[] = [];
    for (let n = 0; n < 6; n += 1) {
      store.clock.now += MINUTE;
      // Received earlier than registered for one: a letter typed in later counts when it was registered.
      mine.push(await register(store, { customerName: `客户${n}`, receivedAt: n === 5 ? NOW - 20 * HOUR : store.now() - MINUTE }));
    }
    await register(store, { customerName: '同事的' }, 'agent2');
    store.clock.now = NOW;
    const listed = ok<CaseSummary[]>(await store.send('cases.recentlyRegistered', {}));
    expect(listed.map((c) => c.customerName)).toEqual(['客户5', '客户4', '客户3', '客户2', '客户1']);
    expect(ok<CaseSummary[]>(await store.send('cases.recentlyRegistered', {}, 'agent2')).map((c) => c.customerName)).toEqual(['同事的']);
  });
});

describe('cases.findRepeat (重复投诉提示)', () => {
  it('finds earlier cases of the same phone or e-mail, newest first, however the number is written', async () => {
    store = await openTestStore();
    const byPhone = await register(store, { receivedAt: NOW - 90 * MINUTE, phone: '13812345678' });
    const byEmail = await register(store, { receivedAt: NOW - 30 * MINUTE, phone: '', email: 'li@example.com' });
    await register(store, { phone: '13900000000' });
    const found = async (args: Record<string, unknown>) => ok<RepeatAnswer>(await store.send('cases.findRepeat', args)).cases.map((c) => c.id);
    expect(await found({ phone: '+86 138 1234 5678', email: ' LI@example.com ' })).toEqual([byEmail.id, byPhone.id]);
    expect(await found({ phone: '13812345678', excludeId: byPhone.id })).toEqual([]);
    // Too short to mean anything: no hint.
    expect(await found({ phone: '138' })).toEqual([]);
  });

  it('counts every earlier case of the window, though it lists the newest 20 only', async () => {
    store = await openTestStore();
    for (let n = 0; n < 25; n += 1) await register(store, { receivedAt: NOW - (n + 1) * MINUTE, phone: '13812345678' });
    const answer = ok<RepeatAnswer>(await store.send('cases.findRepeat', { phone: '13812345678' }));
    expect(answer.total).toBe(25);
    expect(answer.cases).toHaveLength(20);
    expect(answer.cases[0]!.receivedAt).toBe(NOW - MINUTE);
  });
});
