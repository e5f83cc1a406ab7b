/**
 * What one case teaches the on-device models, and the little the store host
 * keeps per case to undo it later: a hash of the text and the two labels,
 * packed into one number (the model itself keeps the texts it needs).
 */
import type { CaseRecord } from '../../domain/cases/case';
import { CATEGORIES, SEVERITIES, type Category, type Severity } from '../../domain/cases/vocabulary';

export interface Lesson {
  text: string;
  /** A person's choice of category: the grading's, else the one given at intake (初判类别) or on import. */
  category: Category | null;
  /** A considered severity: the grading's, else a closed case's final one (imported history); never the first guess at intake. */
  severity: Severity | null;
}

/**
 * Anonymised cases are kept: their description is redacted of personal data
 * only, and statistics keep their category and severity on purpose.
 */
export function lessonOf(record: CaseRecord): Lesson {
  const category = record.grading?.category ?? record.category;
  const severity = record.grading?.severity ?? (record.status === 'closed' ? record.severity : null);
  return { text: record.description, category, severity };
}

/** FNV-1a over UTF-16 units: enough to notice that a description changed (anonymisation). */
export function textHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

export interface Entry {
  hash: number;
  category: Category | null;
  severity: Severity | null;
}

// 0 stands for "none"; a hash of 32 bits times 32 stays far below 2^53.
const CATEGORY_SLOTS = 8;
const SEVERITY_SLOTS = 4;

/** One number per case: hash · 32 + category · 4 + severity (each label 1-based, 0 = none). */
export function packEntry({ hash, category, severity }: Entry): number {
  const c = category === null ? 0 : CATEGORIES.indexOf(category) + 1;
  const s = severity === null ? 0 : SEVERITIES.indexOf(severity) + 1;
  return (hash * CATEGORY_SLOTS + c) * SEVERITY_SLOTS + s;
}

export function unpackEntry(packed: number): Entry {
  const s = packed % SEVERITY_SLOTS;
  const rest = Math.floor(packed / SEVERITY_SLOTS);
  const c = rest % CATEGORY_SLOTS;
  return { hash: Math.floor(rest / CATEGORY_SLOTS), category: c === 0 ? null : CATEGORIES[c - 1]!, severity: s === 0 ? null : SEVERITIES[s - 1]! };
}

/** The entry of a lesson, or null when it teaches nothing (no label chosen yet). */
export function entryOf(lesson: Lesson): Entry | null {
  if (lesson.category === null && lesson.severity === null) return null;
  return { hash: textHash(lesson.text), category: lesson.category, severity: lesson.severity };
}
