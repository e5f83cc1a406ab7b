import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { earlierCases } from '../../../../../../src-renderer/store/assist/repeats';
import { contactKeysBackfilled } from '../../../../../../src-renderer/store/core/backfill';
import { CONTACT_KEYS_PENDING } from '../../../../../../src-renderer/store/db';
import type { RepeatsAnswer } from '../../../../../../src-renderer/store/services/assist/repeats';
import type { RepeatAnswer } from '../../../../../../src-renderer/store/services/cases/queries';
import { caseAt } from '../../flow';
import { DAY, NOW, ok, PASSWORD, refusal, register, openTestStore, type TestStore } from '../../fixtures';

let store: TestStore;
beforeEach(async () => {
  store = await openTestStore();
});
afterEach(() => store.close());

const PHONE = '13912345678';
const EMAIL = 'chen.xy@example.com';
/** The instant the cases of a test are placed around; the host's clock runs 200 days later, so all are in the past. */
const PIVOT = NOW - 100 * DAY;

async function setWindow(days: number) {
  const { assist } = await store.run<{ assist: Record<string, unknown> }>('settings.get', {});
  await store.run('settings.update', { key: 'assist', value: { ...assist, repeatWindowDays: days } }, 'admin');
}

describe('earlierCases (the store read the emotion rule uses)', () => {
  beforeEach(() => {
    store.clock.now = NOW + 100 * DAY;
  });

  it('finds the customer’s cases from windowDays before up to (not including) the instant, by phone or by e-mail, newest first', async () => {
    const atEdge = await register(store, { phone: PHONE, email: '', receivedAt: PIVOT - 90 * DAY });
    await register(store, { phone: PHONE, email: '', receivedAt: PIVOT - 90 * DAY - 1 });
    const byEmail = await register(store, { phone: '', email: EMAIL, receivedAt: PIVOT - DAY });
    await register(store, { phone: PHONE, email: '', receivedAt: PIVOT });
    await register(store, { phone: PHONE, email: '', receivedAt: PIVOT + 1 });
    await register(store, { phone: '13700000000', email: 'someone@else.cn', receivedAt: PIVOT - DAY });

    const found = await earlierCases(store.db, { phone: `+86 ${PHONE}`, email: EMAIL.toUpperCase() }, PIVOT, 90);
    expect(found.map((c) => c.id)).toEqual([byEmail.id, atEdge.id]);
    expect((await earlierCases(store.db, { phone: PHONE, email: '' }, PIVOT, 90)).map((c) => c.id)).toEqual([atEdge.id]);
    expect((await earlierCases(store.db, { phone: '', email: EMAIL }, PIVOT, 90)).map((c) => c.id)).toEqual([byEmail.id]);
    // A shorter window leaves the old one out; excludeId leaves out the case being assessed.
    expect((await earlierCases(store.db, { phone: PHONE, email: EMAIL }, PIVOT, 89)).map((c) => c.id)).toEqual([byEmail.id]);
    expect((await earlierCases(store.db, { phone: PHONE, email: EMAIL }, PIVOT, 90, byEmail.id)).map((c) => c.id)).toEqual([atEdge.id]);
  });

  it('finds a case with both contacts once, and a landline however it was written', async () => {
    const both = await register(store, { phone: '021-61234567', email: EMAIL, receivedAt: PIVOT - 2 * DAY });
    const plain = await register(store, { phone: '02161234567', email: '', receivedAt: PIVOT - DAY });
    const stored = await store.db.cases.get(both.id);
    expect(stored?.phone).toBe('021-61234567');
    expect(stored?.contactKeys).toEqual(['02161234567', EMAIL]);
    expect((await earlierCases(store.db, { phone: '(021) 6123 4567', email: EMAIL }, PIVOT, 90)).map((c) => c.id)).toEqual([plain.id, both.id]);
  });

  it('finds nothing for contacts too short to identify anybody', async () => {
    await register(store, { phone: PHONE, email: '', receivedAt: PIVOT - DAY });
    expect(await earlierCases(store.db, { phone: '139', email: 'chen' }, PIVOT, 90)).toEqual([]);
  });
});

describe('assist.repeats (the case page panel)', () => {
  beforeEach(() => {
    store.clock.now = NOW + 100 * DAY;
  });

  it('lists the earlier cases within the window before the case and the later ones within the window after it', async () => {
    const pivot = await register(store, { phone: PHONE, email: EMAIL, receivedAt: PIVOT });
    const atEdge = await register(store, { phone: PHONE, email: '', receivedAt: PIVOT - 90 * DAY });
    const beyondEdge = await register(store, { phone: PHONE, email: '', receivedAt: PIVOT - 90 * DAY - 1 });
    const byEmail = await register(store, { phone: '', email: EMAIL, receivedAt: PIVOT - 3 * DAY });
    const laterEdge = await register(store, { phone: PHONE, email: '', receivedAt: PIVOT + 90 * DAY });
    await register(store, { phone: PHONE, email: '', receivedAt: PIVOT + 90 * DAY + 1 });
    await register(store, { phone: '13700000000', email: '', receivedAt: PIVOT - DAY });

    const answer = await store.run<RepeatsAnswer>('assist.repeats', { caseId: pivot.id });
    expect(answer.windowDays).toBe(90);
    expect(answer.earlier.map((c) => c.id)).toEqual([byEmail.id, atEdge.id]);
    expect(answer.later.map((c) => c.id)).toEqual([laterEdge.id]);
    expect([answer.earlierCount, answer.laterCount]).toEqual([2, 1]);
    expect(answer.earlier[0]).toEqual({
      id: byEmail.id,
      no: byEmail.no,
      receivedAt: PIVOT - 3 * DAY,
      status: 'registered',
      severity: 'general',
      category: null,
      subCategory: '',
      closedAt: null,
      satisfied: null,
    });

    // The old case, seen from its side: the pivot (exactly 90 days on, same phone) followed it; the e-mail case is someone else to it.
    const fromOld = await store.run<RepeatsAnswer>('assist.repeats', { caseId: atEdge.id });
    expect(fromOld.earlier.map((c) => c.id)).toEqual([beyondEdge.id]);
    expect(fromOld.later.map((c) => c.id)).toEqual([pivot.id]);
  });

  it('follows the window the administrator sets', async () => {
    const pivot = await register(store, { phone: PHONE, email: '', receivedAt: PIVOT });
    const tenDays = await register(store, { phone: PHONE, email: '', receivedAt: PIVOT - 10 * DAY });
    await setWindow(7);
    const answer = await store.run<RepeatsAnswer>('assist.repeats', { caseId: pivot.id });
    expect([answer.windowDays, answer.earlier]).toEqual([7, []]);
    await setWindow(10);
    expect((await store.run<RepeatsAnswer>('assist.repeats', { caseId: pivot.id })).earlier.map((c) => c.id)).toEqual([tenDays.id]);
  });

  it('shows the status and the customer’s satisfaction of a closed earlier case, and never a contact or a name', async () => {
    store.clock.now = NOW;
    const closed = await caseAt(store, 'closed', { customerName: '陈晓燕', phone: PHONE, email: EMAIL, receivedAt: NOW - 2 * DAY });
    const pivot = await register(store, { customerName: '陈晓燕', phone: PHONE, email: EMAIL });
    for (const who of ['agent', 'director', 'ops', 'legal', 'admin'] as const) {
      const answer = await store.run<RepeatsAnswer>('assist.repeats', { caseId: pivot.id }, who);
      expect(answer.earlier).toEqual([expect.objectContaining({ id: closed.id, status: 'closed', category: 'logistics', satisfied: true, closedAt: closed.closedAt })]);
      const text = JSON.stringify(answer);
      for (const personal of [PHONE, EMAIL, '陈晓燕', '5678']) expect(text).not.toContain(personal);
    }
  });

  it('finds no repeats for an anonymised case, whose contacts are erased', async () => {
    store.clock.now = NOW;
    const first = await caseAt(store, 'closed', { phone: PHONE, email: '', receivedAt: NOW - 2 * DAY });
    const second = await caseAt(store, 'closed', { phone: PHONE, email: '', receivedAt: NOW - DAY });
    expect((await store.run<RepeatsAnswer>('assist.repeats', { caseId: second.id })).earlier.map((c) => c.id)).toEqual([first.id]);
    await store.run('settings.update', { key: 'privacy', value: { retentionDays: 30, alertLogDays: 365 } }, 'admin');
    store.clock.now += 31 * DAY;
    const session = store.session('legal');
    ok(await store.dispatcher.dispatch('auth.confirm', { password: PASSWORD }, session));
    ok(await store.dispatcher.dispatch('cases.anonymise', { caseIds: [first.id] }, session));
    expect((await store.run<RepeatsAnswer>('assist.repeats', { caseId: second.id })).earlier).toEqual([]);
    expect(await store.run<RepeatsAnswer>('assist.repeats', { caseId: first.id })).toMatchObject({ earlier: [], later: [] });
  });

  it('refuses an unknown case and a caller who is not signed in', async () => {
    expect(refusal(await store.send('assist.repeats', { caseId: 'no-such-case' })).code).toBe('cases.notFound');
    expect(refusal(await store.send('assist.repeats', { caseId: 'x' }, null)).code).toBe('auth.signInRequired');
    expect(refusal(await store.send('assist.repeats', {})).code).toBe('validation.failed');
  });
});

describe('cases.findRepeat (the intake hint) within the window', () => {
  it('counts the cases received from windowDays before now up to now, and no older', async () => {
    store.clock.now = NOW + 100 * DAY;
    const now = store.now();
    const atEdge = await register(store, { phone: PHONE, email: '', receivedAt: now - 90 * DAY });
    await register(store, { phone: PHONE, email: '', receivedAt: now - 90 * DAY - 1 });
    const justNow = await register(store, { phone: '', email: EMAIL, receivedAt: now });
    const found = async (args: Record<string, unknown>) => (await store.run<RepeatAnswer>('cases.findRepeat', args)).cases.map((c) => c.id);
    expect(await found({ phone: PHONE, email: EMAIL })).toEqual([justNow.id, atEdge.id]);
    await setWindow(30);
    expect(await found({ phone: PHONE, email: EMAIL })).toEqual([justNow.id]);
    // An hour later the window has moved on with the clock.
    await setWindow(90);
    store.clock.now += 1;
    expect(await found({ phone: PHONE, email: EMAIL })).toEqual([justNow.id]);
  });

  it('answers a role that may not look cases up by contacts with the count only, and refuses those who do not register', async () => {
    await register(store, { phone: PHONE, email: '', receivedAt: NOW - DAY });
    await register(store, { phone: PHONE, email: '', receivedAt: NOW - 2 * DAY });
    expect((await store.run<RepeatAnswer>('cases.findRepeat', { phone: PHONE, email: '' }, 'agent')).cases).toHaveLength(2);
    expect(await store.run<RepeatAnswer>('cases.findRepeat', { phone: PHONE, email: '' }, 'director')).toEqual({ cases: [], total: 2 });
    for (const who of ['admin', 'ops', 'legal'] as const) {
      expect(refusal(await store.send('cases.findRepeat', { phone: PHONE, email: '' }, who)).code, who).toBe('auth.forbidden');
    }
  });
});

describe('assist.contactKeysProgress (why a customer lookup waits after an update)', () => {
  it('answers how many of the older cases have their keys while the backfill runs, then null; the waiting lookup then finds them', async () => {
    const older = [];
    for (let i = 0; i < 5; i++) older.push(await register(store, { phone: PHONE, email: '', receivedAt: NOW - (i + 1) * DAY }));
    // As the version 7 upgrade leaves them: no keys yet, and the mark.
    await store.db.cases.bulkPut((await store.db.cases.toArray()).map(({ contactKeys: _keys, ...record }) => record));
    await store.db.counters.put({ key: CONTACT_KEYS_PENDING, value: 1 });
    expect(await store.run('assist.contactKeysProgress', {})).toBeNull();

    const seen: unknown[] = [];
    // Started here, in slices of two, so the test sees it between slices; the lookup waits for this run.
    const backfill = contactKeysBackfilled(store.db, 2, async () => {
      seen.push(await store.run('assist.contactKeysProgress', {}));
    });
    const lookup = store.run<RepeatsAnswer>('assist.repeats', { caseId: older[0]!.id });
    await backfill;
    expect(seen).toEqual([
      { done: 2, total: 5 },
      { done: 4, total: 5 },
    ]);
    expect(await store.run('assist.contactKeysProgress', {})).toBeNull();
    expect((await lookup).earlierCount).toBe(4);
  });

  it('is refused to a caller who is not signed in', async () => {
    expect(refusal(await store.send('assist.contactKeysProgress', {}, null)).code).toBe('auth.signInRequired');
  });
});
