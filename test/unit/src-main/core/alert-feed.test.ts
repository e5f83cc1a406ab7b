import { describe, expect, expectTypeOf, it } from 'vitest';
import { ALERT_CLOCK_KINDS, ALERT_ROLES, ALERT_SEVERITIES, AlertReport, FeedMessage } from '../../../../src-main/core/alert-feed';
import { CLOCK_KINDS } from '../../../../src-renderer/domain/clocks/clock';
import { SEVERITIES } from '../../../../src-renderer/domain/cases/vocabulary';
import { ROLES } from '../../../../src-renderer/domain/users/roles';
import { AGENT, contextFor, entry, T0 } from './alert-fixtures';

describe('the deadline feed contract', () => {
  it('speaks the domain vocabulary', () => {
    expect([...ALERT_SEVERITIES]).toEqual([...SEVERITIES]);
    expect([...ALERT_CLOCK_KINDS]).toEqual([...CLOCK_KINDS]);
    expect([...ALERT_ROLES]).toEqual([...ROLES]);
    expectTypeOf<(typeof ALERT_SEVERITIES)[number]>().toEqualTypeOf<(typeof SEVERITIES)[number]>();
  });

  it('accepts a full feed and a delta, refuses malformed entries whole', () => {
    expect(FeedMessage.safeParse({ type: 'reset', context: contextFor(AGENT), entries: [entry(1)] }).success).toBe(true);
    expect(FeedMessage.safeParse({ type: 'delta', upserts: [entry(2)], removals: ['case-1:resolution'] }).success).toBe(true);
    for (const bad of [
      { ...entry(1), dueAt: Number.NaN },
      { ...entry(1), severity: 'critical' },
      { ...entry(1), caseNo: '' },
      { ...entry(1), paused: 'no' },
      { ...entry(1), state: { dueAt: T0 } },
    ]) {
      expect(FeedMessage.safeParse({ type: 'delta', upserts: [entry(2), bad], removals: [] }).success).toBe(false);
    }
    expect(FeedMessage.safeParse({ type: 'replace-everything', entries: [] }).success).toBe(false);
  });

  it('refuses reports without a user or with an unknown alert kind', () => {
    const raised = { key: 'c:response', caseId: 'c', caseNo: 'TS-1', severity: 'major', clockKind: 'response', dueAt: T0, kind: 'overdue', capacity: 'owner', delivery: 'single', at: T0 };
    expect(AlertReport.safeParse({ type: 'raised', userId: 'u', alerts: [raised] }).success).toBe(true);
    expect(AlertReport.safeParse({ type: 'raised', userId: '', alerts: [raised] }).success).toBe(false);
    expect(AlertReport.safeParse({ type: 'raised', userId: 'u', alerts: [{ ...raised, kind: 'shout' }] }).success).toBe(false);
    expect(AlertReport.safeParse({ type: 'acknowledge', userId: 'u', keys: [], at: T0 }).success).toBe(false);
  });
});
