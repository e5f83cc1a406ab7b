import { afterEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../../src-renderer/domain/cases/case';
import { archiveClosedCases } from '../../../../../../src-renderer/store/core/archive';
import { subjectEvents } from '../../../../../../src-renderer/store/core/audit';
import type { EligiblePage } from '../../../../../../src-renderer/store/services/privacy/anonymise';
import { caseAt } from '../../flow';
import { DAY, ok, openTestStore, PASSWORD, refusal, type TestStore, type Who } from '../../fixtures';

let store: TestStore;
afterEach(async () => store?.close());

const LAWSUIT = { kind: 'litigation', reason: '客户就冰箱丢件向法院起诉', reference: '（2026）沪0115民初1234号' };
const place = (caseId: string, args: Record<string, unknown> = LAWSUIT, who: Who = 'supervisor') => store.send('cases.placeHold', { caseId, ...args }, who);
const release = (caseId: string, note = '判决已生效，双方履行完毕', who: Who = 'director') => store.send('cases.releaseHold', { caseId, note }, who);

async function anonymise(caseIds: string[]) {
  const session = store.session('legal');
  ok(await store.dispatcher.dispatch('auth.confirm', { password: PASSWORD }, session));
  return store.dispatcher.dispatch('cases.anonymise', { caseIds }, session);
}

describe('cases.placeHold / cases.releaseHold (法律保留)', () => {
  it('places a hold with its grounds, reference and expected end, releases it with a note, and keeps every hold on the case and in its history', async () => {
    store = await openTestStore();
    const c = await caseAt(store, 'closed');
    const until = store.now() + 180 * DAY;
    const held = ok<CaseRecord>(await place(c.id, { ...LAWSUIT, until }));
    expect(held.status).toBe('closed');
    expect(held.legalHolds).toEqual([{ ...LAWSUIT, until, placedAt: store.now(), placedBy: { id: 'u-supervisor', name: expect.any(String) }, released: null }]);
    store.clock.now += 90 * DAY;
    const released = ok<CaseRecord>(await release(c.id));
    expect(released.legalHolds![0]!.released).toEqual({ note: '判决已生效，双方履行完毕', at: store.now(), by: { id: 'u-director', name: expect.any(String) } });
    // A second matter later: a new hold, the first one stays.
    ok(await place(c.id, { kind: 'regulator', reason: '市场监管局调查', reference: '' }, 'legal'));
    const after = (await store.db.cases.get(c.id))!;
    expect(after.legalHolds!.map((h) => [h.kind, h.released === null])).toEqual([
      ['litigation', false],
      ['regulator', true],
    ]);
    const events = await subjectEvents(store.db, c.id);
    expect(events.slice(-3).map((e) => [e.command, e.detail])).toEqual([
      ['cases.placeHold', { kind: 'litigation', reason: LAWSUIT.reason }],
      ['cases.releaseHold', { note: '判决已生效，双方履行完毕' }],
      ['cases.placeHold', { kind: 'regulator', reason: '市场监管局调查' }],
    ]);
  });

  it('refuses, writing nothing: no reason, an end in the past, a second hold, a release without one, and the wrong roles', async () => {
    store = await openTestStore();
    const c = await caseAt(store, 'executing');
    const before = await store.snapshot();
    expect(refusal(await place(c.id, { kind: 'litigation', reason: ' ' })).fields?.[0]).toMatchObject({ field: 'reason', code: 'validation.required' });
    expect(refusal(await place(c.id, { ...LAWSUIT, until: store.now() - DAY })).fields?.[0]).toMatchObject({ field: 'until', code: 'validation.mustBeFuture' });
    expect(refusal(await release(c.id)).code).toBe('legalHold.notHeld');
    for (const who of ['agent', 'ops', 'admin'] as const) expect(refusal(await place(c.id, LAWSUIT, who)).code).toBe('auth.forbidden');
    expect(await store.snapshot()).toEqual(before);
    ok(await place(c.id));
    const held = await store.snapshot();
    expect(refusal(await place(c.id, LAWSUIT, 'director')).code).toBe('legalHold.alreadyHeld');
    // Placing is the supervisor's too; releasing is not.
    expect(refusal(await release(c.id, '已结案', 'supervisor')).code).toBe('auth.forbidden');
    expect(await store.snapshot()).toEqual(held);
  });

  it('works on an archived case, the usual way a lawsuit arrives, and is refused on an anonymised one', async () => {
    store = await openTestStore();
    const c = await caseAt(store, 'closed');
    await archiveClosedCases(store.db, store.now() + 31 * DAY);
    store.clock.now += 200 * DAY;
    expect(ok<CaseRecord>(await place(c.id)).archived).toBe(1);
    ok(await release(c.id));
    store.clock.now += 1100 * DAY;
    ok(await anonymise([c.id]));
    expect(refusal(await place(c.id)).code).toBe('legalHold.anonymised');
  });
});

describe('a case under a legal hold', () => {
  it('is not archived while held, and is on the first run after its release', async () => {
    store = await openTestStore();
    const c = await caseAt(store, 'closed');
    const other = await caseAt(store, 'closed');
    ok(await place(c.id));
    const later = store.now() + 31 * DAY;
    expect(await archiveClosedCases(store.db, later)).toEqual([other.id]);
    expect((await store.db.cases.get(c.id))!.archived).toBe(0);
    ok(await release(c.id));
    expect(await archiveClosedCases(store.db, later + DAY)).toEqual([c.id]);
  });

  it('shows the administrator (no contacts.view) a hold’s reference with the identifiers in it masked', async () => {
    store = await openTestStore();
    const held = await caseAt(store, 'closed');
    ok(await place(held.id, { ...LAWSUIT, reference: '理赔报案 13912345678' }));
    store.clock.now += 1096 * DAY;
    const line = (rows: EligiblePage['rows']) => rows.find((row) => row.id === held.id)?.hold?.reference;
    expect(line((await store.run<EligiblePage>('privacy.eligible', {}, 'admin')).rows)).toBe('理赔报案 139****5678');
    expect(line((await store.run<EligiblePage>('privacy.eligible', {}, 'legal')).rows)).toBe('理赔报案 13912345678');
  });

  it('is listed past its retention as held, and refused by cases.anonymise whatever the window sends, with the whole batch left as it was', async () => {
    store = await openTestStore();
    const held = await caseAt(store, 'closed', { customerName: '陈晓燕', phone: '13912345678' });
    const free = await caseAt(store, 'closed');
    ok(await place(held.id));
    store.clock.now += 1096 * DAY;
    const page = await store.run<EligiblePage>('privacy.eligible', {}, 'legal');
    expect(page.rows.map((r) => [r.id, r.hold ?? null])).toEqual(
      expect.arrayContaining([
        [held.id, { kind: 'litigation', reference: LAWSUIT.reference }],
        [free.id, null],
      ]),
    );
    const before = await store.snapshot();
    expect(refusal(await anonymise([free.id, held.id]))).toEqual({ code: 'legalHold.anonymiseRefused', params: { no: held.no } });
    expect(await store.snapshot()).toEqual(before);
    // Released: anonymised like any case past its retention, the hold's texts redacted too.
    ok(await release(held.id, '陈晓燕（13912345678）撤诉'));
    ok(await anonymise([held.id]));
    const erased = (await store.db.cases.get(held.id))!;
    expect(erased.customerName).not.toBe('陈晓燕');
    expect(erased.legalHolds![0]!.released!.note).not.toContain('13912345678');
  });

  it('lists the cases under a hold in the tracking table (法律保留中), and no longer once it is released', async () => {
    store = await openTestStore();
    const held = await caseAt(store, 'closed');
    await caseAt(store, 'closed');
    const rows = async () =>
      (await store.run<{ rows: Array<{ id: string }> }>('tracking.rows', { query: { filter: { held: true, archived: 'all' } } }, 'legal')).rows.map((r) => r.id);
    expect(await rows()).toEqual([]);
    ok(await place(held.id));
    expect(await rows()).toEqual([held.id]);
    ok(await release(held.id));
    expect(await rows()).toEqual([]);
  });
});

