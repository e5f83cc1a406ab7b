/**
 * Validation of the deadline feed on receipt, fast enough for a 100,000-entry
 * reset: the entries are checked by a hand-written guard that accepts exactly
 * what the zod schema accepts (a property test holds them equal); only a
 * message that fails is run through zod, for a precise error.
 */
import { ALERT_CLOCK_KINDS, ALERT_SEVERITIES, AlertContext, FeedMessage, MAX_FEED_ENTRIES, type DeadlineEntry } from './alert-feed';

const MAX_INSTANT = 8.64e15;
const SEVERITIES: ReadonlySet<unknown> = new Set(ALERT_SEVERITIES);
const CLOCK_KINDS: ReadonlySet<unknown> = new Set(ALERT_CLOCK_KINDS);
const STATE_FIELDS = ['warnedAt', 'overdueAt', 'lastAlertAt', 'acknowledgedAt', 'snoozedUntil'] as const;

const isInstant = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_INSTANT;
const isText = (value: unknown, min: number, max: number): value is string =>
  typeof value === 'string' && value.length >= min && value.length <= max;
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function isState(value: unknown): boolean {
  if (value === null) return true;
  if (!isRecord(value) || !isInstant(value.dueAt)) return false;
  for (const field of STATE_FIELDS) {
    const instant = value[field];
    if (instant !== null && !isInstant(instant)) return false;
  }
  return true;
}

/** True exactly when `DeadlineEntry.safeParse(value)` succeeds. */
export function isDeadlineEntry(value: unknown): value is DeadlineEntry {
  if (!isRecord(value)) return false;
  return (
    isText(value.key, 3, 200) &&
    isText(value.caseId, 1, 100) &&
    isText(value.caseNo, 1, 60) &&
    isText(value.title, 0, 120) &&
    SEVERITIES.has(value.severity) &&
    (value.ownerId === null || isText(value.ownerId, 1, 100)) &&
    isText(value.ownerName, 0, 60) &&
    isText(value.department, 0, 60) &&
    CLOCK_KINDS.has(value.clockKind) &&
    isInstant(value.warnAt) &&
    isInstant(value.dueAt) &&
    typeof value.paused === 'boolean' &&
    isState(value.state)
  );
}

const isKey = (value: unknown) => isText(value, 3, 200);

export type FeedParse = { ok: true; message: FeedMessage } | { ok: false; error: string };

function fallback(payload: unknown): FeedParse {
  const parsed = FeedMessage.safeParse(payload);
  if (parsed.success) return { ok: true, message: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, error: issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid deadline feed' };
}

/** Validates a feed message as it arrives from the store host (or the worker). */
export function parseFeedMessage(payload: unknown): FeedParse {
  if (!isRecord(payload)) return fallback(payload);
  if (payload.type === 'reset') {
    const { entries } = payload;
    const context = AlertContext.safeParse(payload.context);
    if (!context.success || !Array.isArray(entries) || entries.length > MAX_FEED_ENTRIES) return fallback(payload);
    if (!entries.every(isDeadlineEntry)) return fallback(payload);
    return { ok: true, message: { type: 'reset', context: context.data, entries } };
  }
  if (payload.type === 'delta') {
    const { upserts, removals } = payload;
    if (!Array.isArray(upserts) || !Array.isArray(removals)) return fallback(payload);
    if (upserts.length > MAX_FEED_ENTRIES || removals.length > MAX_FEED_ENTRIES) return fallback(payload);
    if (!upserts.every(isDeadlineEntry) || !removals.every(isKey)) return fallback(payload);
    return { ok: true, message: { type: 'delta', upserts, removals: removals as string[] } };
  }
  return fallback(payload);
}
