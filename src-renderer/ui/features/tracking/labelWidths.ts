/**
 * Default widths of the columns. DEFAULT_WIDTHS were chosen for the Chinese labels; the English ones
 * are longer and were cut (GENE···, Awaiting s···), so a column is as wide as its heading (with the
 * sort arrow), its longest fixed label and, for a date, a date and time in the language shown — never
 * narrower than the stored default. A width the user dragged still wins.
 */
import type { TFunction } from 'i18next';
import { useMemo, useSyncExternalStore } from 'react';
import { CATEGORIES, CASE_STATUSES, SEVERITIES } from '../../../domain/cases/vocabulary';
import { COLUMN_IDS, columnWidth, DEFAULT_WIDTHS, MAX_WIDTH, type ColumnId, type TableLayout } from '../../../domain/tracking/columns';
import { APPROVAL_KINDS } from '../../../domain/tracking/row';
import { statusText } from './columnValues';

/** `.cell` has 8 px of padding on each side. */
const CELL_PADDING = 16;
/** The grid's text: --mantine-font-size-sm. */
const TEXT_PX = 14;
/** Mantine's md Badge: 11 px bold capitals spaced 0.25 px, 10 px of padding and a 1 px border each side. */
const BADGE = { px: 11, spacing: 0.25, chrome: 22 };

const WIDE = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/;

/**
 * Nothing is laid out in jsdom or before the first paint, so a label's width is estimated: a CJK
 * or full-width character is one em, any other a little more than the Latin of Noto Sans CJK SC
 * measured in Chromium (0.49 em for these lower-case labels, 0.68 em for the badge's bold
 * capitals), leaving room for a font with wider Latin such as Microsoft YaHei.
 */
function ems(text: string, latin: number): number {
  return [...text].reduce((sum, char) => sum + (WIDE.test(char) ? 1 : latin), 0);
}

/** Widths in px of a cell's text, a column's heading (semi-bold) and a severity badge. */
export interface LabelMeasure {
  text(label: string): number;
  heading(label: string): number;
  badge(label: string): number;
}

const ESTIMATED: LabelMeasure = {
  text: (label) => ems(label, 0.53) * TEXT_PX,
  heading: (label) => ems(label, 0.58) * TEXT_PX,
  badge: (label) => ems(label, 0.72) * BADGE.px + [...label].length * BADGE.spacing + BADGE.chrome,
};

/**
 * In a browser, the labels are measured in the font the page really uses (the Latin of a Linux
 * desktop's DejaVu Sans is a fifth wider than the estimate: 2026-12-06 06:··, GENER···). jsdom
 * has no canvas: the estimate. `lang` is the document's language: the page's font depends on it.
 */
export function browserMeasure(lang: string): LabelMeasure {
  if (typeof document === 'undefined' || /jsdom/i.test(globalThis.navigator?.userAgent ?? '')) return ESTIMATED;
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return ESTIMATED;
  // Where the canvas knows languages, its generic fallback fonts are picked for this one, like the page's.
  if ('lang' in context) context.lang = lang;
  const family = getComputedStyle(document.body).fontFamily || 'sans-serif';
  const width = (font: string, text: string) => {
    context.font = font;
    return context.measureText(text).width;
  };
  return {
    text: (label) => width(`${TEXT_PX}px ${family}`, label),
    heading: (label) => width(`600 ${TEXT_PX}px ${family}`, label),
    badge: (label) => width(`700 ${BADGE.px}px ${family}`, label.toUpperCase()) + [...label].length * BADGE.spacing + BADGE.chrome,
  };
}

function subscribeToDocumentLanguage(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  return () => observer.disconnect();
}

const documentLanguage = () => document.documentElement.lang;

/**
 * The measure of the page's font as it is now. The font follows `<html lang>` (English takes Latin
 * glyphs first: App.module.css), which a language switch sets only after the texts changed: measured
 * at that moment, English dates and badges got the CJK font's narrower Latin and were cut until a
 * reload. So the labels are measured again once the document itself speaks the new language.
 */
export function useLabelMeasure(): LabelMeasure {
  const lang = useSyncExternalStore(subscribeToDocumentLanguage, documentLanguage, documentLanguage);
  return useMemo(() => browserMeasure(lang), [lang]);
}

/** A date and time as the grid writes it: digits are as wide as each other in the fonts the app uses. */
const DATE_TIME_SAMPLE = '2026-12-30 20:58';
const DATE_COLUMNS = ['receivedAt', 'responseDueAt', 'resolutionDueAt', 'updatedAt'] as const satisfies readonly ColumnId[];
/** Room in a heading for the sort arrow (12 px and its 4 px gap), so a sorted column's name is not cut. */
const SORT_ARROW = 16;

function fitting(base: number, widths: number[]): number {
  return Math.min(MAX_WIDTH, Math.max(base, Math.ceil(Math.max(...widths) + CELL_PADDING)));
}

/** Every column's default width in the language `t` speaks: its heading and its widest value fit. */
export function defaultWidths(t: TFunction, measure: LabelMeasure = ESTIMATED): Record<ColumnId, number> {
  const values: Partial<Record<ColumnId, number[]>> = {
    severity: SEVERITIES.map((severity) => measure.badge(t(`severity.${severity}`))),
    // A duplicate's 已并入 TS-… is rare: cut with its whole text in the cell's title rather than widen every row.
    status: CASE_STATUSES.map((status) => measure.text(statusText(t, { status, returned: status === 'grading' || status === 'planning' }))),
    category: CATEGORIES.map((category) => measure.text(t(`category.${category}`))),
    awaiting: APPROVAL_KINDS.map((kind) => measure.text(t(`tracking.awaiting.${kind}`))),
  };
  for (const column of DATE_COLUMNS) values[column] = [measure.text(DATE_TIME_SAMPLE)];
  return Object.fromEntries(
    COLUMN_IDS.map((column) => [
      column,
      fitting(DEFAULT_WIDTHS[column], [...(values[column] ?? []), measure.heading(t(`tracking.columns.${column}`)) + SORT_ARROW]),
    ]),
  ) as Record<ColumnId, number>;
}

/** The width each column is drawn at: the user's own, else the default for the language. */
export function layoutWidths(layout: TableLayout, defaults: Readonly<Record<ColumnId, number>>): Record<ColumnId, number> {
  return Object.fromEntries(COLUMN_IDS.map((id) => [id, columnWidth(layout, id, defaults)])) as Record<ColumnId, number>;
}
