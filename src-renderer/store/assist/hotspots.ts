/**
 * Hot-spots as the store host finds them, kept cheap at 100,000 cases:
 * - which cases are in the windows, and their category now, come from the
 *   tracking index's facts (in memory, current after `facts()`);
 * - their texts are digested once and kept until the case changes (a
 *   correction of its description or product): the whole window is read by
 *   the `[receivedAt+id]` index in keyset chunks when little of it is known
 *   (first use, a wider window), otherwise only new and changed cases are
 *   read by key;
 * - the answer is kept until a case changes (the index's version), the
 *   settings change, the day changes or a few minutes pass.
 */
import { Dexie } from 'dexie';
import type { CaseRecord } from '../../domain/cases/case';
import type { CaseFacts } from '../../domain/dashboard/facts';
import { hotspotWindow, type HotspotSettings, type HotspotsAnswer } from '../../domain/assist/hotspots';
import { digestCase, findHotspotsIn, type CaseDigest, type DigestedCase } from '../../domain/assist/hotspots-find';
import type { DeskDb } from '../db';
import { caseIndexFor } from '../search/case-index';

const CHUNK = 2_000;
/** More unknown cases than this (or than a tenth of the window) are read as the window's range rather than one by one. */
const READ_BY_KEY_MAX = 500;
/** A kept answer is reused for this long at most, even with no change at all. */
const HOTSPOTS_MAX_AGE_MS = 5 * 60_000;

/** Every case received in [from, to], oldest first, read `chunkSize` at a time after the last one read. */
export async function casesReceivedBetween(db: DeskDb, from: number, to: number, chunkSize = CHUNK): Promise<CaseRecord[]> {
  const out: CaseRecord[] = [];
  let lower: [number, string | typeof Dexie.minKey] = [from, Dexie.minKey];
  let includeLower = true;
  for (;;) {
    const chunk = await db.cases.where('[receivedAt+id]').between(lower, [to, Dexie.maxKey], includeLower, true).limit(chunkSize).toArray();
    out.push(...chunk);
    if (chunk.length < chunkSize) return out;
    const last = chunk.at(-1)!;
    lower = [last.receivedAt, last.id];
    includeLower = false;
  }
}

interface Digests {
  byId: Map<string, CaseDigest>;
  /** Computations run one after another: one must not forget digests another is about to use. */
  queue: Promise<unknown>;
  /** One string per distinct bigram, shared by the digests. */
  grams: Map<string, string>;
  /** Records read so far (for tests and measurements). */
  read: number;
}

interface Kept {
  key: string;
  at: number;
  answer: Promise<HotspotsAnswer>;
}

const digestsOf = new WeakMap<DeskDb, Digests>();
const kept = new WeakMap<DeskDb, Kept>();

/** How many case records hot-spot detection has read from this database. */
export function hotspotRecordsRead(db: DeskDb): number {
  return digestsOf.get(db)?.read ?? 0;
}

function digestsFor(db: DeskDb): Digests {
  let digests = digestsOf.get(db);
  if (!digests) digestsOf.set(db, (digests = { byId: new Map(), queue: Promise.resolve(), grams: new Map(), read: 0 }));
  return digests;
}

/**
 * Cases that changed (`noteChanges`): their kept digests are dropped, to be read again when next
 * in a window. Most commands leave the texts alone; re-reading a few cases by key is cheaper than
 * telling which did.
 */
export function forgetHotspotTexts(db: DeskDb, ids: readonly string[]): void {
  const digests = digestsOf.get(db);
  if (digests) for (const id of ids) digests.byId.delete(id);
}

/** The cases of the window [from, to] (their facts), digested: known digests reused, the rest read. */
async function windowCases(db: DeskDb, digests: Digests, inWindow: readonly CaseFacts[], from: number, to: number): Promise<DigestedCase[]> {
  const missing = inWindow.filter((fact) => !digests.byId.has(fact.id)).map((fact) => fact.id);
  const { grams } = digests;
  const intern = (gram: string) => grams.get(gram) ?? (grams.set(gram, gram), gram);
  const add = (records: readonly (CaseRecord | undefined)[]) => {
    for (const record of records) if (record) digests.byId.set(record.id, digestCase(record, intern));
    digests.read += records.length;
  };
  if (missing.length > Math.max(READ_BY_KEY_MAX, inWindow.length / 10)) add(await casesReceivedBetween(db, from, to));
  else for (let start = 0; start < missing.length; start += CHUNK) add(await db.cases.bulkGet(missing.slice(start, start + CHUNK)));
  // Cases that left the window (a day passed, a narrower setting) are forgotten.
  if (digests.byId.size > inWindow.length) {
    const wanted = new Set(inWindow.map((fact) => fact.id));
    for (const id of digests.byId.keys()) if (!wanted.has(id)) digests.byId.delete(id);
  }
  return inWindow.flatMap((fact) => {
    const digest = digests.byId.get(fact.id);
    return digest ? [{ id: fact.id, receivedAt: fact.receivedAt, category: fact.category, ...digest }] : [];
  });
}

/** The hot-spots at `now`: a kept answer while nothing it depends on changed, otherwise a fresh one. */
export async function hotspotsAt(db: DeskDb, settings: HotspotSettings, now: number): Promise<HotspotsAnswer> {
  const index = caseIndexFor(db);
  const facts = await index.facts();
  // Read right after facts(): the version the facts are at.
  const key = JSON.stringify([index.stats().version, settings]);
  const previous = kept.get(db);
  if (previous && previous.key === key && now >= previous.at && now - previous.at < HOTSPOTS_MAX_AGE_MS && sameDay(previous.at, now)) {
    return previous.answer;
  }
  const window = hotspotWindow(now, settings);
  // The facts are taken now, in this version; the texts are read when the computations before this one are done.
  const inWindow = facts.filter((fact): fact is CaseFacts => fact !== undefined && fact.receivedAt >= window.baselineFrom && fact.receivedAt <= now);
  const digests = digestsFor(db);
  const answer = digests.queue.then(() => windowCases(db, digests, inWindow, window.baselineFrom, now)).then((cases) => findHotspotsIn(cases, settings, now));
  digests.queue = answer.catch(() => undefined);
  kept.set(db, { key, at: now, answer });
  // A failed read is not kept.
  answer.catch(() => kept.get(db)?.answer === answer && kept.delete(db));
  return answer;
}

function sameDay(a: number, b: number): boolean {
  return new Date(a).toDateString() === new Date(b).toDateString();
}
