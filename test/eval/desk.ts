/**
 * Category suggestions as an agent sees them (rules and the desk's model
 * blended, `suggestCategories`), on a desk whose history is one kind of
 * complaint: the take-away complaints of `waimai_10k.csv`, graded as the demo
 * desk grades them (`categoryOf`, the same seed every run). Asked about
 * held-out complaints of its own kind and about complaints of other kinds
 * (desk-labels.ts), each figure beside the blend that weighs the model by its
 * number of cases alone (the phrases it learned not asked), from the same run.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { matchRules, rulePhrasesIn } from '../../src-renderer/domain/assist/category-rules';
import { createModel, learn, predict, refit } from '../../src-renderer/domain/assist/classifier';
import { suggestCategories, type ModelView } from '../../src-renderer/domain/assist/suggestions';
import type { Category } from '../../src-renderer/domain/cases/vocabulary';
import { categoryOf } from '../../src-renderer/domain/demo/phrases';
import { itemSeed, rng, sampler } from '../../src-renderer/domain/demo/random';
import { perLabel } from '../../src-renderer/store/assist/model-pair';
import { SHOPPING_FILE, shuffled, WAIMAI_FILE } from './data';
import { LABELLED_SHOPPING_ROWS } from './desk-labels';

/** About the graded cases of the demo desk the testers used (1,847). */
const DESK_CASES = 1_800;
const HELD_OUT = 400;

export interface SuggestionScore {
  texts: number;
  top1: number;
  top3: number;
  baselineTop1: number;
  baselineTop3: number;
}

export interface DeskSuggestionsReport {
  desk: { file: string; cases: number; gradedBy: string; seed: number };
  baseline: string;
  ownKind: SuggestionScore;
  otherKinds: SuggestionScore & { file: string };
}

const clean = (value: string | undefined) => (value ?? '').replace(/\uFEFF/g, '').trim();
const rows = (dir: string, file: string) =>
  Papa.parse<Record<string, string>>(readFileSync(resolve(dir, file), 'utf8'), { header: true, skipEmptyLines: true }).data;
const round = (value: number) => Number(value.toFixed(4));

export function runDeskSuggestions(dir: string, seed: number): DeskSuggestionsReport {
  const complaints = new Set(
    rows(dir, WAIMAI_FILE)
      .filter((row) => clean(row.label) === '0')
      .map((row) => clean(row.review)),
  );
  // Distinct texts: the held-out ones were never learned.
  const graded = shuffled([...complaints], seed)
    .slice(0, DESK_CASES + HELD_OUT)
    .map((text, i) => ({ text, label: categoryOf(text, sampler(rng(itemSeed(seed, i)))) }));
  const model = createModel<Category>();
  // How many of its cases contain each built-in phrase, as the store host counts them (model-pair.ts).
  const phraseCases = new Map<string, number>();
  for (const { text, label } of graded.slice(0, DESK_CASES)) {
    learn(model, text, label);
    for (const phrase of rulePhrasesIn(text)) phraseCases.set(phrase, (phraseCases.get(phrase) ?? 0) + 1);
  }
  refit(model);

  const shopping = rows(dir, SHOPPING_FILE);
  const others = LABELLED_SHOPPING_ROWS.map(([row, cat, label]) => {
    const found = shopping[row];
    if (clean(found?.cat) !== cat || clean(found?.label) !== '0') throw new Error(`${SHOPPING_FILE} row ${row} is no longer a negative ${cat} review`);
    return { text: clean(found!.review), label };
  });

  const score = (texts: readonly { text: string; label: Category }[]): SuggestionScore => {
    const hits = { top1: 0, top3: 0, baselineTop1: 0, baselineTop3: 0 };
    for (const { text, label } of texts) {
      const found = matchRules(text);
      const view: ModelView<Category> = { examples: model.examples, perLabel: perLabel(model), predictions: predict(model, text, 7) };
      const phraseExamples = Object.fromEntries(found.map((hit) => [hit.term, phraseCases.get(hit.term) ?? 0]));
      const now = suggestCategories(found, { ...view, phraseExamples }).map((s) => s.category);
      const before = suggestCategories(found, view).map((s) => s.category);
      if (now[0] === label) hits.top1++;
      if (now.includes(label)) hits.top3++;
      if (before[0] === label) hits.baselineTop1++;
      if (before.includes(label)) hits.baselineTop3++;
    }
    const share = (count: number) => round(count / Math.max(1, texts.length));
    return { texts: texts.length, top1: share(hits.top1), top3: share(hits.top3), baselineTop1: share(hits.baselineTop1), baselineTop3: share(hits.baselineTop3) };
  };

  return {
    desk: { file: WAIMAI_FILE, cases: DESK_CASES, gradedBy: 'the demo desk’s grader (src-renderer/domain/demo/phrases.ts categoryOf)', seed },
    baseline: 'the same blend weighing the model by its number of cases only (before 2026-12-05)',
    ownKind: score(graded.slice(DESK_CASES)),
    otherKinds: { file: SHOPPING_FILE, ...score(others) },
  };
}
