/**
 * 对应取值 in the store host: the values of a file the desk does not read, per mapped field, each
 * with a pre-filled guess — the desk value an earlier import took it to mean (that of the same
 * system first: a file with the same column names), else one its text suggests (value-suggest.ts).
 * What was taken to mean what is kept with each import job; nothing else is stored.
 */
import type { Settings } from '../../domain/settings/settings';
import type { ImportMapping } from '../../domain/imports/mapping';
import { sourceOf, targetCheck, VOCABULARIES, type ValueField, type ValueMap } from '../../domain/imports/value-map';
import { fieldScan, mappedValueFields, type FieldValues, type UnknownValue } from '../../domain/imports/value-scan';
import { suggestionIndex, suggestValue, type SuggestionIndex, type SuggestionTarget } from '../../domain/imports/value-suggest';
import { runPaced } from '../core/pacing';
import type { DeskDb } from '../db';
import type { CachedFile } from './files';

/** Earlier jobs read for their value maps: imports are few, and the newest say most. */
const JOBS_REMEMBERED = 50;

export interface ValueSuggestion {
  target: string;
  /** `remembered`: an earlier import of this desk mapped it so; `similar`: its text resembles the target's labels. */
  source: 'remembered' | 'similar';
}

export interface ImportValuesResult {
  fields: (Omit<FieldValues, 'values'> & { values: (UnknownValue & { suggestion: ValueSuggestion | null })[] })[];
  /** The configured departments: what a department may be mapped to. */
  departments: string[];
}

/**
 * The unknown values of each mapped value field of `file` that has any (`VALUE_FIELDS` order), as
 * 对应取值 lists them: kept on the cached file per column (a department's with the departments it
 * was made with), so the check and the start that follow read none of the file again. A column
 * not scanned yet is scanned paced, other calls served meanwhile — unless `scan` says to leave it
 * (then it is left out).
 */
export async function listedValues(
  file: CachedFile,
  mapping: ImportMapping,
  departments: readonly string[],
  scan: (field: ValueField) => boolean = () => true,
): Promise<FieldValues[]> {
  const cache = (file.listed ??= new Map());
  const listed: FieldValues[] = [];
  for (const [field, column] of mappedValueFields(file.table, mapping)) {
    const key = `${field}:${column}`;
    const made = field === 'department' ? JSON.stringify(departments) : '';
    let entry = cache.get(key);
    if (entry?.departments !== made) {
      if (!scan(field)) continue;
      entry = { departments: made, found: await runPaced(fieldScan(file.table, field, column, departments)) };
      cache.set(key, entry);
    }
    if (entry.found) listed.push(entry.found);
  }
  return listed;
}

/**
 * What earlier imports took each value to mean, field by field: the newest job of the same source
 * first, then the newest of any other; targets no longer allowed (a department removed) dropped.
 * Demands are not remembered.
 */
async function remembered(db: DeskDb, source: string, departments: readonly string[]): Promise<Map<ValueField, Map<string, string>>> {
  const jobs = await db.imports.orderBy('startedAt').reverse().limit(JOBS_REMEMBERED).toArray();
  const ordered = [...jobs.filter((job) => job.source === source), ...jobs.filter((job) => job.source !== source)];
  const memory = new Map<ValueField, Map<string, string>>();
  const allowed = targetCheck(departments);
  for (const job of ordered) {
    const map: ValueMap = job.valueMap ?? {};
    for (const [field, values] of Object.entries(map) as [ValueField, Record<string, string>][]) {
      // A demand may be a customer's own words: never offered again (a running job keeps its own).
      if (field === 'demand') continue;
      const known = memory.get(field) ?? new Map<string, string>();
      for (const [key, target] of Object.entries(values)) {
        if (known.has(key) || !allowed(field, target)) continue;
        known.set(key, target);
      }
      memory.set(field, known);
    }
  }
  return memory;
}

/**
 * What a field's values are guessed against: its labels and synonyms; for a category also the
 * sub-categories configured under it (`丢件` is a kind of 物流配送); a department by its name.
 */
function targetsOf(field: ValueField, settings: Pick<Settings, 'departments' | 'categories'>): SuggestionTarget[] {
  if (field === 'department') return settings.departments.map((name) => ({ value: name, labels: [] }));
  const { codes, labels } = VOCABULARIES[field];
  return codes.map((code) => ({
    value: code,
    labels: [...(labels[code] ?? []), ...(field === 'category' ? (settings.categories[code as keyof Settings['categories']]?.subCategories ?? []) : [])],
  }));
}

export async function valuesOf(
  db: DeskDb,
  file: CachedFile,
  mapping: ImportMapping,
  settings: Pick<Settings, 'departments' | 'categories'>,
): Promise<ImportValuesResult> {
  // Paced, other commands served meanwhile: a column of 100,000 rows takes a moment.
  const scanned = await listedValues(file, mapping, settings.departments);
  const memory = scanned.length > 0 ? await remembered(db, sourceOf(file.table.headers), settings.departments) : new Map();
  const indexes = new Map<ValueField, SuggestionIndex>();
  const fields = scanned.map((found) => {
    // A demand is not guessed from a label inside it (value-suggest.ts).
    const index = indexes.get(found.field) ?? suggestionIndex(targetsOf(found.field, settings), { labelInside: found.field !== 'demand' });
    indexes.set(found.field, index);
    const values = found.values.map((value) => {
      const before = memory.get(found.field)?.get(value.key);
      const similar = before === undefined ? suggestValue(index, value.value) : null;
      const suggestion: ValueSuggestion | null =
        before !== undefined ? { target: before, source: 'remembered' } : similar !== null ? { target: similar, source: 'similar' } : null;
      return { ...value, suggestion };
    });
    return { ...found, values };
  });
  return { fields, departments: [...settings.departments] };
}
