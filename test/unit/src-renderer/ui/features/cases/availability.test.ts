import { afterEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../../../../src-renderer/domain/cases/case';
import { DEFAULT_SETTINGS } from '../../../../../../src-renderer/domain/settings/settings';
import { may, type Role } from '../../../../../../src-renderer/domain/users/roles';
import { availableCommands } from '../../../../../../src-renderer/ui/features/cases/actions/availability';
import { DAY, NOW, openTestStore, type TestStore } from '../../../store/fixtures';
import { caseAt } from '../../../store/flow';

let store: TestStore;
afterEach(async () => store?.close());

const as = (role: Role, actorId = `u-${role}`) => ({ actorId, can: (p: Parameters<typeof may>[1]) => may(role, p) });
const offered = (record: CaseRecord, role: Role, now = NOW, actorId?: string) =>
  availableCommands(record, as(role, actorId), DEFAULT_SETTINGS, now);

describe('the actions the case page offers', () => {
  it('offers an agent the screening choices of a new case, and a director nothing there', async () => {
    store = await openTestStore();
    const record = await caseAt(store, 'registered');
    // And a contact with the customer: they may call again before it is accepted.
    expect(offered(record, 'agent')).toEqual(['screening.accept', 'screening.redirect', 'screening.requestInfo', 'verification.addContact', 'cases.correct', 'attachments.add']);
    expect(offered(record, 'director')).toEqual(['cases.correct', 'attachments.add']);
  });

  it('offers the grading approval to a director only', async () => {
    store = await openTestStore();
    const record = await caseAt(store, 'grading_review');
    expect(offered(record, 'director')).toContain('grading.approve');
    expect(offered(record, 'agent')).not.toContain('grading.approve');
    expect(offered(record, 'supervisor')).not.toContain('grading.approve');
  });

  it('offers pause while the resolution clock runs and resume only while paused', async () => {
    store = await openTestStore();
    const running = await caseAt(store, 'executing');
    expect(offered(running, 'agent')).toContain('progress.pause');
    expect(offered(running, 'agent')).not.toContain('progress.resume');
    const paused = await store.run<CaseRecord>('progress.pause', { caseId: running.id, reason: '等待厂家检测' });
    expect(offered(paused, 'agent')).toContain('progress.resume');
    expect(offered(paused, 'agent')).not.toContain('progress.pause');
  });

  it('never offers the requester the decision on their own extension', async () => {
    store = await openTestStore();
    const record = await caseAt(store, 'executing');
    const pending = await store.run<CaseRecord>('progress.requestExtension', {
      caseId: record.id,
      reason: '等待第三方检测报告',
      newDueAt: record.clocks.resolution!.dueAt + 2 * DAY,
    });
    const requester = pending.extensions[0]!.requestedBy.id;
    expect(offered(pending, 'supervisor', NOW, requester)).not.toContain('progress.decideExtension');
    expect(offered(pending, 'supervisor')).toContain('progress.decideExtension');
    expect(offered(pending, 'agent')).not.toContain('progress.requestExtension');
    expect(offered(pending, 'agent')).not.toContain('progress.complete');
  });

  it('offers the quality return within the window and not after it, and nothing on an archived case', async () => {
    store = await openTestStore();
    const closed = await caseAt(store, 'closed');
    const days = DEFAULT_SETTINGS.lifecycle.qualityReturnDays;
    expect(offered(closed, 'supervisor', closed.closedAt! + (days - 1) * DAY)).toEqual(['verification.addContact', 'feedback.qualityReturn', 'cases.correct', 'attachments.add']);
    expect(offered(closed, 'supervisor', closed.closedAt! + (days + 1) * DAY)).toEqual(['verification.addContact', 'cases.correct', 'attachments.add']);
    expect(offered({ ...closed, archived: 1 }, 'supervisor', closed.closedAt! + DAY)).toEqual([]);
  });

  it('offers the correction of the registration until the personal data was anonymised', async () => {
    store = await openTestStore();
    const closed = await caseAt(store, 'closed');
    expect(offered(closed, 'agent')).toContain('cases.correct');
    expect(offered({ ...closed, anonymisedAt: closed.closedAt! + DAY }, 'agent')).not.toContain('cases.correct');
  });

  it.each(['closed', 'redirected', 'terminated'] as const)('offers 添加附件 on a %s case until it is archived or anonymised', async (status) => {
    store = await openTestStore();
    const ended = await caseAt(store, status);
    for (const role of ['agent', 'supervisor', 'director', 'legal'] as const) expect(offered(ended, role), role).toContain('attachments.add');
    expect(offered({ ...ended, anonymisedAt: NOW + DAY }, 'agent')).not.toContain('attachments.add');
    expect(offered({ ...ended, archived: 1 }, 'agent')).toEqual([]);
  });
});
