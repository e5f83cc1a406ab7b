/**
 * The similar-cases index of the store host: an inverted index from character
 * bigrams to the closed cases whose description and product contain them,
 * built in the background at start and kept current from change events (a
 * case closing, reopening, being anonymised or removed), applied lazily before
 * the next search, as the tracking index does.
 *
 * Memory stays flat at 100k cases: postings live in one Int32Array (CSR: an
 * offset per bigram into one array of case ordinals) rather than an array per
 * bigram; cases closed since the last pack go to a small overflow, merged in
 * when it grows. Stop-bigrams (in more than `STOP_DF_RATIO` of the cases) are
 * left out of postings, norms and queries alike, so the cosine stays a cosine.
 */
import { idf, MIN_SCORE, similarity, similarityText, termsOf, topK, type Scored } from '../../domain/assist/similar';
import type { CaseRecord } from '../../domain/cases/case';
import { BACKGROUND_CHUNK, forEachCaseChunk, forEachCaseSlice } from '../core/case-chunks';
import { createPacer, runPaced } from '../core/pacing';
import type { DeskDb } from '../db';
import { createPostings, type Postings } from './similar-postings';
import { perDatabase } from '../core/per-database';
import { asJob } from '../jobs/registry';

const EVERYTHING = '*';
/** Index norms are recomputed once the number of cases drifted this far from when they were computed. */
const NORM_DRIFT = 0.1;

export interface SimilarHit {
  id: string;
  score: number;
}

export interface SimilarIndex {
  /** Records that cases changed (`'*'`: rebuild); applied before the next search. */
  markChanged(ids: readonly string[]): void;
  /** Builds or refreshes the index now (the host starts it at launch so the first search does not wait). */
  prepare(): Promise<void>;
  /** The closest closed cases to `text`, best first, without `excludeId`; scores 0–1. */
  search(text: string, limit: number, excludeId?: string): Promise<SimilarHit[]>;
  stats(): { cases: number; terms: number; postings: number; builtMs: number };
}

/** One index per open database, created on first use. */
export const similarIndexFor: (db: DeskDb) => SimilarIndex = perDatabase(createSimilarIndex);

/** Which cases the index holds: the closed ones (a redirected case was never handled, so it shows no resolution). */
export function isIndexed(record: CaseRecord): boolean {
  return record.status === 'closed';
}

/** FNV-1a of the indexed text: a change event on a closed case whose text did not change (archiving) is skipped. */
function textHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash | 0;
}

function createSimilarIndex(db: DeskDb): SimilarIndex {
  let postings: Postings = createPostings();
  let built = false;
  let rebuild = false;
  let builtMs = 0;
  const dirty = new Set<string>();
  // Searches and refreshes run one after another, so a search never sees a half-applied change.
  let refreshing: Promise<void> = Promise.resolve();

  async function build(): Promise<void> {
    const started = performance.now();
    dirty.clear();
    rebuild = false;
    const next = createPostings();
    // Every case, a key range at a time, the closed ones kept: one request per range. Reading only the
    // closed ones by their keys (one get each) answered with a message per case, each one a task ahead of
    // the windows' calls, and kept the host busy longer (30,000 cases on disk: ~6 s against ~4 s).
    const pacer = createPacer();
    // A job everybody may follow: 相似案例 shows 正在建立相似案例索引 n% meanwhile (17 s at 100,000 cases).
    await asJob(db, 'similarIndex', null, async (job) => {
      job.phase('reading', await db.cases.count());
      await forEachCaseChunk(db, async (chunk) => {
        for (const record of chunk) {
          job.advance();
          if (!isIndexed(record)) continue;
          const text = similarityText(record);
          next.stage(record.id, termsOf(text), textHash(text));
          await pacer.step();
        }
      }, BACKGROUND_CHUNK);
      await runPaced(next.packSteps(), pacer);
    });
    postings = next;
    built = true;
    builtMs = performance.now() - started;
  }

  function apply(id: string, record: CaseRecord | undefined): void {
    if (!record || !isIndexed(record)) return postings.remove(id);
    const text = similarityText(record);
    const hash = textHash(text);
    if (postings.hashOf(id) === hash) return;
    postings.remove(id);
    postings.add(id, termsOf(text), hash);
  }

  async function applyDirty(): Promise<void> {
    if (dirty.size === 0) return;
    const ids = [...dirty];
    dirty.clear();
    const pacer = createPacer();
    await forEachCaseSlice(db, ids, async (slice, records) => {
      for (const [n, record] of records.entries()) {
        apply(slice[n]!, record);
        await pacer.step();
      }
    }, BACKGROUND_CHUNK);
    // A repack after many changes visits millions of entries at 100k cases: paced like the build's.
    // Searches wait for the refresh this runs in, so none sees the postings half-packed.
    await runPaced(postings.maintainSteps(NORM_DRIFT), pacer);
  }

  function refresh(): Promise<void> {
    // A failed build (the database closing under it) must not fail every later search: the next one builds again.
    refreshing = refreshing.catch(() => undefined).then(async () => {
      if (!built || rebuild) await build();
      await applyDirty();
    });
    return refreshing;
  }

  // Reused between searches: one slot per case ordinal, and the ordinals a search touched (to reset only those).
  let dots = new Float64Array(0);
  let shared = new Uint16Array(0);
  let touched = new Int32Array(0);

  function score(text: string, limit: number, excludeId?: string): SimilarHit[] {
    const docs = postings.size();
    if (docs === 0) return [];
    if (dots.length < postings.capacity()) {
      dots = new Float64Array(postings.capacity());
      shared = new Uint16Array(postings.capacity());
      touched = new Int32Array(postings.capacity());
    }
    const excluded = excludeId === undefined ? -1 : postings.ordinalOf(excludeId);
    let count = 0;
    let queryNorm = 0;
    let queryTerms = 0;
    for (const term of termsOf(text)) {
      const tid = postings.termId(term);
      if (tid !== undefined && postings.isStop(tid)) continue;
      // A bigram no closed case has weighs most: it makes every case less like the text.
      const weight = idf(tid === undefined ? 0 : postings.df(tid), docs);
      const squared = weight * weight;
      queryNorm += squared;
      queryTerms += 1;
      if (tid === undefined) continue;
      count = postings.accumulate(tid, squared, dots, touched, count, excluded, shared);
    }
    queryNorm = Math.sqrt(queryNorm);
    function* candidates(): Generator<Scored> {
      for (let n = 0; n < count; n += 1) {
        const ordinal = touched[n]!;
        const value = similarity({
          dot: dots[ordinal]!,
          queryNorm,
          docNorm: postings.norm(ordinal),
          shared: shared[ordinal]!,
          queryTerms,
          docTerms: postings.length(ordinal),
        });
        dots[ordinal] = 0;
        shared[ordinal] = 0;
        if (value >= MIN_SCORE) yield { ordinal, score: value };
      }
    }
    return topK(candidates(), limit).map(({ ordinal, score: value }) => ({ id: postings.idOf(ordinal), score: value }));
  }

  return {
    markChanged(ids) {
      if (ids.includes(EVERYTHING)) rebuild = true;
      else for (const id of ids) dirty.add(id);
    },
    prepare: () => refresh(),
    async search(text, limit, excludeId) {
      await refresh();
      return score(text, limit, excludeId);
    },
    stats: () => ({ cases: postings.size(), terms: postings.terms(), postings: postings.entries(), builtMs }),
  };
}
