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

  it('is for supervisors, directors and the ops director', async () => {
    store = await openTestStore();
    const a = await register(store);
    for (const who of ['agent', 'legal', 'admin'] as const) {
      expect(refusal(await store.send('improvements.save', improvement([a.id]), who)).code, who).toBe('auth.forbidden');
    }
  });
});
