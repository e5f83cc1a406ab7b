import { afterEach, describe, expect, it } from 'vitest';
import { verifyChain } from '../../../../../../src-renderer/domain/audit/chain';
import type { ImprovementRecord } from '../../../../../../src-renderer/domain/improvements/schema';
import { subjectEvents } from '../../../../../../src-renderer/store/core/audit';
import type { CaseDetail } from '../../../../../../src-renderer/store/services/cases/queries';
import { DAY, NOW, openTestStore, refusal, register, type TestStore } from '../../fixtures';

let store: TestStore;
afterEach(async () => store?.close());

const improvement = (caseIds: string[]) => ({
  title: '配送延误整改',
  rootCause: '承运商运力不足',
  action: '增加备用承运商',
  ownerId: 'u-supervisor',
  dueAt: NOW + 30 * DAY,
  caseIds,
});

describe('improvements (整改措施)', () => {
  it('links a corrective action to cases, shows it on them, and records its verification', async () => {
    store = await openTestStore();
    const a = await register(store);
    const b = await register(store);
    const saved = await store.run<ImprovementRecord>('improvements.save', improvement([a.id, b.id, a.id]), 'director');
    expect(saved).toMatchObject({ caseIds: [a.id, b.id], owner: { id: 'u-supervisor', name: '主管老陈' }, status: 'open', effective: null });
    expect((await store.run<CaseDetail>('cases.detail', { id: b.id })).improvements.map((i) => i.id)).toEqual([saved.id]);

    store.clock.now = NOW + 40 * DAY;
    const verified = await store.run<ImprovementRecord>('improvements.verify', { id: saved.id, effective: true, note: '同类投诉下降 60%' }, 'ops');
    expect(verified).toMatchObject({ status: 'verified', effective: true, verifiedAt: NOW + 40 * DAY, verifiedBy: { id: 'u-ops' } });
    const events = await subjectEvents(store.db, `improvement:${saved.id}`);
    expect(events.map((e) => e.command)).toEqual(['improvements.save', 'improvements.verify']);
    expect(verifyChain(events).ok).toBe(true);
    expect(await store.run<ImprovementRecord[]>('improvements.list', { caseId: a.id })).toEqual([verified]);
  });

  it('sends a measure found not effective back to 进行中 for a new round, keeps every verdict, and closes it only once', async () => {
    store = await openTestStore();
    const a = await register(store);
    const saved = await store.run<ImprovementRecord>('improvements.save', improvement([a.id]), 'supervisor');

    store.clock.now = NOW + 31 * DAY;
    const failed = await store.run<ImprovementRecord>('improvements.verify', { id: saved.id, effective: false, note: '同类投诉未减少' }, 'director');
    expect(failed).toMatchObject({ status: 'open', effective: null, verifiedAt: null });
    expect(failed.verifications).toEqual([
      { at: NOW + 31 * DAY, by: { id: 'u-director', name: '总监周' }, effective: false, note: '同类投诉未减少', action: '增加备用承运商', dueAt: NOW + 30 * DAY },
    ]);

    // The new round: a new action and due date; editing keeps the verdicts.
    store.clock.now = NOW + 32 * DAY;
    const edited = await store.run<ImprovementRecord>(
      'improvements.save',
      { ...improvement([a.id]), id: saved.id, action: '更换承运商', dueAt: NOW + 60 * DAY },
      'supervisor',
    );
    expect(edited).toMatchObject({ status: 'open', action: '更换承运商' });
    expect(edited.verifications).toEqual(failed.verifications);

    store.clock.now = NOW + 61 * DAY;
    const closed = await store.run<ImprovementRecord>('improvements.verify', { id: saved.id, effective: true, note: '同类投诉下降 60%' }, 'ops');
    expect(closed).toMatchObject({ status: 'verified', effective: true, verificationNote: '同类投诉下降 60%', verifiedAt: NOW + 61 * DAY, verifiedBy: { id: 'u-ops' } });
    expect(closed.verifications!.map((v) => [v.effective, v.note, v.by.id, v.at, v.action])).toEqual([
      [false, '同类投诉未减少', 'u-director', NOW + 31 * DAY, '增加备用承运商'],
      [true, '同类投诉下降 60%', 'u-ops', NOW + 61 * DAY, '更换承运商'],
    ]);

    // Closed as effective: a further verdict is refused and replaces nothing.
    expect(refusal(await store.send('improvements.verify', { id: saved.id, effective: false, note: '再验' }, 'director'))).toEqual({
      code: 'improvements.alreadyVerified',
    });
    expect(await store.db.improvements.get(saved.id)).toEqual(closed);
  });

  it('refuses a verdict of a round judged meanwhile elsewhere, and one of a round not renewed after 无效', async () => {
    store = await openTestStore();
    const a = await register(store);
    const saved = await store.run<ImprovementRecord>('improvements.save', improvement([a.id]), 'supervisor');
    store.clock.now = NOW + 31 * DAY;
    // Two windows open on round 1; the first judges it 无效.
    await store.run('improvements.verify', { id: saved.id, effective: false, note: '同类投诉未减少', round: 1 }, 'director');
    const before = await store.db.improvements.get(saved.id);
    expect(refusal(await store.send('improvements.verify', { id: saved.id, effective: true, note: '有效', round: 1 }, 'ops'))).toEqual({
      code: 'improvements.roundChanged',
      params: { by: '总监周' },
    });
    // Round 2 as such, but nothing renewed since the verdict: nothing new to judge.
    expect(refusal(await store.send('improvements.verify', { id: saved.id, effective: true, note: '有效', round: 2 }, 'ops'))).toEqual({ code: 'improvements.roundUnchanged' });
    expect(await store.db.improvements.get(saved.id)).toEqual(before);
    // Edited in another window since the verdict's dialog opened (its base): refused, nothing written.
    const seen = (await store.db.improvements.get(saved.id))!.updatedAt;
    store.clock.now += 1;
    await store.run('improvements.save', { ...improvement([a.id]), id: saved.id, action: '改用冷链承运商', dueAt: NOW + 45 * DAY }, 'supervisor');
    expect(refusal(await store.send('improvements.verify', { id: saved.id, effective: true, note: '有效', round: 2, base: seen }, 'ops'))).toEqual({ code: 'improvements.changedSince' });
    // Renewed, round 2 is judged.
    await store.run('improvements.save', { ...improvement([a.id]), id: saved.id, action: '更换承运商', dueAt: NOW + 60 * DAY }, 'supervisor');
    expect(await store.run<ImprovementRecord>('improvements.verify', { id: saved.id, effective: true, note: '有效', round: 2 }, 'ops')).toMatchObject({ status: 'verified' });
  });

  it('keeps a measure verified effective as judged: no edit; and a new due date must lie ahead', async () => {
    store = await openTestStore();
    const a = await register(store);
    expect(refusal(await store.send('improvements.save', { ...improvement([a.id]), dueAt: NOW - DAY }, 'supervisor')).fields).toEqual([
      { field: 'dueAt', code: 'validation.mustBeFuture' },
    ]);
    expect(await store.db.improvements.count()).toBe(0);
    const saved = await store.run<ImprovementRecord>('improvements.save', improvement([a.id]), 'supervisor');
    // Overdue now: an edit keeping its date is taken — the same day sent at its end keeps the date as stored — a new past date is not.
    store.clock.now = NOW + 31 * DAY;
    const sameDay = new Date(NOW + 30 * DAY);
    sameDay.setHours(23, 59, 59, 999);
    const renamed = await store.run<ImprovementRecord>('improvements.save', { ...improvement([a.id]), id: saved.id, title: '改名', dueAt: sameDay.getTime() }, 'supervisor');
    expect(renamed.dueAt).toBe(NOW + 30 * DAY);
    expect(refusal(await store.send('improvements.save', { ...improvement([a.id]), id: saved.id, dueAt: NOW + 31 * DAY - 1 }, 'supervisor')).fields).toEqual([
      { field: 'dueAt', code: 'validation.mustBeFuture' },
    ]);
    await store.run('improvements.verify', { id: saved.id, effective: true, note: '有效' }, 'ops');
    const closed = await store.db.improvements.get(saved.id);
    expect(refusal(await store.send('improvements.save', { ...improvement([a.id]), id: saved.id, action: '从未验证的措施', dueAt: NOW + 300 * DAY }, 'supervisor'))).toEqual({
      code: 'improvements.closedNoEdit',
    });
    expect(await store.db.improvements.get(saved.id)).toEqual(closed);
  });

  it('reads a record saved before verdicts were kept, and lets one found not effective start its new round', async () => {
    store = await openTestStore();
    const a = await register(store);
    const saved = await store.run<ImprovementRecord>('improvements.save', improvement([a.id]), 'supervisor');
    const { verifications: _none, ...legacy } = saved;
    const verdict = { status: 'verified', verificationNote: '无改善', verifiedAt: NOW + DAY, verifiedBy: { id: 'u-director', name: '总监周' } } as const;
    await store.db.improvements.put({ ...legacy, ...verdict, effective: false });
    const [listed] = await store.run<ImprovementRecord[]>('improvements.list', {});
    expect(listed).toMatchObject({ status: 'open', effective: null });
    expect(listed!.verifications).toEqual([{ at: NOW + DAY, by: verdict.verifiedBy, effective: false, note: '无改善', action: '增加备用承运商', dueAt: NOW + 30 * DAY }]);
    expect((await store.run<CaseDetail>('cases.detail', { id: a.id })).improvements[0]).toMatchObject({ status: 'open' });
    // Its new round written, it is judged.
    await store.run('improvements.save', { ...improvement([a.id]), id: saved.id, action: '更换承运商' }, 'supervisor');
    const closed = await store.run<ImprovementRecord>('improvements.verify', { id: saved.id, effective: true, note: '' }, 'director');
    expect(closed.verifications!.map((v) => v.effective)).toEqual([false, true]);

    // One found effective then stays closed.
    await store.db.improvements.put({ ...legacy, ...verdict, effective: true });
    expect(refusal(await store.send('improvements.verify', { id: saved.id, effective: true, note: '' }, 'director')).code).toBe('improvements.alreadyVerified');
  });

  it('refuses unknown cases and owners on their fields, and unknown improvements', async () => {
    store = await openTestStore();
    const a = await register(store);
    expect(refusal(await store.send('improvements.save', improvement([a.id, 'ghost']), 'supervisor')).fields).toEqual([{ field: 'caseIds', code: 'cases.notFound' }]);
    expect(refusal(await store.send('improvements.save', { ...improvement([a.id]), ownerId: 'u-ghost' }, 'supervisor')).fields).toEqual([
      { field: 'ownerId', code: 'validation.unknownUser' },
    ]);
    expect(refusal(await store.send('improvements.verify', { id: 'ghost', effective: false }, 'supervisor'))).toEqual({ code: 'improvements.notFound' });
    expect(await store.db.improvements.count()).toBe(0);
  });

  it('keeps an owner who has since left on an edit that keeps them, and refuses them as a new owner', async () => {
    store = await openTestStore();
    const a = await register(store);
    const saved = await store.run<ImprovementRecord>('improvements.save', { ...improvement([a.id]), ownerId: 'u-agent2' }, 'supervisor');
    await store.db.users.update('u-agent2', { active: 0 });
    const edited = await store.run<ImprovementRecord>('improvements.save', { ...improvement([a.id]), id: saved.id, ownerId: 'u-agent2', title: '配送延误整改（二期）' }, 'supervisor');
    expect(edited).toMatchObject({ title: '配送延误整改（二期）', owner: { id: 'u-agent2', name: '客服小李' } });
    expect(refusal(await store.send('improvements.save', { ...improvement([a.id]), ownerId: 'u-agent2' }, 'supervisor')).fields).toEqual([
      { field: 'ownerId', code: 'validation.unknownUser' },
    ]);
  });

  it('refuses a due date no picker gives (after 2100)', async () => {
    store = await openTestStore();
    const a = await register(store);
    for (const dueAt of [Date.UTC(9999, 0, 1), 1e15]) {
      expect(refusal(await store.send('improvements.save', { ...improvement([a.id]), dueAt }, 'supervisor')).fields).toMatchObject([{ field: 'dueAt', code: 'validation.invalid' }]);
    }
    expect(await store.db.improvements.count()).toBe(0);
  });

  it('is for supervisors, directors and the ops director', async () => {
    store = await openTestStore();
    const a = await register(store);
    for (const who of ['agent', 'legal', 'admin'] as const) {
      expect(refusal(await store.send('improvements.save', improvement([a.id]), who)).code, who).toBe('auth.forbidden');
    }
  });
});
