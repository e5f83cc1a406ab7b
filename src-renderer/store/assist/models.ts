/**
 * The on-device models of the store host, one pair per open database: built
 * in the background from every case a person categorised or graded, then
 * kept current from the change events of committed commands (applied before
 * the next suggestion, like the tracking index), and refitted off the request
 * path at most every few minutes after changes.
 */
import { refitInSteps, type TextModel } from '../../domain/assist/classifier';
import type { AssistStatus, ModelStatus } from '../../domain/assist/status';
import { isColdStart, type ModelView } from '../../domain/assist/suggestions';
import type { CaseRecord } from '../../domain/cases/case';
import type { Category, Severity } from '../../domain/cases/vocabulary';
import { BACKGROUND_CHUNK, forEachCaseChunk, forEachCaseSlice } from '../core/case-chunks';
import { createPacer, runPaced } from '../core/pacing';
import type { DeskDb } from '../db';
import { applyCase, createPair, pairBytes, perLabel, viewsOf, type ModelPair } from './model-pair';
import { perDatabase } from '../core/per-database';

/** Texts extracted or SGD updates made between two looks at the pacer's clock (~3–5 ms). */
const REFIT_STEP = 250;
/** After changes, the models are refitted once this much later (never on a request). */
export const REFIT_DELAY_MS = 3 * 60_000;
export const EVERYTHING = '*';

export interface AssistModels {
  /** Records that cases changed (`'*'`: read everything again); applied before the next answer. */
  markChanged(ids: readonly string[]): void;
  /** Builds or refreshes the models now (the host starts this at launch). */
  prepare(): Promise<void>;
  /**
   * Both models' view of a text, current; `exclude` leaves a case's own
   * example out, `phrases` are the built-in phrases found in it (see viewsOf).
   */
  views(text: string, exclude?: CaseRecord, phrases?: readonly string[]): Promise<{ category: ModelView<Category>; severity: ModelView<Severity> }>;
  status(): Promise<AssistStatus>;
}

/** One pair of models per open database (a restore switches databases, and so models), created on first use. */
export const assistModelsFor: (db: DeskDb) => AssistModels = perDatabase(createAssistModels);

/** Fits the regression layer in small steps, letting calls run every few milliseconds: a 100k-case refit takes seconds. */
function refitPaced<L extends string>(model: TextModel<L>): Promise<void> {
  return runPaced(refitInSteps(model, REFIT_STEP));
}

function createAssistModels(db: DeskDb): AssistModels {
  let pair: ModelPair = createPair();
  let built = false;
  let rebuild = false;
  let builtAt: number | null = null;
  const dirty = new Set<string>();
  let refitTimer: ReturnType<typeof setTimeout> | null = null;
  // Refreshes run one after another, so two answers never apply the same changes twice.
  let refreshing: Promise<void> = Promise.resolve();

  async function build(): Promise<void> {
    const next = createPair();
    // Anything changed before this point is read below; changes from now on stay marked.
    dirty.clear();
    rebuild = false;
    const pacer = createPacer();
    try {
      await forEachCaseChunk(
        db,
        async (chunk) => {
          for (const record of chunk) {
            applyCase(next, record.id, record);
            await pacer.step();
          }
        },
        BACKGROUND_CHUNK,
      );
    } catch (error) {
      // Tried again on the next answer; until then the models built before keep serving.
      rebuild = true;
      throw error;
    }
    await refitPaced(next.category);
    await refitPaced(next.severity);
    pair = next;
    built = true;
    builtAt = Date.now();
  }

  async function applyDirty(): Promise<void> {
    const ids = [...dirty];
    dirty.clear();
    let changed = false;
    const pacer = createPacer();
    await forEachCaseSlice(db, ids, async (slice, records) => {
      for (let n = 0; n < slice.length && !rebuild; n++) {
        const outcome = applyCase(pair, slice[n]!, records[n]);
        if (outcome === 'rebuild') rebuild = true;
        if (outcome === 'changed') changed = true;
        await pacer.step();
      }
      return !rebuild;
    }, BACKGROUND_CHUNK);
    if (changed) scheduleRefit();
  }

  function scheduleRefit(): void {
    if (refitTimer !== null) return;
    refitTimer = setTimeout(() => {
      refitTimer = null;
      const { category, severity } = pair;
      void refitPaced(category)
        .then(() => refitPaced(severity))
        .catch((error: unknown) => console.error('refitting the assistance models failed', error));
    }, REFIT_DELAY_MS);
    // In Node (tests) a pending refit must not keep the process alive; browsers have no unref.
    (refitTimer as { unref?: () => void }).unref?.();
  }

  function refresh(): Promise<void> {
    // A failed refresh (the database closing) must not fail every later one.
    refreshing = refreshing.catch(() => undefined).then(async () => {
      if (!built || rebuild) await build();
      await applyDirty();
      // A case's text changed (anonymisation) or it vanished: only a fresh read forgets what it taught.
      if (rebuild) {
        await build();
        await applyDirty();
      }
    });
    return refreshing;
  }

  function statusOf(model: ModelPair['category'] | ModelPair['severity'], bytes: number): ModelStatus {
    const counts: Partial<Record<string, number>> = perLabel(model);
    return { examples: model.examples, labels: Object.keys(counts).length, coldStart: isColdStart(model.examples, counts), bytes, builtAt };
  }

  return {
    markChanged(ids) {
      if (ids.includes(EVERYTHING)) rebuild = true;
      else for (const id of ids) dirty.add(id);
    },
    prepare: () => refresh(),
    async views(text, exclude, phrases) {
      await refresh();
      return viewsOf(pair, text, exclude, phrases);
    },
    async status() {
      await refresh();
      const bytes = pairBytes(pair);
      return { category: statusOf(pair.category, bytes.category), severity: statusOf(pair.severity, bytes.severity) };
    },
  };
}
