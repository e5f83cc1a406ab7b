import { afterEach, describe, expect, it } from 'vitest';
import type { ShownImprovement } from '../../../../../../src-renderer/domain/improvements/masking';
import type { MonthlyReport } from '../../../../../../src-renderer/domain/reports/monthly';
import type { CaseDetail } from '../../../../../../src-renderer/store/services/cases/queries';
import { DAY, NOW, openTestStore, refusal, register, type TestStore } from '../../fixtures';

let store: TestStore;
afterEach(async () => store?.close());

/** A measure whose texts quote the customer, as staff write them. */
const quoting = (caseIds: string[]) => ({
  title: '回访13812345678投诉的配送延误',
  rootCause: '客户（电话 138-1234-5678，邮箱 lilei@example.com）三次未收到货：承运商运力不足',
  action: '增加备用承运商',
  ownerId: 'u-supervisor',
  dueAt: NOW + 30 * DAY,
  caseIds,
});

describe('improvements read by a role without contacts.view (整改措施, masked)', () => {
  it('masks the identifiers in every text on the improvements page, the case page and the monthly report; agents read them whole', async () => {
    store = await openTestStore();
    const a = await register(store);
    const saved = await store.run<ShownImprovement>('improvements.save', quoting([a.id]), 'supervisor');
    store.clock.now = NOW + 31 * DAY;
    await store.run('improvements.verify', { id: saved.id, effective: false, note: '客户13812345678仍在投诉' }, 'supervisor');

    const [shown] = await store.run<ShownImprovement[]>('improvements.list', {}, 'director');
    expect(shown!.title).toBe('回访138****5678投诉的配送延误');
    expect(shown!.rootCause).not.toMatch(/1234|lilei@/);
    expect(shown!.verifications[0]!.note).toBe('客户138****5678仍在投诉');
    expect(shown!.maskedTexts).toEqual(['title', 'rootCause']);

    const detail = await store.run<CaseDetail>('cases.detail', { id: a.id }, 'ops');
    expect(JSON.stringify(detail.improvements)).not.toMatch(/13812345678|138-1234-5678|lilei@/);
    const report = await store.run<MonthlyReport>('reports.monthly', { year: new Date(NOW).getFullYear(), month: new Date(NOW).getMonth() + 1 }, 'director');
    expect(report.improvements.lines.map((line) => line.title)).toEqual(['回访138****5678投诉的配送延误']);

    const [whole] = await store.run<ShownImprovement[]>('improvements.list', {}, 'agent');
    expect(whole!.title).toBe(quoting([]).title);
    expect(whole!.verifications[0]!.note).toBe('客户13812345678仍在投诉');
    expect(whole!.maskedTexts).toBeUndefined();
  });

  it('lets such a role edit the rest of a measure, keeping the texts it reads masked as stored', async () => {
    store = await openTestStore();
    const a = await register(store);
    const saved = await store.run<ShownImprovement>('improvements.save', quoting([a.id]), 'supervisor');
    const [shown] = await store.run<ShownImprovement[]>('improvements.list', {}, 'director');

    // The director's form sends the texts back as read, with a new action and due date.
    const edit = { ...quoting([a.id]), id: saved.id, title: shown!.title, rootCause: shown!.rootCause, action: '更换承运商', dueAt: NOW + 60 * DAY };
    await store.run('improvements.save', edit, 'director');
    const [after] = await store.run<ShownImprovement[]>('improvements.list', {}, 'supervisor');
    expect(after).toMatchObject({ title: quoting([]).title, rootCause: quoting([]).rootCause, action: '更换承运商', dueAt: NOW + 60 * DAY });
  });

  it('refuses a rewrite of a text it reads masked, and writes nothing', async () => {
    store = await openTestStore();
    const a = await register(store);
    const saved = await store.run<ShownImprovement>('improvements.save', quoting([a.id]), 'supervisor');
    const before = await store.snapshot();
    const [shown] = await store.run<ShownImprovement[]>('improvements.list', {}, 'director');
    const rewritten = { ...quoting([a.id]), id: saved.id, title: shown!.title, rootCause: `${shown!.rootCause}。已核实` };
    expect(refusal(await store.send('improvements.save', rewritten, 'director'))).toEqual({
      code: 'validation.failed',
      fields: [{ field: 'rootCause', code: 'validation.maskedText' }],
    });
    expect(await store.snapshot()).toEqual(before);
  });
});
