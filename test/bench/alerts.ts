/**
 * The alert scheduler at full size, in Node as it runs in main: validating a
 * full feed of `count` deadline entries on receipt, scheduling it, and one
 * changed entry (validated and applied) on that loaded scheduler. The feed is
 * structured-cloned first, as main receives it over IPC (V8's serializer):
 * its objects and strings then lie scattered over the heap as in main, where
 * freshly generated ones sit close together and read about twice as fast.
 * Baselines from the same run: zod parsing the same feed (what the fast guard
 * replaces), copying the entries into a Map (the least any scheduler must do
 * with a full feed) and one scan of every entry for the earliest instant
 * (what a scheduler without a priority queue repeats on every change).
 *
 * Also what main's thread pays to receive a supervisor's full feed: the store
 * host sends only the entries that concern the desk user (`feedReceiveMs`),
 * against the whole feed it used to send (`wholeFeedReceiveMs`).
 */
import { deserialize, serialize } from 'node:v8';
import { FeedMessage, type DeadlineEntry } from '../../src-main/core/alert-feed';
import { planFor, warnAtFor } from '../../src-main/core/alert-policy';
import { createAlertScheduler, type AlertScheduler } from '../../src-main/core/alert-scheduler';
import { DEFAULT_ALERT_POLICY } from '../../src-main/core/alert-settings';
import { parseFeedMessage } from '../../src-main/core/feed-validation';
import { rng } from '../../src-renderer/domain/demo/random';

const HOUR = 3_600_000;
const SEVERITIES = ['general', 'serious', 'major'] as const;
const CLOCKS = ['response', 'verification', 'grading', 'planApproval', 'resolution'] as const;
const DEPARTMENTS = ['客服中心', '质量管理部', '物流配送部', '售后服务部', '财务部'];
const RECIPIENT = {
  id: 'u-supervisor',
  name: '李主管',
  role: 'supervisor' as const,
  department: '物流配送部',
  follow: { severities: [...SEVERITIES], departments: [] },
};

const OPS_DIRECTOR = { ...RECIPIENT, id: 'u-ops', role: 'ops_director' as const, department: '运营部' };

/** Deadlines spread over the next two weeks (some already past), owners and departments mixed, real texts. */
export function benchEntries(count: number, texts: readonly string[], now: number): DeadlineEntry[] {
  const random = rng(5);
  return Array.from({ length: count }, (_, i) => {
    const severity = SEVERITIES[i % 3]!;
    const dueAt = Math.round(now + (random() * 14 * 24 - 24) * HOUR);
    const text = texts[i % texts.length] ?? '';
    return {
      key: `case-${i}:${CLOCKS[i % 5]}`,
      caseId: `case-${i}`,
      caseNo: `TS-20261123-${String(i).padStart(5, '0')}`,
      title: `客户${i}：${text}`.slice(0, 120),
      severity,
      ownerId: i % 50 === 0 ? RECIPIENT.id : `u-${i % 40}`,
      ownerName: '王芳',
      department: DEPARTMENTS[i % DEPARTMENTS.length]!,
      clockKind: CLOCKS[i % 5]!,
      warnAt: warnAtFor(severity, dueAt, DEFAULT_ALERT_POLICY),
      dueAt,
      paused: i % 23 === 0,
      state: null,
    };
  });
}

function quietScheduler(now: number): AlertScheduler {
  return createAlertScheduler({ now: () => now, arm: () => undefined, notify: () => undefined, report: () => undefined, counts: () => undefined });
}

export interface AlertFigures {
  /** Scheduling the full feed for an operations director, whom every entry concerns (the worst case). */
  scheduleAllMs: number[];
  validateMs: number[];
  zodMs: number[];
  scheduleMs: number[];
  copyMs: number[];
  updateMs: number[];
  scanMs: number[];
  /** Deserializing a supervisor's full feed, as the host sends it: their entries only. */
  receiveMs: number[];
  /** The same for the feed with every entry. */
  receiveWholeMs: number[];
  /** Entries in the supervisor's feed. */
  supervisorEntries: number;
  armedAt: number | null;
}

/** What main's thread spends turning the bytes of `message` back into objects. */
function receiveMs(message: unknown): number {
  const bytes = serialize(message);
  const start = performance.now();
  deserialize(bytes);
  return performance.now() - start;
}

export function measureAlerts(count: number, runs: number, texts: readonly string[]): AlertFigures {
  const now = Date.now();
  const entries = structuredClone(benchEntries(count, texts, now));
  const reset = { type: 'reset', context: { recipient: RECIPIENT, policy: DEFAULT_ALERT_POLICY }, entries };
  const figures: AlertFigures = {
    scheduleAllMs: [],
    validateMs: [],
    zodMs: [],
    scheduleMs: [],
    copyMs: [],
    updateMs: [],
    scanMs: [],
    receiveMs: [],
    receiveWholeMs: [],
    supervisorEntries: 0,
    armedAt: null,
  };
  // What the store host sends the supervisor (store/alerts/feed.ts): the entries the policy gives them.
  const supervisorFeed = { ...reset, entries: entries.filter((entry) => planFor(entry, RECIPIENT, DEFAULT_ALERT_POLICY) !== null) };
  figures.supervisorEntries = supervisorFeed.entries.length;
  for (let run = 0; run < runs; run += 1) {
    const scheduler = quietScheduler(now);
    let start = performance.now();
    const parsed = parseFeedMessage(reset);
    figures.validateMs.push(performance.now() - start);
    if (!parsed.ok) throw new Error(parsed.error);

    start = performance.now();
    scheduler.apply(parsed.message);
    figures.scheduleMs.push(performance.now() - start);
    figures.armedAt = scheduler.nextWakeAt();

    const everything = quietScheduler(now);
    start = performance.now();
    everything.apply({ type: 'reset', entries, context: { recipient: OPS_DIRECTOR, policy: DEFAULT_ALERT_POLICY } });
    figures.scheduleAllMs.push(performance.now() - start);
    if (everything.size() !== count) throw new Error('the operations director should follow every entry');

    // After the scheduling, so the garbage zod leaves is not collected inside it.
    start = performance.now();
    if (!FeedMessage.safeParse(reset).success) throw new Error('zod refused the bench feed');
    figures.zodMs.push(performance.now() - start);

    start = performance.now();
    const copy = new Map<string, DeadlineEntry>();
    for (const entry of entries) copy.set(entry.key, entry);
    figures.copyMs.push(performance.now() - start);

    const moved = entries[(run * 7_919) % count]!;
    const dueAt = moved.dueAt + HOUR;
    const delta = { type: 'delta', upserts: [{ ...moved, dueAt, warnAt: warnAtFor(moved.severity, dueAt, DEFAULT_ALERT_POLICY) }], removals: [] };
    start = performance.now();
    const update = parseFeedMessage(delta);
    if (!update.ok) throw new Error(update.error);
    scheduler.apply(update.message);
    figures.updateMs.push(performance.now() - start);

    start = performance.now();
    let earliest = Infinity;
    for (const entry of copy.values()) {
      const next = entry.warnAt > now ? entry.warnAt : entry.dueAt;
      if (!entry.paused && next > now && next < earliest) earliest = next;
    }
    figures.scanMs.push(performance.now() - start);
    if (earliest === Infinity) throw new Error('no pending deadline in the bench feed');
  }
  // Apart, after the rest: each whole feed received leaves tens of megabytes for the collector.
  for (let run = 0; run < runs; run += 1) {
    figures.receiveMs.push(receiveMs(supervisorFeed));
    figures.receiveWholeMs.push(receiveMs(reset));
  }
  return figures;
}
