/**
 * The evaluation corpora and their fixed seeded split. Read from
 * ../shared/data/reviews/ beside the project root (as in CI).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { rng } from '../../src-renderer/domain/common/random';

export const DATA_DIR = resolve(__dirname, '../../../shared/data/reviews');
export const SHOPPING_FILE = 'online_shopping_10_cats.csv';
export const WAIMAI_FILE = 'waimai_10k.csv';

export interface Example {
  text: string;
  label: string;
}

export class MissingDataError extends Error {}

/** Rows of a corpus as examples; BOMs stripped, rows without text or label dropped. */
export function readCorpus(file: string, labelColumn: string, dir: string = DATA_DIR): { examples: Example[]; rows: number } {
  const path = resolve(dir, file);
  if (!existsSync(path)) {
    throw new MissingDataError(`missing data file ${path}: the review corpora are read from shared/data/reviews/ beside the project root (or --data <dir>)`);
  }
  const parsed = Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true });
  const clean = (value: string | undefined) => (value ?? '').replace(/\uFEFF/g, '').trim();
  const examples = parsed.data
    .map((row) => ({ text: clean(row.review), label: clean(row[labelColumn]) }))
    .filter((e) => e.text.length > 0 && e.label.length > 0);
  return { examples, rows: parsed.data.length };
}

/** Fisher–Yates with the seeded PRNG. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  // Seeded (mulberry32), so every run splits the rows alike.
  const random = rng(seed);
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Seeded shuffle, then the first `trainShare` for training and the rest for testing. */
export function split<T>(items: readonly T[], seed: number, trainShare = 0.8): { train: T[]; test: T[] } {
  const all = shuffled(items, seed);
  const cut = Math.round(all.length * trainShare);
  return { train: all.slice(0, cut), test: all.slice(cut) };
}
