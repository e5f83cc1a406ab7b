/**
 * The deadline feed: the store host's side of the alerts. It tells the alert
 * runtime (main, or the web harness page) every running or paused clock of
 * every open case that concerns the desk user — a full feed at start and
 * whenever the context changes (desk user, what they follow, the policy),
 * then only what changed after each committed command. "Concerns" is the
 * alert policy's own test (`planFor`), which the runtime applies again: an
 * agent's runtime holds their own few entries, not the desk's 100,000, and a
 * case that stops concerning them leaves as a removal. Work runs one update
 * after another, in the background, so a delta never overtakes the full feed
 * it applies to.
 */
import { ERASURE_ALERT_ROLES, type AlertContext, type DeadlineEntry, type EntryAlertState, type FeedMessage } from '../../../src-main/core/alert-feed';
import { planFor } from '../../../src-main/core/alert-policy';
import type { CaseRecord } from '../../domain/cases/case';
import { CLOCK_KINDS } from '../../domain/clocks/clock';
import { FINAL_STATUSES } from '../../domain/lifecycle/machine';
import { erasureKey, type ErasureRequest } from '../../domain/privacy/erasure';
import { TrackingQuerySchema } from '../../domain/tracking/query';
import type { Asker } from '../../domain/tracking/reference';
import { CASE_CHUNK, forEachCaseOf, forEachCaseSlice, forEachOpenCaseChunk } from '../core/case-chunks';
import type { DeskDb } from '../db';
import type { ChangeEvent } from '../rpc/define';
import { caseIndexFor } from '../search/case-index';
import { readOpenRequests, readRequests } from '../services/privacy/requests';
import { POLICY_KEY, readAlertContext } from './context';
import { caseIdOfKey, deadlineEntriesOf, entryKey, erasureEntryKey, erasureEntryOf, erasureNoOfKey } from './entries';
import { recordReport, type ReportOutcome } from './log';

export interface DeadlineFeedOptions {
  publish(message: FeedMessage): void;
  now?: () => number;
  /** Cases read per chunk (tests make it small to cross chunk borders). */
  chunkSize?: number;
}

export interface DeadlineFeed {
  /** Reads the context and every open case, then publishes the first full feed. */
  start(): Promise<void>;
  /** Committed changes (as the dispatcher publishes them): queues the deltas or the full feed they call for. */
  onChanges(events: readonly ChangeEvent[]): void;
  /** A report of the runtime (validated here); the keys whose log or state was written, or why it was refused. */
  report(payload: unknown): Promise<ReportOutcome>;
  /** Resolves when every queued update has been published. */
  idle(): Promise<void>;
  /** Publishes nothing more (the host is stopping). */
  stop(): void;
}

const EVERYTHING = '*';
/** The longest delay `setTimeout` keeps (~24.8 days). */
const MAX_TIMER_MS = 2_147_483_647;
/** A session is idle only after its last use plus the idle time: look a moment later. */
const EXPIRY_MARGIN_MS = 1_000;

/**
 * What the runtime was last told about an entry, as a 32-bit FNV-1a hash of
 * it: 100,000 cases' entries kept as numbers, not as objects or strings.
 */
export function fingerprint(entry: DeadlineEntry): number {
  const text = JSON.stringify(entry);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * The ended cases, not archived, whose reply deadline still runs: closed or redirected, owing the
 * referring body (12315) their final reply — the rule `deadlineEntriesOf` keeps an ended case's entry
 * by (a terminated case owes it too, but its clock stands paused: no entry). IndexedDB has no index
 * that finds only them: `referralNo` misses a referral registered without its ticket number (or
 * anonymised), and the channel is not indexed. The tracking index has them in memory, current with
 * every committed change.
 */
const ENDED_OWING_REPLY = TrackingQuerySchema.parse({
  filter: { statuses: FINAL_STATUSES.filter((status) => status !== 'terminated'), referral: ['owed'], archived: 'active' },
});
/** Who asks does not matter to that filter (no 我的, no approvals, no search). */
const FEED_ASKER: Asker = { id: 'deadline-feed', role: 'admin' };

/**
 * Those cases' ids — from the tracking index only when it is built and current. The alerts must not
 * wait for its build (seconds at 100,000 cases, much longer beside a backup), nor fail with it: until
 * then, or when it fails, every ended case not yet archived is read instead (the weeks or years before
 * archiving, as the administrator sets it), as before the index knew the filter; the entries are the
 * same either way.
 */
async function endedCasesOwingReply(db: DeskDb, now: number): Promise<readonly string[]> {
  const index = caseIndexFor(db);
  if (index.ready()) {
    try {
      const snapshot = await index.answer(ENDED_OWING_REPLY, FEED_ASKER, now);
      return index.rows(snapshot, 0, snapshot.ordinals.length, FEED_ASKER).map((row) => row.id);
    } catch (error) {
      console.warn('the tracking index could not list the ended cases owing a 12315 reply; reading every ended case instead', error);
    }
  }
  return db.cases.where('[archived+closedAt]').between([0, -Infinity], [0, Infinity]).primaryKeys();
}

export function createDeadlineFeed(db: DeskDb, { publish, now = Date.now, chunkSize = CASE_CHUNK }: DeadlineFeedOptions): DeadlineFeed {
  let context: AlertContext | null = null;
  let contextJson = '';
  /** key → fingerprint of every entry the runtime holds: what a delta compares with, and what it removes. */
  let told = new Map<string, number>();
  let started = false;
  let stopped = false;
  /** A failed update leaves `told` unreliable: the next update is a full feed. */
  let stale = false;
  let expiry: ReturnType<typeof setTimeout> | undefined;
  let chain: Promise<void> = Promise.resolve();

  function enqueue(work: () => Promise<void>): Promise<void> {
    chain = chain
      .then(() => (stopped ? undefined : work()))
      .catch((error: unknown) => {
        stale = true;
        // A read cut short by the database closing at quit is no failure.
        if (!stopped) console.error('deadline feed update failed', error);
      });
    return chain;
  }

  const send = (message: FeedMessage) => {
    if (!stopped) publish(message);
  };

  /** Reads the context; true when it differs from the one the runtime has. */
  async function refreshContext(): Promise<boolean> {
    const reading = await readAlertContext(db, now());
    armExpiry(reading.expiresAt);
    const json = JSON.stringify(reading.context);
    if (json === contextJson) return false;
    context = reading.context;
    contextJson = json;
    return true;
  }

  /** The desk user's session goes idle without any command: the context is read again then. */
  function armExpiry(at: number | null): void {
    clearTimeout(expiry);
    expiry = undefined;
    if (at === null || stopped) return;
    const delay = Math.min(Math.max(0, at - now()) + EXPIRY_MARGIN_MS, MAX_TIMER_MS);
    expiry = setTimeout(() => void enqueue(async () => void ((await refreshContext()) && (await reset()))), delay);
  }

  /** Users' departments (a few dozen rows), for cases not yet graded into one. */
  async function readDepartments(): Promise<(userId: string) => string | undefined> {
    const departments = new Map((await db.users.toArray()).map((user) => [user.id, user.department]));
    return (userId) => departments.get(userId);
  }

  /** Whether the runtime would keep the entry: the desk user hears of it in some capacity. */
  function concerns({ policy, recipient }: AlertContext): (entry: DeadlineEntry) => boolean {
    return (entry) => planFor(entry, recipient, policy) !== null;
  }

  /** Whether the desk user answers deletion requests, and so hears of their reply deadlines (the requests are read only then). */
  const answersRequests = ({ recipient }: AlertContext) => recipient !== null && (ERASURE_ALERT_ROLES as readonly string[]).includes(recipient.role);

  /** The reply deadlines of `requests` (absent: gone) as entries, by key, each its user's state carried. */
  async function erasureEntries(requests: ReadonlyArray<ErasureRequest | undefined>): Promise<Map<string, DeadlineEntry>> {
    const { policy, recipient } = context!;
    const found = new Map<string, DeadlineEntry>();
    const present = requests.filter((request): request is ErasureRequest => request !== undefined);
    if (!recipient || present.length === 0) return found;
    const states = await db.alertStates.bulkGet(present.map((request): [string, string] => [erasureEntryKey(request.no), recipient.id]));
    const byKey = new Map(states.flatMap((state) => (state ? [[state.key, state] as const] : [])));
    const relevant = concerns(context!);
    for (const request of present) {
      const entry = erasureEntryOf(request, policy, (key) => byKey.get(key));
      if (entry && relevant(entry)) found.set(entry.key, entry);
    }
    return found;
  }

  async function reset(): Promise<void> {
    const { policy, recipient } = context!;
    const relevant = concerns(context!);
    const states = new Map<string, EntryAlertState>();
    if (recipient) for (const row of await db.alertStates.where('userId').equals(recipient.id).toArray()) states.set(row.key, row);
    // By key: a case closed between the two reads below is read twice, and its later entry stands.
    const entries = new Map<string, DeadlineEntry>();
    const next = new Map<string, number>();
    const departmentOf = await readDepartments();
    const visit = (chunk: CaseRecord[]) => {
      for (const record of chunk) {
        for (const entry of deadlineEntriesOf(record, policy, (key) => states.get(key), departmentOf)) {
          if (!relevant(entry)) continue;
          entries.set(entry.key, entry);
          next.set(entry.key, fingerprint(entry));
        }
      }
    };
    await forEachOpenCaseChunk(db, visit, chunkSize);
    // A closed or redirected case may still owe the referring body its reply (entries.ts): once the tracking
    // index is built only those are read, not every ended case of the archive period (up to ten years of them).
    await forEachCaseOf(db, await endedCasesOwingReply(db, now()), visit, chunkSize);
    if (answersRequests(context!)) {
      for (const [key, entry] of await erasureEntries(await readOpenRequests(db))) {
        entries.set(key, entry);
        next.set(key, fingerprint(entry));
      }
    }
    told = next;
    stale = false;
    send({ type: 'reset', context: context!, entries: [...entries.values()] });
  }

  /**
   * A delta being made: each key `note`d with the entry that stands for it now (undefined: none) is
   * an upsert when it differs from what the runtime holds, a removal when the runtime holds it and
   * it is gone; `send` publishes them, if any.
   */
  function deltaOf() {
    const upserts: DeadlineEntry[] = [];
    const removals: string[] = [];
    return {
      note(key: string, entry: DeadlineEntry | undefined): void {
        const before = told.get(key);
        if (entry) {
          const print = fingerprint(entry);
          if (print === before) return;
          told.set(key, print);
          upserts.push(entry);
        } else if (before !== undefined) {
          told.delete(key);
          removals.push(key);
        }
      },
      send(): void {
        if (upserts.length > 0 || removals.length > 0) send({ type: 'delta', upserts, removals });
      },
    };
  }

  /** Entries of `caseIds` that differ from what the runtime holds, and removals for those gone or no longer of concern. */
  async function delta(caseIds: readonly string[]): Promise<void> {
    const { policy, recipient } = context!;
    const relevant = concerns(context!);
    const changes = deltaOf();
    const departmentOf = await readDepartments();
    await forEachCaseSlice(db, caseIds, async (ids, records) => {
      const states = new Map<string, EntryAlertState>();
      if (recipient) {
        const keys = records.flatMap((record) => (record ? CLOCK_KINDS.filter((kind) => record.clocks[kind]).map((kind) => entryKey(record.id, kind)) : []));
        for (const row of await db.alertStates.bulkGet(keys.map((key): [string, string] => [key, recipient.id]))) if (row) states.set(row.key, row);
      }
      ids.forEach((caseId, n) => {
        const record = records[n];
        const entries = new Map<string, DeadlineEntry>();
        if (record) for (const entry of deadlineEntriesOf(record, policy, (key) => states.get(key), departmentOf)) if (relevant(entry)) entries.set(entry.key, entry);
        for (const kind of CLOCK_KINDS) {
          const key = entryKey(caseId, kind);
          changes.note(key, entries.get(key));
        }
      });
    }, chunkSize);
    changes.send();
  }

  /** The reply deadlines of the deletion requests `nos` that differ from what the runtime holds, and removals for those answered or gone. */
  async function erasureDelta(nos: readonly string[]): Promise<void> {
    const entries = await erasureEntries(answersRequests(context!) ? await readRequests(db, nos) : []);
    const changes = deltaOf();
    for (const no of nos) changes.note(erasureEntryKey(no), entries.get(erasureEntryKey(no)));
    changes.send();
  }

  return {
    start() {
      started = true;
      return enqueue(async () => {
        await refreshContext();
        await reset();
      });
    },

    onChanges(events) {
      if (!started || stopped) return;
      let everything = false;
      let recheck = false;
      const prefsOf = new Set<string>();
      const caseIds = new Set<string>();
      const requestNos = new Set<string>();
      for (const { area, ids } of events) {
        if (area === 'cases' || area === 'alerts') {
          if (ids.includes(EVERYTHING)) everything = true;
          for (const id of ids) {
            if (id === EVERYTHING) continue;
            const no = area === 'alerts' ? erasureNoOfKey(id) : undefined;
            if (no !== undefined) requestNos.add(no);
            else caseIds.add(area === 'cases' ? id : caseIdOfKey(id));
          }
        } else if (area === 'settings') {
          recheck ||= ids.includes(POLICY_KEY) || ids.includes(EVERYTHING);
          // A deletion request recorded, answered or delivered (kept in the settings table as `erasure:<no>`).
          for (const id of ids) if (id.startsWith(erasureKey(''))) requestNos.add(id.slice(erasureKey('').length));
          everything ||= ids.includes(EVERYTHING);
        } else if (area === 'users') {
          // The desk user may be the one changed; and any user's department is the department of the cases
          // they own that are not graded yet, which decides who hears of them: a full feed (users change rarely).
          recheck = true;
          everything = true;
        } else if (area === 'sessions') {
          recheck = true;
        } else if (area === 'prefs') {
          for (const id of ids) prefsOf.add(id);
        }
      }
      if (!everything && !recheck && caseIds.size === 0 && requestNos.size === 0 && prefsOf.size === 0) return;
      void enqueue(async () => {
        // Only the desk user's own preferences (what they follow) matter here.
        const follows = context?.recipient ? prefsOf.has(context.recipient.id) || prefsOf.has(EVERYTHING) : false;
        // No context yet (the first read failed): read it, which makes this a full feed.
        const changed = (recheck || follows || context === null) && (await refreshContext());
        if (changed || everything || stale) return reset();
        if (caseIds.size > 0) await delta([...caseIds]);
        if (requestNos.size > 0) await erasureDelta([...requestNos]);
      });
    },

    report: (payload) => recordReport(db, payload, now()),

    async idle() {
      let current: Promise<void>;
      do {
        current = chain;
        await current;
      } while (current !== chain);
    },

    stop() {
      stopped = true;
      clearTimeout(expiry);
      expiry = undefined;
    },
  };
}
