import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TrackingWindow } from '../../../../../../src-renderer/store/services/tracking/rows';
import type { TrackingRow } from '../../../../../../src-renderer/domain/tracking/row';
import type { TrackingOptions } from '../../../../../../src-renderer/store/services/tracking/rows';
import { caseAt } from '../../flow';
import { DAY, HOUR, MINUTE, ok, openTestStore, refusal, register, type TestStore } from '../../fixtures';
import { archiveClosedCases } from '../../../../../../src-renderer/store/core/archive';
import { noteChanges } from '../../../../../../src-renderer/store/search/changes';

let store: TestStore;
beforeEach(async () => {
  store = await openTestStore();
});
afterEach(() => store.close());

const rows = (args: Record<string, unknown>, who: Parameters<TestStore['send']>[2] = 'agent') =>
  store.run<TrackingWindow>('tracking.rows', args, who ?? 'agent');

describe('tracking.rows', () => {
  it('shows a registered case at once, newest received first, with the count', async () => {
    const older = await register(store, { receivedAt: store.now() - 3 * HOUR, customerName: '李雷' });
    const newer = await register(store, { receivedAt: store.now() - HOUR, customerName: '韩梅梅' });
    const window = await rows({ query: {} });
    expect(window.total).toBe(2);
    expect(window.rows.map((r) => r.no)).toEqual([newer.no, older.no]);
    expect(window.rows[0]).toMatchObject({ customerName: '韩梅梅', status: 'registered', ownerName: '客服小王', phone: '13812345678' });
  });

  it('follows every command: a case moving on changes its row and leaves a status filter', async () => {
    const { id } = await register(store);
    const registered = { query: { filter: { statuses: ['registered'] } } };
    expect((await rows(registered)).total).toBe(1);
    await store.run('screening.accept', { caseId: id, note: '受理' });
    expect((await rows(registered)).total).toBe(0);
    expect((await rows({ query: { filter: { statuses: ['verifying'] } } })).rows[0]?.id).toBe(id);
  });

  it('pages by window and by keyset cursor, and a pinned snapshot reads one consistent answer', async () => {
    for (let n = 0; n < 12; n += 1) await register(store, { receivedAt: store.now() - (n + 1) * MINUTE, customerName: `客户${n}` });
    const first = await rows({ query: {}, count: 5 });
    const second = await rows({ query: {}, start: 5, count: 5 });
    const byCursor = await rows({ query: {}, after: first.rows.at(-1)!.id, count: 5 });
    expect(byCursor.rows).toEqual(second.rows);
    expect(byCursor.start).toBe(5);
    // A case registered in between does not shift a pinned export …
    await register(store, { receivedAt: store.now(), customerName: '新客户' });
    const pinned = await rows({ query: {}, start: 10, count: 5, snapshot: first.snapshot });
    expect(pinned.total).toBe(12);
    expect(pinned.rows.map((r) => r.customerName)).toEqual(['客户10', '客户11']);
    // … while the live table shows it.
    expect((await rows({ query: {} })).total).toBe(13);
  });

  it('finds Chinese words inside sentences and combines search with filters', async () => {
    const late = await register(store, { description: '快递配送太慢了，三天还没到。', severity: 'serious' });
    await register(store, { description: '客服态度很差，挂我电话。' });
    await register(store, { description: '配送员态度恶劣。', severity: 'general' });
    expect((await rows({ query: { filter: { text: '配送' } } })).total).toBe(2);
    expect((await rows({ query: { filter: { text: '客服态度' } } })).total).toBe(1);
    expect((await rows({ query: { filter: { text: '配送', severities: ['serious'] } } })).rows.map((r) => r.id)).toEqual([late.id]);
    expect((await rows({ query: { filter: { text: '态度 配送' } } })).total).toBe(1);
  });

  it('marks cases overdue by the host clock and lists them under 已超时', async () => {
    await register(store, { severity: 'major', receivedAt: store.now() - HOUR });
    const overdue = { query: { filter: { clock: ['overdue'] } } };
    expect((await rows(overdue)).total).toBe(0);
    store.clock.now += 2 * HOUR;
    expect((await rows(overdue)).total).toBe(1);
  });

  it('shows the 待审批 view to the role that approves', async () => {
    const grading = await caseAt(store, 'grading_review');
    const approvals = { query: { filter: { awaitingMyApproval: true } } };
    expect((await rows(approvals, 'director')).rows.map((r) => r.id)).toEqual([grading.id]);
    expect((await rows(approvals, 'ops')).total).toBe(0);
    expect((await rows(approvals, 'agent')).total).toBe(0);
  });

  it('lists in 待审批 only what the user can decide, each row naming the approval it waits for', async () => {
    const grading = await caseAt(store, 'grading_review');
    const own = await caseAt(store, 'executing');
    const others = await caseAt(store, 'executing');
    const legal = await caseAt(store, 'plan_review', { severity: 'major' });
    const later = (c: typeof own) => c.clocks.resolution!.dueAt + HOUR;
    await store.run('progress.requestExtension', { caseId: own.id, reason: '缺货', newDueAt: later(own) }, 'supervisor');
    await store.run('progress.requestExtension', { caseId: others.id, reason: '缺货', newDueAt: later(others) }, 'agent');
    const approvals = { query: { filter: { awaitingMyApproval: true } } };
    const awaited = async (args: Record<string, unknown>, who: Parameters<typeof rows>[1]) =>
      Object.fromEntries((await rows(args, who)).rows.map((r) => [r.id, r.awaiting]));
    // The supervisor may not decide their own request (申请人不能审批自己的申请), so it is not theirs to wait on.
    expect(await awaited(approvals, 'supervisor')).toEqual({ [others.id]: 'extension' });
    expect(await awaited(approvals, 'director')).toEqual({ [grading.id]: 'grading', [own.id]: 'extension', [others.id]: 'extension' });
    expect(await awaited(approvals, 'legal')).toEqual({ [legal.id]: 'legal' });
    // Outside the queue a row still says what its case waits for, whoever looks.
    expect(await awaited({ query: {} }, 'agent')).toEqual({
      [grading.id]: 'grading',
      [own.id]: 'extension',
      [others.id]: 'extension',
      [legal.id]: 'legal',
    });
  });

  it('names the severity a grading waiting for approval proposes where it differs, and no longer once approved', async () => {
    const raised = await caseAt(store, 'grading', { severity: 'general' });
    await store.run('grading.submit', { caseId: raised.id, category: 'product_quality', subCategory: '', severity: 'major', department: '质量管理部', rationale: '多人受伤' });
    const same = await caseAt(store, 'grading_review', { severity: 'general' });
    const approvals = { query: { filter: { awaitingMyApproval: true } } };
    const byId = async () => Object.fromEntries((await rows(approvals, 'director')).rows.map((r) => [r.id, [r.severity, r.proposedSeverity]]));
    expect(await byId()).toEqual({ [raised.id]: ['general', 'major'], [same.id]: [same.severity, undefined] });
    await store.run('grading.approve', { caseId: raised.id }, 'director');
    const approved = (await rows({ query: {} }, 'director')).rows.find((r) => r.id === raised.id);
    expect([approved?.severity, approved?.proposedSeverity]).toEqual(['major', undefined]);
  });

  it('masks phone numbers for roles without contacts.view', async () => {
    await register(store, { phone: '13912345678' });
    expect((await rows({ query: {} }, 'supervisor')).rows[0]?.phone).toBe('13912345678');
    expect((await rows({ query: {} }, 'director')).rows[0]?.phone).toBe('139****5678');
    expect((await rows({ query: {} }, 'admin')).rows[0]?.phone).toBe('139****5678');
  });

  it('masks a number written in the customer’s name for those roles too, as the phone column is', async () => {
    await register(store, { phone: '', email: 'wang@example.com', customerName: '王先生13511112222' });
    expect((await rows({ query: {} }, 'supervisor')).rows[0]?.customerName).toBe('王先生13511112222');
    expect((await rows({ query: {} }, 'director')).rows[0]?.customerName).toBe('王先生135****2222');
    // Searched as a contact detail: by the roles that may see it only, typed alone or with the name.
    const found = async (text: string, role: 'agent' | 'director') => (await rows({ query: { filter: { text } } }, role)).total;
    expect(await found('13511112222', 'agent')).toBe(1);
    expect(await found('王先生13511112222', 'agent')).toBe(1);
    expect(await found('2222', 'director')).toBe(0);
    expect(await found('13511112222', 'director')).toBe(0);
    expect(await found('王先生', 'director')).toBe(1);
  });

  it('counts the archived cases a search leaves out, so a customer calling back weeks after closing is not lost', async () => {
    const closed = await caseAt(store, 'closed', { phone: '13912345678', customerName: '赵敏' });
    const redirected = await caseAt(store, 'redirected', { phone: '13912345678', customerName: '赵敏' });
    await register(store, { phone: '13800000000', customerName: '周芷若' });
    // 55 days on: both closed cases went to the archive (30 days after closing).
    store.clock.now += 55 * DAY;
    const archived = await archiveClosedCases(store.db, store.now());
    expect(archived.sort()).toEqual([closed.id, redirected.id].sort());
    noteChanges(store.db, [{ area: 'cases', ids: archived }]);
    const search = (text: string, filter: Record<string, unknown> = {}) => ({ query: { filter: { text, ...filter } } });

    expect(await rows(search('13912345678'))).toMatchObject({ total: 0, archivedMatches: 2, rows: [] });
    expect(await rows(search('赵敏'))).toMatchObject({ total: 0, archivedMatches: 2 });
    expect(await rows(search(closed.no))).toMatchObject({ total: 0, archivedMatches: 1 });
    // The other filters still apply to the cases counted.
    expect((await rows(search('13912345678', { channels: ['letter'] }))).archivedMatches).toBe(0);
    // Any condition counts them too, a date range as well as a search.
    expect(await rows({ query: { filter: { receivedFrom: 0 } } })).toMatchObject({ total: 1, archivedMatches: 2 });
    expect((await rows({ query: { filter: { channels: ['letter'] } } })).archivedMatches).toBe(0);
    // Once the archive is included they are rows, and nothing is left out; without any condition nothing is counted.
    const all = await rows(search('13912345678', { archived: 'all' }));
    expect(all).toMatchObject({ total: 2, archivedMatches: 0 });
    expect(all.rows.map((r) => r.id).sort()).toEqual([closed.id, redirected.id].sort());
    expect(await rows({ query: {} })).toMatchObject({ total: 1, archivedMatches: 0 });
    // A role without contacts.view may not search by phone: it finds none by it, archived or not, but finds them by name.
    expect(await rows(search('13912345678'), 'director')).toMatchObject({ total: 0, archivedMatches: 0 });
    expect(await rows(search('赵敏'), 'director')).toMatchObject({ total: 0, archivedMatches: 2 });
  });

  it('refuses bad queries with field errors and callers who are not signed in', async () => {
    const bad = refusal(await store.send('tracking.rows', { query: { filter: { text: 'x'.repeat(101), receivedFrom: 10, receivedTo: 5 } }, count: 5000 }));
    expect(bad.code).toBe('validation.failed');
    expect(bad.fields?.map((f) => [f.field, f.code])).toEqual(
      expect.arrayContaining([
        ['query.filter.text', 'validation.tooLong'],
        ['query.filter.receivedTo', 'validation.rangeOrder'],
        ['count', 'validation.invalid'],
      ]),
    );
    expect(refusal(await store.send('tracking.rows', { query: {} }, null)).code).toBe('auth.signInRequired');
    expect(refusal(await store.send('tracking.rows', { query: {}, after: 'no-such-case' })).code).toBe('tracking.cursorLost');
  });
});

describe('tracking.options', () => {
  it('offers the configured departments and the staff who can own cases', async () => {
    const options = await store.run<TrackingOptions>('tracking.options', {});
    expect(options.departments).toContain('物流配送部');
    expect(options.owners.map((o) => o.name)).toContain('客服小王');
    expect(options.owners.map((o) => o.name)).not.toContain('管理员');
    ok(await store.send('tracking.options', {}, 'director'));
  });

  it('marks an owner who can no longer carry cases out, as the rows do', async () => {
    await store.db.users.update('u-agent', { active: 0 });
    await store.db.users.update('u-agent2', { role: 'director' });
    const { owners } = await store.run<TrackingOptions>('tracking.options', {}, 'supervisor');
    expect(owners.find((o) => o.id === 'u-agent')).toEqual({ id: 'u-agent', name: '客服小王', standing: 'inactive' });
    expect(owners.find((o) => o.id === 'u-agent2')?.standing).toBe('cannotHandle');
    expect(owners.find((o) => o.id === 'u-supervisor')?.standing).toBeUndefined();
  });
});

describe('tracking.rowsByIds', () => {
  it('gives the current rows of chosen cases in the order asked, leaving out unknown ones, masked by role', async () => {
    const a = await register(store, { customerName: '甲', phone: '13900001111' });
    const b = await register(store, { customerName: '乙' });
    await store.run('screening.accept', { caseId: a.id, note: '受理' });
    const rows = await store.run<{ id: string; status: string; phone: string }[]>('tracking.rowsByIds', { ids: [b.id, 'ghost', a.id] }, 'director');
    expect(rows.map((r) => [r.id, r.status])).toEqual([
      [b.id, 'registered'],
      [a.id, 'verifying'],
    ]);
    expect(rows[1]?.phone).toBe('139****1111');
    expect(refusal(await store.send('tracking.rowsByIds', { ids: [] })).fields?.[0]?.code).toBe('validation.casesRequired');
  });
});

describe('tracking.tableOrder', () => {
  it('puts chosen cases in the order the table shows them, pinned to its answer, the others after them', async () => {
    const cases = [];
    for (let n = 0; n < 5; n += 1) cases.push(await register(store, { receivedAt: store.now() - (n + 1) * HOUR, severity: n === 3 ? 'major' : 'general' }));
    const [c0, c1, c2, c3, c4] = cases.map((c) => c.id) as [string, string, string, string, string];
    const order = (args: Record<string, unknown>) => store.run<string[]>('tracking.tableOrder', args);
    // Ticked bottom-up and at random: listed newest received first, as the table sorts them.
    expect(await order({ query: {}, ids: [c4, c1, c3] })).toEqual([c1, c3, c4]);
    // Sorted by severity, 重大 comes first.
    expect(await order({ query: { sort: { key: 'severity', dir: 'desc' } }, ids: [c0, c3, c2] })).toEqual([c3, c0, c2]);
    // The table's answer, even after a newer case came in; cases outside it (or unknown) follow in the order given.
    const shown = await store.run<TrackingWindow>('tracking.rows', { query: { filter: { severities: ['general'] } } });
    const late = await register(store, { receivedAt: store.now(), severity: 'general' });
    expect(await order({ query: { filter: { severities: ['general'] } }, snapshot: shown.snapshot, ids: ['ghost', late.id, c3, c2, c0, c2] })).toEqual([
      c0,
      c2,
      'ghost',
      late.id,
      c3,
    ]);
    expect(refusal(await store.send('tracking.tableOrder', { query: {}, ids: [] })).fields?.[0]?.code).toBe('validation.casesRequired');
  });
});

describe('tracking.ids', () => {
  it('gives every case of the answer in the table’s order, pinned to the answer the user saw counted', async () => {
    const cases = [];
    for (let n = 0; n < 4; n += 1) cases.push(await register(store, { receivedAt: store.now() - (n + 1) * HOUR, severity: n === 2 ? 'major' : 'general' }));
    const [c0, c1, , c3] = cases.map((c) => c.id);
    const general = { filter: { severities: ['general'] } };
    const shown = await store.run<TrackingWindow>('tracking.rows', { query: general, count: 1 });
    expect(shown.total).toBe(3);
    const late = await register(store, { receivedAt: store.now(), severity: 'general' });
    // The answer counted (3), not the case registered since.
    const pinned = await store.run<{ ids: string[]; snapshot: string }>('tracking.ids', { query: general, snapshot: shown.snapshot });
    expect(pinned).toEqual({ ids: [c0, c1, c3], snapshot: shown.snapshot });
    // Without a snapshot: the table as it is now, oldest first when sorted so.
    const fresh = await store.run<{ ids: string[] }>('tracking.ids', { query: { ...general, sort: { key: 'receivedAt', dir: 'asc' } } });
    expect(fresh.ids).toEqual([c3, c1, c0, late.id]);
    expect(refusal(await store.send('tracking.ids', { query: { filter: { severities: ['nonsense'] } } })).code).toBe('validation.failed');
  });
});

describe('a duplicate merged into another case', () => {
  it('names the case it went into, in a window and read by id', async () => {
    const primary = await register(store);
    const duplicate = await register(store);
    ok(await store.send('cases.terminate', { caseId: duplicate.id, reason: 'duplicate', note: '同一客户同一订单', duplicateOfNo: primary.no }, 'supervisor'));
    const shown = (await rows({ query: {} }, 'supervisor')).rows;
    expect(shown.find((row) => row.id === duplicate.id)).toMatchObject({ status: 'terminated', mergedInto: primary.no });
    expect(shown.find((row) => row.id === primary.id)?.mergedInto).toBeUndefined();
    const [byId] = await store.run<TrackingRow[]>('tracking.rowsByIds', { ids: [duplicate.id] }, 'supervisor');
    expect(byId?.mergedInto).toBe(primary.no);
  });
});

describe('an owner who can no longer carry the case out', () => {
  it('is marked on the rows: deactivated, or moved to a role that does not handle cases', async () => {
    const { id } = await register(store);
    const standing = async () => (await rows({ query: {} }, 'supervisor')).rows.find((row) => row.id === id)?.ownerStanding;
    expect(await standing()).toBeUndefined();
    // Held in memory, read again after any write to the users.
    await store.db.users.update('u-agent', { active: 0 });
    expect(await standing()).toBe('inactive');
    const [byId] = await store.run<TrackingRow[]>('tracking.rowsByIds', { ids: [id] }, 'supervisor');
    expect(byId).toMatchObject({ ownerName: '客服小王', ownerStanding: 'inactive' });
    await store.db.users.update('u-agent', { active: 1, role: 'director' });
    expect(await standing()).toBe('cannotHandle');
  });
});
