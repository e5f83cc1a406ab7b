import { afterEach, describe, expect, it } from 'vitest';
import type { EditionMark } from '../../../../../../src-renderer/domain/reports/edition';
import type { MonthlyReport } from '../../../../../../src-renderer/domain/reports/monthly';
import { caseIndexFor } from '../../../../../../src-renderer/store/search/case-index';
import { ok, openTestStore, PASSWORD, refusal, register, type TestStore, type Who } from '../../fixtures';
import { caseAt } from '../../flow';

let store: TestStore;
afterEach(() => store?.close());

const OCTOBER = { year: 2026, month: 10 };
const NOVEMBER = { year: 2026, month: 11 };
const novemberAt = (day: number, hour = 10) => new Date(2026, 10, day, hour).getTime();
/** 2 December 2026, 10:00: November has ended. */
const DECEMBER_2 = new Date(2026, 11, 2, 10).getTime();

const report = async (month = NOVEMBER, who: Who = 'director', live?: boolean) =>
  ok<MonthlyReport>(await store.send('reports.monthly', live === undefined ? month : { ...month, live }, who));
const kpi = (result: MonthlyReport, id: string) => result.kpis.find((k) => k.id === id)!;
const finalise = (month = NOVEMBER, who: Who = 'director') => store.send('reports.finalise', month, who);
const auditOf = (key: string) => store.db.audit.where('[subject+n]').between([`report:${key}`, 0], [`report:${key}`, Infinity]).toArray();

/** A November case registered on `day` (the clock is put back to 2 December after). */
async function novemberCase(day: number, overrides: Record<string, unknown> = {}) {
  store.clock.now = novemberAt(day);
  const record = await register(store, overrides);
  store.clock.now = DECEMBER_2;
  return record;
}

describe('reports.finalise', () => {
  it('keeps the month’s report as finalised: a complaint registered late changes the live figures, not the edition', async () => {
    store = await openTestStore();
    await novemberCase(10, { phone: '13800000001' });
    await novemberCase(12, { phone: '13800000002', severity: 'major', customerName: '重大客户' });
    const mark = ok<EditionMark>(await finalise());
    expect(mark).toEqual({ at: DECEMBER_2, by: { id: 'u-director', name: '总监周' } });
    expect(store.events.at(-1)).toEqual([{ area: 'reports', ids: ['2026-11'] }]);

    // Registered after the paper went out, received in November.
    store.clock.now = DECEMBER_2 + 3_600_000;
    await register(store, { receivedAt: novemberAt(20), phone: '13800000003' });

    const final = await report();
    expect(final.edition).toMatchObject({ kind: 'final', finalised: mark, history: [{ kind: 'finalised', ...mark }] });
    expect(final.figures.asOf).toBe(DECEMBER_2);
    expect(kpi(final, 'received').value).toBe(2);
    expect(final.majorCases.map((line) => line.customerName)).toEqual(['重大客户']);
    // What differs now, figure by figure: one more received, and overdue at the month's end (its answer was due on the 21st).
    expect(final.edition.drift).toEqual([
      { id: 'received', final: 2, live: 3 },
      { id: 'overdueAtEnd', final: 2, live: 3 },
    ]);

    const live = await report(NOVEMBER, 'director', true);
    expect(live.edition).toMatchObject({ kind: 'live', finalised: mark, drift: [] });
    expect(kpi(live, 'received').value).toBe(3);
    expect(live.figures.asOf).toBe(DECEMBER_2 + 3_600_000);

    const audit = await auditOf('2026-11');
    expect(audit.map((event) => event.command)).toEqual(['reports.finalise']);
    expect(audit[0]!.changes.edition).toEqual({ before: 'none', after: 'final' });
    expect(audit[0]!.changes.kpis?.after).toMatchObject({ received: 2, major: 1 });
  });

  it('keeps 重复投诉率 as finalised when a repeat customer’s cases are anonymised later', async () => {
    store = await openTestStore();
    const first = await novemberCase(3, { phone: '13911112222' });
    await novemberCase(9, { phone: '13911112222' });
    ok(await finalise());
    expect(kpi(await report(), 'repeatRate').value).toBe(0.5);

    // Anonymised: no contact left to recognise the repeat by.
    const stored = (await store.db.cases.get(first.id))!;
    await store.db.cases.put({ ...stored, phone: '', contactKeys: [], anonymisedAt: DECEMBER_2 });
    caseIndexFor(store.db).markChanged([first.id]);

    const final = await report();
    expect(kpi(final, 'repeatRate').value).toBe(0.5);
    expect(final.edition.drift).toEqual(
      expect.arrayContaining([
        { id: 'repeatRate', final: 0.5, live: 0 },
        { id: 'repeats', final: 1, live: 0 },
      ]),
    );
  });

  it('is refused for the month under way and for one to come, for agents, and twice; nothing is written', async () => {
    store = await openTestStore();
    store.clock.now = novemberAt(30, 23);
    const underWay = refusal(await finalise());
    expect(underWay).toEqual({ code: 'reports.monthNotEnded', params: { month: '2026-11' } });
    expect(refusal(await finalise({ year: 2027, month: 1 })).code).toBe('reports.monthNotEnded');
    store.clock.now = DECEMBER_2;
    expect(refusal(await finalise(NOVEMBER, 'agent')).code).toBe('auth.forbidden');
    expect(refusal(await finalise(NOVEMBER, 'legal')).code).toBe('auth.forbidden');
    expect(await store.db.reportNotes.count()).toBe(0);
    expect(await store.db.audit.where('[subject+n]').between(['report:2026-11', 0], ['report:2026-11', Infinity]).count()).toBe(0);

    ok(await finalise(NOVEMBER, 'ops'));
    expect(refusal(await finalise(NOVEMBER, 'supervisor')).code).toBe('reports.alreadyFinalised');
    expect(await auditOf('2026-11')).toHaveLength(1);
  });

  it('reads older records, without an edition, as not finalised', async () => {
    store = await openTestStore();
    store.clock.now = DECEMBER_2;
    await store.db.reportNotes.put({ month: '2026-11', analysis: '旧的分析', recommendations: '', updatedAt: 1, updatedBy: { id: 'u-director', name: '总监周' } });
    const result = await report();
    expect(result.edition).toEqual({ kind: 'live', finalised: null, drift: [], history: [] });
    expect(result.notes).toMatchObject({ analysis: '旧的分析' });
    expect(result.comparedWith).toBeNull();
  });
});

describe('notes, 撤销定稿 and finalising again', () => {
  const notes = { ...NOVEMBER, analysis: '物流类投诉集中。', recommendations: '考核承运商。' };

  it('refuses to change the notes of a finalised month; 撤销定稿 needs a reason, then they can be changed and the month finalised again', async () => {
    store = await openTestStore();
    store.clock.now = DECEMBER_2;
    ok(await store.send('reports.saveNotes', notes, 'supervisor'));
    ok(await finalise(NOVEMBER, 'supervisor'));
    expect((await report()).notes).toMatchObject({ analysis: '物流类投诉集中。' });

    expect(refusal(await store.send('reports.saveNotes', { ...notes, analysis: '改写' }, 'supervisor')).code).toBe('reports.finalised');
    expect((await store.db.reportNotes.get('2026-11'))!.analysis).toBe('物流类投诉集中。');

    // The reason is required, trimmed and of a bounded length; an agent may not reopen.
    expect(refusal(await store.send('reports.reopen', { ...NOVEMBER, reason: '   ' }, 'director')).fields).toEqual([{ field: 'reason', code: 'validation.required', params: { min: 1 } }]);
    expect(refusal(await store.send('reports.reopen', { ...NOVEMBER, reason: '长'.repeat(501) }, 'director')).fields).toEqual([
      { field: 'reason', code: 'validation.tooLong', params: { max: 500 } },
    ]);
    expect(refusal(await store.send('reports.reopen', { ...NOVEMBER, reason: '补录' }, 'agent')).code).toBe('auth.forbidden');
    expect(refusal(await store.send('reports.reopen', { ...OCTOBER, reason: '补录' }, 'director')).code).toBe('reports.notFinalised');

    store.clock.now = DECEMBER_2 + 60_000;
    ok(await store.send('reports.reopen', { ...NOVEMBER, reason: '  补录一宗漏登的投诉  ' }, 'director'));
    const reopened = await report();
    expect(reopened.edition).toMatchObject({ kind: 'live', finalised: null });
    ok(await store.send('reports.saveNotes', { ...notes, analysis: '补录后重写的分析。' }, 'supervisor'));
    store.clock.now = DECEMBER_2 + 120_000;
    ok(await finalise(NOVEMBER, 'ops'));

    const again = await report();
    expect(again.notes).toMatchObject({ analysis: '补录后重写的分析。' });
    expect(again.edition.history).toEqual([
      { kind: 'finalised', at: DECEMBER_2, by: { id: 'u-supervisor', name: '主管老陈' } },
      { kind: 'reopened', at: DECEMBER_2 + 60_000, by: { id: 'u-director', name: '总监周' }, reason: '补录一宗漏登的投诉' },
      { kind: 'finalised', at: DECEMBER_2 + 120_000, by: { id: 'u-ops', name: '运营总监吴' } },
    ]);
    const audit = await auditOf('2026-11');
    expect(audit.map((event) => event.command)).toEqual(['reports.saveNotes', 'reports.finalise', 'reports.reopen', 'reports.saveNotes', 'reports.finalise']);
    expect(audit[2]!.changes.edition).toEqual({ before: 'final', after: 'reopened' });
    expect(audit[2]!.changes.reason).toEqual({ before: null, after: '补录一宗漏登的投诉' });
  });

  it('finalises a month whose notes were never written, and they stay unwritten', async () => {
    store = await openTestStore();
    store.clock.now = DECEMBER_2;
    ok(await finalise());
    expect((await report()).notes).toBeNull();
    expect((await report(NOVEMBER, 'director', true)).notes).toBeNull();
  });
});

describe('较上月 against last month’s finalised edition', () => {
  it('compares with what last month’s paper said, and says so', async () => {
    store = await openTestStore();
    store.clock.now = new Date(2026, 9, 15, 10).getTime();
    await register(store);
    store.clock.now = novemberAt(5);
    const october = ok<EditionMark>(await finalise(OCTOBER, 'director'));
    // A late October complaint, registered in November.
    await register(store, { receivedAt: new Date(2026, 9, 30, 10).getTime() });
    await register(store);

    const result = await report();
    expect(kpi(result, 'received')).toEqual({ id: 'received', value: 1, previous: 1, change: 0 });
    expect(result.comparedWith).toEqual(october);
    // Without it, last month as the data stand now.
    ok(await store.send('reports.reopen', { ...OCTOBER, reason: '补录' }, 'director'));
    const reopened = await report();
    expect(kpi(reopened, 'received')).toMatchObject({ previous: 2 });
    expect(reopened.comparedWith).toBeNull();
  });
});

describe('masking a finalised edition', () => {
  it('keeps it unmasked and masks it on every read for the reader’s role, as the live report does', async () => {
    store = await openTestStore();
    store.clock.now = novemberAt(10);
    const major = await caseAt(store, 'closed', { severity: 'major', customerName: '王先生13511112222', address: '浙江省杭州市西湖区文三路88号' });
    const stored = (await store.db.cases.get(major.id))!;
    await store.db.cases.put({ ...stored, outcome: { ...stored.outcome!, summary: '已致电13812345678，按浙江省杭州市西湖区文三路88号补发' } });
    caseIndexFor(store.db).markChanged([major.id]);
    await store.run('improvements.save', { title: '回访电话13812345678的整改', rootCause: '承运商', action: '更换', ownerId: store.users.supervisor.id, dueAt: DECEMBER_2 + 864e5, caseIds: [major.id] }, 'supervisor');
    store.clock.now = DECEMBER_2;

    const liveForDirector = await report(NOVEMBER, 'director');
    // A director (no contacts.view) finalises.
    ok(await finalise(NOVEMBER, 'director'));
    const kept = (await store.db.reportNotes.get('2026-11'))!.edition!.final!.report;
    expect(kept.majorCases[0]).toMatchObject({ customerName: '王先生13511112222', outcome: '已致电13812345678，按浙江省杭州市西湖区文三路88号补发' });
    expect(kept.improvements.lines[0]!.title).toBe('回访电话13812345678的整改');

    const forDirector = await report(NOVEMBER, 'director');
    expect(forDirector.edition.kind).toBe('final');
    expect(forDirector.majorCases[0]).toMatchObject({ customerName: '王先生135****2222', outcome: '已致电138****5678，按浙江省杭州市****补发' });
    expect(forDirector.majorCases).toEqual(liveForDirector.majorCases);
    expect(forDirector.improvements.lines[0]!.title).toBe('回访电话138****5678的整改');
    const forSupervisor = await report(NOVEMBER, 'supervisor');
    expect(forSupervisor.majorCases[0]!.outcome).toBe('已致电13812345678，按浙江省杭州市西湖区文三路88号补发');

    // Anonymised since: the edition no longer shows the customer's name or the outcome's words.
    await store.db.cases.put({ ...(await store.db.cases.get(major.id))!, customerName: '（已匿名化）', outcome: { ...stored.outcome!, summary: '' }, anonymisedAt: DECEMBER_2 });
    const erased = await report(NOVEMBER, 'supervisor');
    expect(erased.majorCases[0]).toMatchObject({ customerName: '（已匿名化）', outcome: '' });
    expect(kpi(erased, 'major').value).toBe(1);
  });

  it('lets go of an anonymised customer in the stored edition and the notes, not only when they are read', async () => {
    store = await openTestStore();
    store.clock.now = novemberAt(10);
    const major = await caseAt(store, 'closed', { severity: 'major', customerName: '陈晓燕', phone: '13912345678', address: '浙江省杭州市西湖区文三路88号' });
    await store.run('improvements.save', { title: '陈晓燕（13912345678）丢件的整改', rootCause: '承运商', action: '更换', ownerId: store.users.supervisor.id, dueAt: DECEMBER_2 + 864e5, caseIds: [major.id] }, 'supervisor');
    store.clock.now = DECEMBER_2;
    ok(await store.send('reports.saveNotes', { ...NOVEMBER, analysis: '陈晓燕住文三路88号，三次投诉', recommendations: '' }, 'director'));
    ok(await finalise());

    // Past its retention period (three years by default).
    store.clock.now = DECEMBER_2 + 1_100 * 864e5;
    const session = store.session('legal');
    ok(await store.dispatcher.dispatch('auth.confirm', { password: PASSWORD }, session));
    ok(await store.dispatcher.dispatch('cases.anonymise', { caseIds: [major.id] }, session));

    const kept = JSON.stringify(await store.db.reportNotes.get('2026-11'));
    for (const erased of ['陈晓燕', '13912345678', '文三路88号']) expect(kept).not.toContain(erased);
    expect((await auditOf('2026-11')).at(-1)).toMatchObject({ command: 'reports.caseAnonymised', detail: { caseNo: major.no } });
    // The figures stay as finalised.
    expect(kpi(await report(), 'major').value).toBe(1);
  });

  it('takes only the anonymised customer out of the notes: other customers’ numbers, a hotline and an e-mail stay, a month without them is untouched', async () => {
    store = await openTestStore();
    store.clock.now = novemberAt(10);
    const major = await caseAt(store, 'closed', { severity: 'major', customerName: '陈晓燕', phone: '13912345678' });
    store.clock.now = DECEMBER_2;
    const analysis = '陈晓燕（139 1234 5678）三次投诉；另一位客户13800001111，邮箱kefu@example.com，服务热线 400-820-8820';
    const recommendations = '回访13912345678后，服务热线 400-820-8820 公示';
    ok(await store.send('reports.saveNotes', { ...NOVEMBER, analysis, recommendations }, 'director'));
    ok(await finalise());
    const octoberNotes = { ...OCTOBER, analysis: '客户13800002222来电，服务热线 400-820-8820', recommendations: '身份证110101199003071234的客户另案处理' };
    ok(await store.send('reports.saveNotes', octoberNotes, 'director'));
    const octoberBefore = await store.db.reportNotes.get('2026-10');
    const octoberAudit = await auditOf('2026-10');

    store.clock.now = DECEMBER_2 + 1_100 * 864e5;
    const session = store.session('legal');
    ok(await store.dispatcher.dispatch('auth.confirm', { password: PASSWORD }, session));
    ok(await store.dispatcher.dispatch('cases.anonymise', { caseIds: [major.id] }, session));

    const november = (await store.db.reportNotes.get('2026-11'))!;
    const expected = {
      analysis: '***（***）三次投诉；另一位客户13800001111，邮箱kefu@example.com，服务热线 400-820-8820',
      recommendations: '回访***后，服务热线 400-820-8820 公示',
    };
    expect(november).toMatchObject(expected);
    expect(november.edition!.final!.report.notes).toMatchObject(expected);
    expect((await auditOf('2026-11')).at(-1)).toMatchObject({ command: 'reports.caseAnonymised', detail: { caseNo: major.no } });
    // October never quoted the customer: as it was, and nothing audited on its chain.
    expect(await store.db.reportNotes.get('2026-10')).toEqual(octoberBefore);
    expect(await auditOf('2026-10')).toEqual(octoberAudit);
  });
});
