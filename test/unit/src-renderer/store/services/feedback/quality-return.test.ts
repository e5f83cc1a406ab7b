import { afterEach, describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../../../../../src-renderer/store/services/cases/queries';
import { DAY, openTestStore, refusal, type TestStore } from '../../fixtures';
import { caseAt, steps } from '../../flow';

let store: TestStore;
afterEach(async () => store?.close());

const reason = { reason: '回访记录与录音不符' };

describe('feedback.qualityReturn (质量复核退回)', () => {
  it('sends a closed case back to planning within the window (15 days by default)', async () => {
    store = await openTestStore();
    const closed = await caseAt(store, 'closed');
    store.clock.now = closed.closedAt! + 15 * DAY;
    const back = await store.run('feedback.qualityReturn', { caseId: closed.id, ...reason }, 'supervisor');
    expect(back).toMatchObject({ status: 'planning', closedAt: null, reopenCount: 1 });
    expect(back.clocks.planApproval).toMatchObject({ state: 'running', startedAt: store.now() });
    const detail = await store.run<CaseDetail>('cases.detail', { id: closed.id });
    expect(detail.entries.at(-1)).toMatchObject({ kind: 'qualityReturn', reason: '回访记录与录音不符', by: { id: 'u-supervisor' } });
    expect(detail.events.at(-1)).toMatchObject({ command: 'feedback.qualityReturn', detail: reason, changes: { status: { before: 'closed', after: 'planning' } } });
    // Handled again, it closes again.
    for (const step of [steps.submitPlan, steps.approvePlan, steps.completeExecution, steps.satisfied]) await step(store, closed.id);
    expect(await store.run('cases.get', { id: closed.id })).toMatchObject({ status: 'closed', reopenCount: 1 });
  });

  it('refuses after the window with cases.qualityWindowPassed, changing nothing', async () => {
    store = await openTestStore();
    const closed = await caseAt(store, 'closed');
    store.clock.now = closed.closedAt! + 15 * DAY + 1;
    const before = await store.snapshot();
    expect(refusal(await store.send('feedback.qualityReturn', { caseId: closed.id, ...reason }, 'supervisor'))).toEqual({
      code: 'cases.qualityWindowPassed',
      params: { days: 15 },
    });
    expect(await store.snapshot()).toEqual(before);
  });

  it('follows the configured window', async () => {
    store = await openTestStore();
    await store.run('settings.update', { key: 'lifecycle', value: { archiveAfterDays: 30, qualityReturnDays: 2 } }, 'admin');
    const closed = await caseAt(store, 'closed');
    store.clock.now = closed.closedAt! + 3 * DAY;
    expect(refusal(await store.send('feedback.qualityReturn', { caseId: closed.id, ...reason }, 'supervisor'))).toEqual({
      code: 'cases.qualityWindowPassed',
      params: { days: 2 },
    });
  });

  it('is for supervisors only, and only for closed cases', async () => {
    store = await openTestStore();
    const closed = await caseAt(store, 'closed');
    for (const who of ['agent', 'director', 'ops', 'admin'] as const) {
      expect(refusal(await store.send('feedback.qualityReturn', { caseId: closed.id, ...reason }, who)).code, who).toBe('auth.forbidden');
    }
    const open = await caseAt(store, 'feedback');
    expect(refusal(await store.send('feedback.qualityReturn', { caseId: open.id, ...reason }, 'supervisor')).code).toBe('lifecycle.invalidTransition');
  });

  it('never returns a redirected case: it was not handled here', async () => {
    store = await openTestStore();
    const redirected = await caseAt(store, 'redirected');
    expect(refusal(await store.send('feedback.qualityReturn', { caseId: redirected.id, ...reason }, 'supervisor'))).toEqual({
      code: 'lifecycle.invalidTransition',
      params: { command: 'feedback.qualityReturn', status: 'redirected' },
    });
  });
});
