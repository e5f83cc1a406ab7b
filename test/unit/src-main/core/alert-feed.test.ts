import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  ALERT_CLOCK_KINDS,
  ALERT_ROLES,
  ALERT_SEVERITIES,
  AlertReport,
  CASE_CLOCK_KINDS,
  DeadlineEntry,
  ERASURE_ALERT_ROLES,
  ERASURE_CLOCK,
  FeedMessage,
  isErasureDeadline,
} from '../../../../src-main/core/alert-feed';
import { isDeadlineEntry, parseFeedMessage } from '../../../../src-main/core/feed-validation';
import { CLOCK_KINDS } from '../../../../src-renderer/domain/clocks/clock';
import { SEVERITIES } from '../../../../src-renderer/domain/cases/vocabulary';
import { may, ROLES } from '../../../../src-renderer/domain/users/roles';
import { AGENT, contextFor, entry, erasureEntry, HOUR, LEGAL, T0 } from './alert-fixtures';

const erasure = (no: string, overrides: Partial<DeadlineEntry> = {}) => erasureEntry(no, { dueAt: T0 + 10 * HOUR, ...overrides });

describe('the deadline feed contract', () => {
  it('speaks the domain vocabulary', () => {
    expect([...ALERT_SEVERITIES]).toEqual([...SEVERITIES]);
    expect([...CASE_CLOCK_KINDS]).toEqual([...CLOCK_KINDS]);
    expect([...ALERT_CLOCK_KINDS]).toEqual([...CLOCK_KINDS, 'erasureReply']);
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

  it('a deletion request’s reply deadline is its own clock, heard by exactly the roles that record deletion requests', () => {
    expect(ERASURE_CLOCK).toBe('erasureReply');
    expect(CLOCK_KINDS).not.toContain(ERASURE_CLOCK);
    expect(isErasureDeadline(erasure('SC-20261201-001'))).toBe(true);
    for (const clockKind of CASE_CLOCK_KINDS) expect(isErasureDeadline(entry(1, { clockKind }))).toBe(false);
    expect([...ERASURE_ALERT_ROLES]).toEqual(ROLES.filter((role) => may(role, 'erasure.record')));
  });

  it('a feed carrying a deletion request’s reply deadline passes the schema and the fast validator', () => {
    const request = erasure('SC-20261201-001');
    // The fast guard itself accepts it (parseFeedMessage would fall back on zod were it refused).
    expect(DeadlineEntry.safeParse(request).success).toBe(true);
    expect(isDeadlineEntry(request)).toBe(true);
    expect(isDeadlineEntry({ ...request, state: { dueAt: request.dueAt, warnedAt: T0, overdueAt: null, lastAlertAt: T0, acknowledgedAt: null, snoozedUntil: null } })).toBe(true);
    const reset = { type: 'reset', context: contextFor(LEGAL), entries: [entry(1), request] };
    const delta = { type: 'delta', upserts: [request], removals: ['erasure:SC-20261201-002:erasureReply'] };
    for (const message of [reset, delta]) {
      expect(FeedMessage.safeParse(message).success).toBe(true);
      expect(parseFeedMessage(message)).toEqual({ ok: true, message });
    }
    // Not a clock kind the feed knows: refused by both.
    const unknown = { type: 'delta', upserts: [{ ...request, clockKind: 'erasure' }], removals: [] };
    expect(FeedMessage.safeParse(unknown).success).toBe(false);
    expect(parseFeedMessage(unknown)).toEqual({ ok: false, error: expect.stringContaining('upserts.0.clockKind') });
    // Its alerts come back for the log like any other.
    const raised = { key: request.key, caseId: request.caseId, caseNo: request.caseNo, severity: 'serious', clockKind: 'erasureReply', dueAt: request.dueAt, kind: 'overdue', capacity: 'owner', delivery: 'single', at: request.dueAt };
    expect(AlertReport.safeParse({ type: 'raised', userId: LEGAL.id, alerts: [raised] }).success).toBe(true);
  });

  it('refuses reports without a user or with an unknown alert kind', () => {
    const raised = { key: 'c:response', caseId: 'c', caseNo: 'TS-1', severity: 'major', clockKind: 'response', dueAt: T0, kind: 'overdue', capacity: 'owner', delivery: 'single', at: T0 };
    expect(AlertReport.safeParse({ type: 'raised', userId: 'u', alerts: [raised] }).success).toBe(true);
    expect(AlertReport.safeParse({ type: 'raised', userId: '', alerts: [raised] }).success).toBe(false);
    expect(AlertReport.safeParse({ type: 'raised', userId: 'u', alerts: [{ ...raised, kind: 'shout' }] }).success).toBe(false);
    expect(AlertReport.safeParse({ type: 'acknowledge', userId: 'u', keys: [], at: T0 }).success).toBe(false);
  });
});
