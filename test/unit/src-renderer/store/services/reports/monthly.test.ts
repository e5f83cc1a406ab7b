import { afterEach, describe, expect, it } from 'vitest';
import type { ImprovementRecord } from '../../../../../../src-renderer/domain/improvements/schema';
import type { MonthlyReport, ReportNotes } from '../../../../../../src-renderer/domain/reports/monthly';
import { DAY, NOW, ok, refusal, openTestStore, type TestStore, type Who } from '../../fixtures';
import { caseAt } from '../../flow';

let store: TestStore;
afterEach(() => store?.close());

const NOVEMBER = { year: 2026, month: 11 };
const report = async (who: 'director' | 'agent' = 'director') => ok<MonthlyReport>(await store.send('reports.monthly', NOVEMBER, who));

describe('reports.monthly', () => {
  it('reports the month against the one before, with its major complaints and their outcome', async () => {
    store = await openTestStore();
    store.clock.now = NOW - 30 * DAY; // 24 October
    await caseAt(store, 'registered');
    store.clock.now = NOW;
    const major = await caseAt(store, 'closed', { severity: 'major', customerName: '重大客户' });
    await caseAt(store, 'registered', { severity: 'major' });
    await caseAt(store, 'registered');

    const result = await report();
    expect(result.from).toBe(new Date(2026, 10, 1).getTime());
    expect(result.figures.received.total).toBe(3);
    expect(result.figures.buckets).toHaveLength(30);
    const received = result.kpis.find((k) => k.id === 'received')!;
    expect(received).toEqual({ id: 'received', value: 3, previous: 1, change: 2 });
    // One customer throughout: October's case was the first, each of November's came again within the window.
    expect(result.figures.repeat).toMatchObject({ received: 3, repeated: 3, rate: 1 });
    expect(result.kpis.find((k) => k.id === 'repeatRate')).toEqual({ id: 'repeatRate', value: 1, previous: 0, change: 1 });
    // The count beside the rate.
    expect(result.kpis.find((k) => k.id === 'repeats')).toEqual({ id: 'repeats', value: 3, previous: 0, change: 3 });
    expect(result.majorCases.map((c) => [c.customerName, c.status])).toEqual([
      ['重大客户', 'closed'],
      ['张三', 'registered'],
    ]);
    // The outcome is what was done (the summary the handling was completed with).
    expect(result.majorCases[0]).toMatchObject({ id: major.id, outcome: '已补发并道歉', satisfaction: 4.5 });
    expect(result.notes).toBeNull();
  });

  it('counts the cases overdue at the month’s end, as they stood then, beside those completed late', async () => {
    store = await openTestStore();
    const octoberAt = (day: number, hour = 10) => new Date(2026, 9, day, hour).getTime();
    store.clock.now = octoberAt(20);
    const untouched = await caseAt(store, 'registered'); // its response deadline passes on 21 October, and nothing happens after
    const answeredLate = await caseAt(store, 'registered'); // answered on 3 November, after its deadline
    store.clock.now = octoberAt(30);
    const pausedThen = await caseAt(store, 'registered');
    store.clock.now = octoberAt(30, 11);
    await store.run('screening.requestInfo', { caseId: pausedThen.id, missing: '订单号' }); // paused over the month's end
    store.clock.now = new Date(2026, 10, 2, 10).getTime();
    await store.run('screening.infoReceived', { caseId: pausedThen.id }); // counting again: due within a day, and then left
    store.clock.now = new Date(2026, 10, 3, 10).getTime();
    await store.run('screening.accept', { caseId: answeredLate.id, note: '符合受理条件' });
    store.clock.now = NOW;
    await caseAt(store, 'registered'); // received today: not due yet

    const result = await report();
    const kpi = result.kpis.find((k) => k.id === 'overdueAtEnd')!;
    // 31 October: the untouched case and the one answered late; the paused one was not counting.
    expect(kpi.previous).toBe(2);
    // November is under way: now, as the dashboard counts 当前超时 — the untouched case, the one resumed and
    // left, and the one answered late, whose verification (due 5 November) is not done.
    expect(kpi.value).toBe(3);
    expect(result.figures.overdueNow).toBe(3);
    const stored = (await store.db.cases.bulkGet([untouched.id, pausedThen.id, answeredLate.id])).map((record) => record!.nextDueAt! < NOW);
    expect(stored).toEqual([true, true, true]);

    // The month after November ended: as of 1 December 00:00, nothing has changed since.
    store.clock.now = new Date(2026, 11, 2, 10).getTime();
    const ended = ok<MonthlyReport>(await store.send('reports.monthly', NOVEMBER, 'director')).kpis.find((k) => k.id === 'overdueAtEnd')!;
    expect(ended).toMatchObject({ value: 4, previous: 2 }); // and today's case, due on 24 November
  });

  it('masks numbers written in a major complaint’s outcome for roles that may not see contacts', async () => {
    store = await openTestStore();
    const major = await caseAt(store, 'closed', { severity: 'major' });
    const stored = (await store.db.cases.get(major.id))!;
    await store.db.cases.put({ ...stored, outcome: { ...stored.outcome!, summary: '已致电13812345678告知退款' } });
    expect((await report('director')).majorCases[0]!.outcome).toBe('已致电138****5678告知退款');
    expect(ok<MonthlyReport>(await store.send('reports.monthly', NOVEMBER, 'supervisor')).majorCases[0]!.outcome).toBe('已致电13812345678告知退款');
  });

  it('lists the improvement actions opened in the month', async () => {
    store = await openTestStore();
    const linked = await caseAt(store, 'closed');
    await store.run(
      'improvements.save',
      { title: '配送超时整改', rootCause: '承运商运力不足', action: '增加承运商', ownerId: store.users.supervisor.id, dueAt: NOW + 10 * DAY, caseIds: [linked.id] },
      'supervisor',
    );
    const result = await report();
    expect(result.improvements).toMatchObject({ opened: 1, closed: 0, overdue: 0 });
    expect(result.improvements.lines[0]).toMatchObject({ title: '配送超时整改', ownerName: '主管老陈', opened: true });
  });

  it('lists the actions in progress in every month they are open, and a verdict of 无效 as such, not as closed', async () => {
    store = await openTestStore();
    const linked = await caseAt(store, 'closed');
    const save = (title: string, dueAt: number) =>
      store.run<ImprovementRecord>(
        'improvements.save',
        { title, rootCause: '承运商运力不足', action: '增加承运商', ownerId: store.users.supervisor.id, dueAt, caseIds: [linked.id] },
        'supervisor',
      );
    store.clock.now = new Date(2027, 0, 5, 10).getTime();
    const failing = await save('包装破损整改', new Date(2027, 0, 20).getTime());
    store.clock.now = new Date(2027, 0, 25, 10).getTime();
    await store.run('improvements.verify', { id: failing.id, effective: false, note: '破损投诉未减少' }, 'director');
    store.clock.now = new Date(2027, 0, 29, 10).getTime();
    await save('配送超时整改', new Date(2027, 2, 31, 23, 59).getTime());

    store.clock.now = new Date(2027, 2, 10, 10).getTime();
    const monthOf = async (month: number) => ok<MonthlyReport>(await store.send('reports.monthly', { year: 2027, month }, 'director')).improvements;
    const january = await monthOf(1);
    expect(january).toMatchObject({ opened: 2, closed: 0, ineffective: 1, inProgress: 1, overdue: 1 });
    expect(january.lines.find((l) => l.title === '包装破损整改')).toMatchObject({ ineffective: true, closed: false, overdue: true, effective: false });
    const february = await monthOf(2);
    expect(february).toMatchObject({ opened: 0, closed: 0, ineffective: 0, inProgress: 1, overdue: 1 });
    expect(february.lines.map((l) => [l.title, l.inProgress, l.overdue])).toEqual([
      ['包装破损整改', false, true],
      ['配送超时整改', true, false],
    ]);
  });

  it('refuses a month that does not exist', async () => {
    store = await openTestStore();
    const error = refusal(await store.send('reports.monthly', { year: 2026, month: 13 }, 'director'));
    expect(error.fields).toEqual([{ field: 'month', code: 'validation.range', params: { max: 12 } }]);
  });

  it('refuses a month that has not begun, for the report and for its notes', async () => {
    store = await openTestStore();
    const next = new Date(NOW);
    const toCome = { year: next.getMonth() === 11 ? next.getFullYear() + 1 : next.getFullYear(), month: ((next.getMonth() + 1) % 12) + 1 };
    expect(refusal(await store.send('reports.monthly', toCome, 'director')).fields).toEqual([{ field: 'month', code: 'validation.monthToCome' }]);
    const notes = refusal(await store.send('reports.saveNotes', { ...toCome, analysis: '预判', recommendations: '' }, 'director'));
    expect(notes.fields).toEqual([{ field: 'month', code: 'validation.monthToCome' }]);
    expect(await store.db.reportNotes.count()).toBe(0);
    // The month under way has one.
    const current = { year: next.getFullYear(), month: next.getMonth() + 1 };
    expect(ok<MonthlyReport>(await store.send('reports.monthly', current, 'director')).month).toBe(current.month);
  });
});

describe('reports.saveNotes', () => {
  const notes = { ...NOVEMBER, analysis: '物流类投诉占比上升，集中在配送延误。', recommendations: '与承运商约定时效并考核。' };

  it('saves the analysis and recommendations with the report, audited, and replaces them on the next save', async () => {
    store = await openTestStore();
    const saved = ok<ReportNotes>(await store.send('reports.saveNotes', notes, 'director'));
    expect(saved).toMatchObject({ month: '2026-11', analysis: notes.analysis, updatedBy: { name: '总监周' }, updatedAt: NOW });
    expect((await report('agent')).notes).toEqual(saved);
    ok(await store.send('reports.saveNotes', { ...notes, recommendations: '' }, 'supervisor'));
    expect((await report()).notes).toMatchObject({ recommendations: '', updatedBy: { name: '主管老陈' } });
    const audit = await store.db.audit.where('[subject+n]').between(['report:2026-11', 0], ['report:2026-11', Infinity]).toArray();
    expect(audit.map((e) => e.command)).toEqual(['reports.saveNotes', 'reports.saveNotes']);
    expect(store.events.at(-1)).toEqual([{ area: 'reports', ids: ['2026-11'] }]);
    // Another month has notes of its own.
    expect(ok<MonthlyReport>(await store.send('reports.monthly', { year: 2026, month: 10 }, 'director')).notes).toBeNull();
  });

  it('masks the phone and ID numbers in the notes for the roles without contacts.view, in the live report and the finalised edition', async () => {
    store = await openTestStore();
    const analysis = '客户13812345678多次来电，身份证110101199003071234';
    const written = { ...NOVEMBER, analysis, recommendations: '回访 13912345678' };
    ok(await store.send('reports.saveNotes', written, 'supervisor'));
    const masked = { analysis: '客户138****5678多次来电，身份证110***********1234', recommendations: '回访 139****5678' };
    const notesOf = async (who: Who) => ok<MonthlyReport>(await store.send('reports.monthly', NOVEMBER, who)).notes;
    for (const who of ['director', 'ops', 'admin'] as const) expect(await notesOf(who), who).toMatchObject(masked);
    for (const who of ['supervisor', 'legal'] as const) expect(await notesOf(who), who).toMatchObject({ analysis, recommendations: '回访 13912345678' });

    // A director saves what they read, adding a number of their own: the masks keep the numbers they stand for.
    const saved = ok<ReportNotes>(await store.send('reports.saveNotes', { ...NOVEMBER, analysis: `${masked.analysis}；新增13700001111`, recommendations: masked.recommendations }, 'director'));
    expect(saved).toMatchObject({ analysis: `${masked.analysis}；新增137****1111` });
    expect(await store.db.reportNotes.get('2026-11')).toMatchObject({ analysis: `${analysis}；新增13700001111`, recommendations: '回访 13912345678' });

    // Finalised: the edition keeps them whole, read masked as before.
    store.clock.now = new Date(2026, 11, 2, 10).getTime();
    ok(await store.send('reports.finalise', NOVEMBER, 'director'));
    expect(await notesOf('director')).toMatchObject({ analysis: `${masked.analysis}；新增137****1111` });
    expect(await notesOf('supervisor')).toMatchObject({ analysis: `${analysis}；新增13700001111` });
  });

  it('lets only supervisors and directors write them, and loses nothing on bad input', async () => {
    store = await openTestStore();
    expect(refusal(await store.send('reports.saveNotes', notes, 'agent')).code).toBe('auth.forbidden');
    const tooLong = refusal(await store.send('reports.saveNotes', { ...notes, analysis: '长'.repeat(20_001) }, 'director'));
    expect(tooLong.fields).toEqual([{ field: 'analysis', code: 'validation.tooLong', params: { max: 20_000 } }]);
    expect(await store.db.reportNotes.count()).toBe(0);
  });
});
