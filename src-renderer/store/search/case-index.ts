/**
 * The tracking index of the store host: every case's filterable and sortable
 * fields held in columns (see columns.ts), built from IndexedDB once and then
 * kept current from the change events of committed commands. Queries filter,
 * count and sort in memory; answers are kept as snapshots, so scrolling
 * further into a result reads a slice of it instead of querying again.
 */
import { dependsOnTime, type TrackingQuery } from '../../domain/tracking/query';
import type { Asker } from '../../domain/tracking/reference';
import { APPROVAL_KINDS, mayViewContacts, searchesContacts, type ApprovalKind, type TrackingRow } from '../../domain/tracking/row';
import { BACKGROUND_CHUNK, CASE_CHUNK, forEachCaseChunk, forEachCaseSlice } from '../core/case-chunks';
import type { CaseRecord } from '../../domain/cases/case';
import type { DeskDb } from '../db';
import type { CaseFacts } from '../../domain/dashboard/facts';
import { isOpenStatus } from '../../domain/dashboard/figures';
import { createContactIndex, updateContacts } from '../../domain/dashboard/repeat-contacts';
import { awaitingOf, createColumns, removeCase, upsertCase, type Columns } from './columns';
import { rowAt } from './row-at';
import { createSnapshotCache, type Snapshot } from './snapshots';
import { matchOrdinals, type RepeatLinks, type Tally } from './filter';
import { sortOrdinals } from './sort';
import { perDatabase } from '../core/per-database';
import { asJob, otherJobRunning } from '../jobs/registry';

/**
 * Reading the store in chunks keeps the host responsive and its memory flat while the index is built.
 * Each chunk is decoded on the host's thread in one go, and every other call (a case opened, a
 * command) waits behind it. 100,000 cases on disk, a `cases.get` during the build after a restart
 * (three restarts each): chunks of 5,000, 190 ms median and up to 1.3 s; of 1,000, 50 ms; of 200,
 * 10 ms; of 100, 6 ms (max 120 ms). The build took 4.5–5.7 s with every size.
 */
const BUILD_CHUNK = BACKGROUND_CHUNK;
/**
 * While a backup, restore or chain check runs, each of the build's requests queues behind a slice
 * of that job's synchronous work (a backup encodes 2,000 rows between two reads of its snapshot):
 * 100,000 cases read 100 at a time made the first tracking table wait 39 s instead of 6.5 s. Read
 * in large chunks then, paying that wait 20 times less often.
 */
const CONTENDED_CHUNK = CASE_CHUNK;
/** Cases read per request by a database's build, when not `BUILD_CHUNK` (tests count the slices of a small desk). */
const buildChunks = new WeakMap<DeskDb, number>();
export const setIndexBuildChunk = (db: DeskDb, size: number): void => void buildChunks.set(db, size);
/** Answers that depend on the time (overdue, due soon) are recomputed at least this often. */
const TIME_GRAIN_MS = 15_000;
export const EVERYTHING = '*';

export interface CaseIndex {
  /** Records that cases changed (`'*'`: re-read everything); applied before the next query. */
  markChanged(ids: readonly string[]): void;
  /**
   * Cases just committed, handed over whole by their writer (an import's batches) so they need not
   * be read back: applied before the next query. A later `markChanged` of one of them wins.
   */
  markWritten(records: readonly CaseRecord[]): void;
  /** Builds or refreshes the index now (the host starts this at launch so the first query does not wait). */
  prepare(): Promise<void>;
  /**
   * Built and not due for a rebuild: a query now costs at most reading the cases changed since. False
   * until the first build ends, and while a rebuild is due or runs (everything changed: a restore, a seed).
   */
  ready(): boolean;
  /**
   * The answer to `query` for `asker`: a kept snapshot when still valid, otherwise a fresh one.
   * `snapshot` names an earlier answer to read as it was; `repeatWindowDays` is needed when the
   * filter asks for repeat complaints.
   */
  answer(query: TrackingQuery, asker: Asker, now: number, options?: { snapshot?: string; repeatWindowDays?: number }): Promise<Snapshot>;
  rows(snapshot: Snapshot, start: number, count: number, asker: Asker): TrackingRow[];
  /** The current rows of these cases, in the order given; cases that no longer exist are left out. */
  rowsOf(ids: readonly string[], asker: Asker): Promise<TrackingRow[]>;
  /** Position of a case in a snapshot, -1 when it is not in it. */
  positionOf(snapshot: Snapshot, caseId: string): number;
  /** Departments and owners that occur in cases (for the filter choices). */
  facets(): Promise<{ departments: string[]; owners: { id: string; name: string }[] }>;
  /** `builds`: full reads of the store so far (a query during the warm-up shares it: one). */
  stats(): { cases: number; version: number; builtMs: number; builds: number };
  /** Every case's dashboard facts, current (slots of removed cases are empty). */
  facts(): Promise<readonly (CaseFacts | undefined)[]>;
  /**
   * The facts, and for each of their slots the slot of the same customer's latest earlier case (-1: none),
   * from one refresh: a rebuild in between would number the two differently.
   */
  repeatLinks(): Promise<{ facts: readonly (CaseFacts | undefined)[]; previous: Int32Array }>;
  /** How many cases still being handled each owner has (owners with none are absent). */
  openCasesByOwner(): Promise<Map<string, number>>;
  /**
   * Cases waiting for each kind of approval, whoever may give it; and of those waiting for an
   * extension's, how many each asker asked for (nobody decides their own).
   */
  awaitingByKind(): Promise<{ counts: Record<ApprovalKind, number>; extensionAskers: Map<string, number> }>;
}

/** One index per open database, created on first use. */
export const caseIndexFor: (db: DeskDb) => CaseIndex = perDatabase(createCaseIndex);

function createCaseIndex(db: DeskDb): CaseIndex {
  let columns: Columns = createColumns();
  let built = false;
  let rebuild = false;
  let version = 0;
  let builtMs = 0;
  let builds = 0;
  let snapshotCounter = 0;
  const dirty = new Set<string>();
  // Handed over by a writer while the index was being built: applied once the build is in place.
  const written = new Map<string, CaseRecord>();
  let building = false;
  const snapshots = createSnapshotCache();
  // Every live case in each sort order asked for, per version: a query then only filters, already in order.
  const orders = new Map<string, { version: number; order: Int32Array }>();

  function orderFor(sort: TrackingQuery['sort']): Int32Array {
    const key = `${sort.key}:${sort.dir}`;
    const cached = orders.get(key);
    if (cached && cached.version === version) return cached.order;
    const live = new Int32Array(columns.size);
    let count = 0;
    for (let i = 0; i < columns.size; i += 1) if (columns.alive[i] === 1) live[count++] = i;
    const order = sortOrdinals(columns, live.subarray(0, count), sort);
    orders.set(key, { version, order });
    return order;
  }
  // Each case's customer's previous case, brought up to date from the facts when the version moved.
  const contacts = createContactIndex();
  let contactsVersion = -1;
  let previous: Int32Array = new Int32Array(0);
  function previousContacts(): Int32Array {
    if (contactsVersion !== version) {
      previous = updateContacts(contacts, columns.facts);
      contactsVersion = version;
    }
    return previous;
  }

  // Refreshes run one after another, so two queries never apply the same changes twice.
  let refreshing: Promise<void> = Promise.resolve();

  async function build(): Promise<void> {
    building = true;
    try {
      const started = performance.now();
      builds += 1;
      // A job everybody may follow: the tracking table and the dashboard show 正在建立索引 n% meanwhile.
      columns = await asJob(db, 'caseIndex', null, async (job) => {
        const total = await db.cases.count();
        const next = createColumns(Math.max(1024, total));
        // Anything changed or written before this point is read below; changes from now on stay marked.
        dirty.clear();
        written.clear();
        rebuild = false;
        job.phase('reading', total);
        const size = () => (otherJobRunning(db) ? CONTENDED_CHUNK : (buildChunks.get(db) ?? BUILD_CHUNK));
        const read = (chunk: CaseRecord[]) => {
          for (const record of chunk) upsertCase(next, record);
          job.advance(chunk.length);
        };
        await forEachCaseChunk(db, read, size);
        return next;
      });
      orders.clear();
      built = true;
      builtMs = performance.now() - started;
    } catch (error) {
      // Built again by the next query (the changes marked before it were cleared above).
      rebuild = true;
      throw error;
    } finally {
      building = false;
    }
  }

  async function applyDirty(): Promise<void> {
    if (dirty.size === 0) return;
    const ids = [...dirty];
    dirty.clear();
    try {
      await forEachCaseSlice(db, ids, (slice, records) => records.forEach((record, n) => (record ? upsertCase(columns, record) : removeCase(columns, slice[n]!))));
    } catch (error) {
      // Read again by the next query (upserting a case twice is harmless).
      for (const id of ids) dirty.add(id);
      throw error;
    }
  }

  function applyWritten(): void {
    for (const record of written.values()) upsertCase(columns, record);
    written.clear();
  }

  function refresh(): Promise<void> {
    // A failed refresh (the database closing under a build) must not fail every later query.
    refreshing = refreshing.catch(() => undefined).then(async () => {
      const changes = !built || rebuild || dirty.size > 0 || written.size > 0;
      if (!built || rebuild) await build();
      await applyDirty();
      applyWritten();
      if (changes) version += 1;
    });
    return refreshing;
  }

  return {
    markChanged(ids) {
      if (ids.includes(EVERYTHING)) rebuild = true;
      else
        for (const id of ids) {
          dirty.add(id);
          written.delete(id);
        }
    },

    markWritten(records) {
      const fresh = records.filter((record) => !dirty.has(record.id));
      if (!built || rebuild || building) {
        for (const record of fresh) written.set(record.id, record);
        return;
      }
      // At once, not at the next query: an import's 100k records are not kept waiting in memory.
      for (const record of fresh) upsertCase(columns, record);
      if (fresh.length > 0) version += 1;
    },

    prepare: () => refresh(),

    ready: () => built && !rebuild && !building,

    async answer(query, asker, now, { snapshot: snapshotId, repeatWindowDays } = {}) {
      // A pinned snapshot (an export in progress) is served as it was, even after changes.
      const pinned = snapshotId === undefined ? undefined : snapshots.get(snapshotId);
      await refresh();
      let repeats: RepeatLinks | undefined;
      if (query.filter.repeated) {
        if (repeatWindowDays === undefined) throw new Error('a filter on repeat complaints needs the repeat window');
        repeats = { previous: previousContacts(), windowDays: repeatWindowDays };
      }
      const key = JSON.stringify([query, asker.id, asker.role, searchesContacts(asker), repeats?.windowDays ?? null]);
      const grain = dependsOnTime(query.filter) ? Math.floor(now / TIME_GRAIN_MS) : 0;
      if (pinned && pinned.key === key) return snapshots.keep(pinned, now);
      const kept = snapshots.find(key, version, grain);
      if (kept) return snapshots.keep(kept, now);
      const tally: Tally = { archived: 0 };
      const ordinals = matchOrdinals(columns, query.filter, asker, now, orderFor(query.sort), repeats, tally);
      snapshotCounter += 1;
      return snapshots.keep({ id: `s${snapshotCounter}`, key, version, grain, ordinals, archivedMatches: tally.archived, columns, usedAt: now }, now);
    },

    rows(snapshot, start, count, asker) {
      const showContacts = mayViewContacts(asker.role);
      const out: TrackingRow[] = [];
      const end = Math.min(snapshot.ordinals.length, start + count);
      for (let n = start; n < end; n += 1) out.push(rowAt(snapshot.columns, snapshot.ordinals[n]!, showContacts));
      return out;
    },

    async rowsOf(ids, asker) {
      await refresh();
      const showContacts = mayViewContacts(asker.role);
      return ids.flatMap((id) => {
        const i = columns.ordinals.get(id);
        return i === undefined || columns.alive[i] === 0 ? [] : [rowAt(columns, i, showContacts)];
      });
    },

    positionOf(snapshot, caseId) {
      const ordinal = snapshot.columns.ordinals.get(caseId);
      return ordinal === undefined ? -1 : snapshot.ordinals.indexOf(ordinal);
    },

    async facets() {
      await refresh();
      const departments = columns.departments.filter((d) => d !== '');
      const owners = columns.ownerIds.flatMap((id, code) => (id === '' ? [] : [{ id, name: columns.ownerNames[code] ?? id }]));
      return { departments, owners };
    },

    stats: () => ({ cases: columns.ordinals.size, version, builtMs, builds }),

    async facts() {
      await refresh();
      return columns.facts;
    },

    async repeatLinks() {
      await refresh();
      return { facts: columns.facts, previous: previousContacts() };
    },

    async openCasesByOwner() {
      await refresh();
      const counts = new Map<string, number>();
      for (let i = 0; i < columns.size; i += 1) {
        const fact = columns.facts[i];
        if (columns.alive[i] !== 1 || !fact || !isOpenStatus(fact.status)) continue;
        const owner = columns.ownerIds[columns.owner[i]!];
        if (owner) counts.set(owner, (counts.get(owner) ?? 0) + 1);
      }
      return counts;
    },

    async awaitingByKind() {
      await refresh();
      const counts = Object.fromEntries(APPROVAL_KINDS.map((kind) => [kind, 0])) as Record<ApprovalKind, number>;
      const extensionAskers = new Map<string, number>();
      for (let i = 0; i < columns.size; i += 1) {
        if (columns.alive[i] !== 1) continue;
        const kind = awaitingOf(columns.flags[i]!);
        if (!kind) continue;
        counts[kind] += 1;
        if (kind !== 'extension') continue;
        const asker = columns.askerIds[columns.approvalAsker[i]!] ?? '';
        extensionAskers.set(asker, (extensionAskers.get(asker) ?? 0) + 1);
      }
      return { counts, extensionAskers };
    },
  };
}
