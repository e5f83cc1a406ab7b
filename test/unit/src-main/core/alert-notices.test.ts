import { describe, expect, it } from 'vitest';
import type { DeadlineEntry } from '../../../../src-main/core/alert-feed';
import { createNotices, type Raised } from '../../../../src-main/core/alert-notices';
import { entry, erasureEntry, HOUR, T0 } from './alert-fixtures';

const erasure = erasureEntry;
const raised = (e: DeadlineEntry, kind: Raised['kind'] = 'overdue', released = false): Raised => ({
  tracked: { entry: e, plan: { capacity: 'owner', warns: true, overdueAlertAt: e.dueAt } },
  kind,
  dueAt: e.dueAt,
  released,
});
/** Delivered by a feed change at T0 + 4 h (live), more than `coalesceAbove` sharing one notification. */
const deliver = (items: Raised[], coalesceAbove = 3) => createNotices().deliver(items, 'change', T0 + 4 * HOUR, coalesceAbove);
const routes = (items: Raised[], coalesceAbove = 3) => deliver(items, coalesceAbove).notifications.map((n) => n.route);

describe('notices: where a click leads', () => {
  it('a single alert of a deletion request leads to that request on the privacy panel', () => {
    expect(routes([raised(erasure('SC-20261201-001'))])).toEqual(['/settings/privacy/SC-20261201-001']);
    expect(routes([raised(erasure('SC-20261201-002'), 'warning')])).toEqual(['/settings/privacy/SC-20261201-002']);
    // The number is one path segment, whatever it holds.
    expect(routes([raised(erasure('SC 2026/12#1'))])).toEqual(['/settings/privacy/SC%202026%2F12%231']);
    // A complaint's still leads to its case.
    expect(routes([raised(entry(1))])).toEqual(['/cases/case-1']);
  });

  it('shown again while it waits for 确认, it leads there too', () => {
    const [again] = createNotices().showAgain([raised(erasure('SC-20261201-001'))], T0 + 5 * HOUR, 3);
    expect(again).toMatchObject({ delivery: 'unacknowledged', route: '/settings/privacy/SC-20261201-001' });
  });

  it('a summary of deletion requests alone leads to the privacy panel, late or due soon, however delivered', () => {
    const requests = ['SC-20261201-001', 'SC-20261201-002'].map((no) => erasure(no));
    expect(routes(requests.map((e) => raised(e)), 1)).toEqual(['/settings/privacy']);
    expect(routes(requests.map((e) => raised(e, 'warning')), 1)).toEqual(['/settings/privacy']);
    expect(routes(requests.map((e) => raised(e, 'repeat', true)))).toEqual(['/settings/privacy']);
    expect(createNotices().deliver([raised(requests[0]!, 'warning')], 'missed', T0 + 4 * HOUR, 3).notifications[0]!.route).toBe('/settings/privacy');
    expect(createNotices().showAgain(requests.map((e) => raised(e)), T0 + 5 * HOUR, 1)[0]!.route).toBe('/settings/privacy');
  });

  it('a summary mixing complaints and deletion requests keeps the overdue or due-soon view', () => {
    expect(routes([raised(entry(1)), raised(erasure('SC-20261201-001'))], 1)).toEqual(['/tracking/overdue']);
    expect(routes([raised(entry(1), 'warning'), raised(erasure('SC-20261201-001'), 'warning')], 1)).toEqual(['/tracking/dueSoon']);
    expect(routes([raised(entry(1), 'overdue', true), raised(erasure('SC-20261201-001'), 'warning', true)])).toEqual(['/tracking/overdue']);
    // The view of the complaints the title counts: due soon, though a request beside them is overdue.
    expect(routes([raised(entry(1), 'warning'), raised(erasure('SC-20261201-001'))], 1)).toEqual(['/tracking/dueSoon']);
  });

  it('logs a deletion request’s alert with its clock, key and number, the complaints’ beside it', () => {
    const request = erasure('SC-20261201-001');
    const { notifications, alerts } = deliver([raised(request), raised(entry(1), 'warning')], 1);
    expect(notifications[0]!.alerts.map((a) => [a.caseId, a.caseNo, a.clockKind, a.kind, a.title])).toEqual([
      ['erasure:SC-20261201-001', 'SC-20261201-001', 'erasureReply', 'overdue', ''],
      ['case-1', 'TS-20261123-0001', 'resolution', 'warning', entry(1).title],
    ]);
    expect(alerts[0]).toEqual({
      key: 'erasure:SC-20261201-001:erasureReply',
      caseId: 'erasure:SC-20261201-001',
      caseNo: 'SC-20261201-001',
      severity: 'serious',
      clockKind: 'erasureReply',
      dueAt: request.dueAt,
      kind: 'overdue',
      capacity: 'owner',
      delivery: 'coalesced',
      at: T0 + 4 * HOUR,
    });
  });
});
