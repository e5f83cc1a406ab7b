/**
 * The month's 批量投诉苗头 as the store host finds them, kept cheap at 100,000 cases:
 * - the cases of the detection window (the month's days and the baseline before its first) come
 *   from the tracking index's facts; their texts are digested once and kept while their facts are
 *   the same objects (the index makes a case's facts afresh whenever the case changes), so after a
 *   change only the changed cases are read again, by key;
 * - the answer is kept while the window's cases are the same (the same facts: none changed, none
 *   came) and the settings too, so work on today's cases leaves a past month's answer alone; when
 *   some changed, only what the detector reads of them is compared (a new status changes nothing);
 *   for the month under way, it is also looked at again once the day changes or a few minutes pass;
 * - the detector runs only on the days where something can rise (domain/reports/hotspots-scan.ts).
 */
import type { HotspotSettings } from '../../../domain/assist/hotspots';
import { digestCase, type CaseDigest } from '../../../domain/assist/hotspots-find';
import type { CaseRecord } from '../../../domain/cases/case';
import type { CaseFacts } from '../../../domain/dashboard/facts';
import { detectionWindow, monthHotspots, type MonthHotspot, type NumberedCase } from '../../../domain/reports/hotspots';
import { monthKey, monthPeriod, type Month } from '../../../domain/reports/monthly';
import { casesReceivedBetween } from '../../assist/hotspots';
import type { DeskDb } from '../../db';

const CHUNK = 2_000;
/** More unknown cases than this (or than a tenth of the window) are read as the window's range rather than one by one. */
const READ_BY_KEY_MAX = 500;
/** The answer for the month under way is reused this long at most. */
const MAX_AGE_MS = 5 * 60_000;
/** Answers kept per database: a few months looked at in turn. */
const KEPT_ANSWERS = 4;

interface Digested {
  fact: CaseFacts;
  digest: CaseDigest;
}

interface Kept {
  byId: Map<string, Digested>;
  grams: Map<string, string>;
  /** Computations run one after another: one must not forget digests another is about to use. */
  queue: Promise<unknown>;
  answers: Map<string, Answer>;
  /** Case records read, and detections run, so far (for tests and measurements). */
  read: number;
  computed: number;
}

interface Answer {
  key: string;
  facts: readonly CaseFacts[];
  /** What the detector read, once read: the same again (a case's status changed, not its text) needs no new look. */
  inputs?: readonly NumberedCase[];
  at: number;
  lines: Promise<MonthHotspot[]>;
}

const keptOf = new WeakMap<DeskDb, Kept>();

function keptFor(db: DeskDb): Kept {
  let kept = keptOf.get(db);
  if (!kept) keptOf.set(db, (kept = { byId: new Map(), grams: new Map(), queue: Promise.resolve(), answers: new Map(), read: 0, computed: 0 }));
  return kept;
}

/** How many case records the month's hot-spot detection has read from this database, and how often it ran. */
export function monthHotspotStats(db: DeskDb): { read: number; computed: number } {
  const kept = keptOf.get(db);
  return { read: kept?.read ?? 0, computed: kept?.computed ?? 0 };
}

async function windowCases(db: DeskDb, kept: Kept, inWindow: readonly CaseFacts[], from: number, to: number): Promise<NumberedCase[]> {
  const stale = inWindow.filter((fact) => kept.byId.get(fact.id)?.fact !== fact);
  const factOf = new Map(stale.map((fact) => [fact.id, fact]));
  const intern = (gram: string) => kept.grams.get(gram) ?? (kept.grams.set(gram, gram), gram);
  const add = (records: readonly (CaseRecord | undefined)[]) => {
    kept.read += records.length;
    for (const record of records) {
      const fact = record && factOf.get(record.id);
      if (!fact) continue;
      // A case whose texts did not change keeps its digest: the detector's inputs are then the same objects.
      const digest = digestCase(record, intern);
      const old = kept.byId.get(record.id)?.digest;
      kept.byId.set(record.id, { fact, digest: old && sameDigest(old, digest) ? old : digest });
    }
  };
  if (stale.length > Math.max(READ_BY_KEY_MAX, inWindow.length / 10)) add(await casesReceivedBetween(db, from, to));
  else for (let start = 0; start < stale.length; start += CHUNK) add(await db.cases.bulkGet(stale.slice(start, start + CHUNK).map((fact) => fact.id)));
  // Only the window asked for last is kept: a month's cases, not the desk's.
  if (kept.byId.size > inWindow.length) {
    const wanted = new Set(inWindow.map((fact) => fact.id));
    for (const id of kept.byId.keys()) if (!wanted.has(id)) kept.byId.delete(id);
  }
  return inWindow.flatMap((fact) => {
    const known = kept.byId.get(fact.id);
    return known ? [{ id: fact.id, no: fact.no, receivedAt: fact.receivedAt, category: fact.category, ...known.digest }] : [];
  });
}

/** The hot-spots found on the days of `month` up to `now`, among the cases of `facts` (the index's). */
export function hotspotsOfMonth(
  db: DeskDb,
  facts: readonly (CaseFacts | undefined)[],
  settings: HotspotSettings,
  month: Month,
  now: number,
): Promise<MonthHotspot[]> {
  const window = detectionWindow(month, settings, now);
  if (!window) return Promise.resolve([]);
  const kept = keptFor(db);
  const name = monthKey(month);
  const underWay = monthPeriod(month).to > now;
  const key = JSON.stringify([settings, underWay, window.from]);
  const inWindow = facts.filter((fact): fact is CaseFacts => fact !== undefined && fact.receivedAt >= window.from && fact.receivedAt <= window.to);
  const previous = kept.answers.get(name);
  const fresh = !underWay || (previous !== undefined && now >= previous.at && now - previous.at < MAX_AGE_MS && sameDay(previous.at, now));
  const reusable = previous !== undefined && previous.key === key && fresh ? previous : null;
  if (reusable && sameFacts(reusable.facts, inWindow)) return reusable.lines;
  const answer: Answer = { key, facts: inWindow, at: reusable?.at ?? now, lines: Promise.resolve([]) };
  const lines = kept.queue
    .then(() => windowCases(db, kept, inWindow, window.from, window.to))
    .then((cases) => {
      answer.inputs = cases;
      if (reusable?.inputs && sameInputs(reusable.inputs, cases)) return reusable.lines;
      answer.at = now;
      kept.computed += 1;
      return monthHotspots(cases, settings, month, now);
    });
  answer.lines = lines;
  kept.queue = lines.catch(() => undefined);
  kept.answers.delete(name);
  kept.answers.set(name, answer);
  if (kept.answers.size > KEPT_ANSWERS) kept.answers.delete(kept.answers.keys().next().value!);
  // A failed read is not kept.
  lines.catch(() => kept.answers.get(name)?.lines === lines && kept.answers.delete(name));
  return lines;
}

/** The same cases, none changed since (the index makes a changed case's facts afresh). */
function sameFacts(a: readonly CaseFacts[], b: readonly CaseFacts[]): boolean {
  return a.length === b.length && a.every((fact, n) => fact === b[n]);
}

function sameDigest(a: CaseDigest, b: CaseDigest): boolean {
  return a.text === b.text && a.product === b.product && a.customer.length === b.customer.length && a.customer.every((key, n) => key === b.customer[n]);
}

/** The same cases, received when they were, in the same categories, with the same digests. */
function sameInputs(a: readonly NumberedCase[], b: readonly NumberedCase[]): boolean {
  return a.length === b.length && a.every((one, n) => {
    const other = b[n]!;
    return one.id === other.id && one.receivedAt === other.receivedAt && one.category === other.category && one.grams === other.grams && one.customer === other.customer;
  });
}

function sameDay(a: number, b: number): boolean {
  return new Date(a).toDateString() === new Date(b).toDateString();
}
