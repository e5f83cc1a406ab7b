/**
 * Default widths of the columns that show one of a few fixed labels. DEFAULT_WIDTHS were chosen
 * for the Chinese labels; the English ones are longer and were cut (GENE···, Awaiting s···), so
 * such a column is as wide as its longest label in the language shown, never narrower than the
 * stored default. A width the user dragged still wins.
 */
import type { TFunction } from 'i18next';
import { CATEGORIES, CASE_STATUSES, SEVERITIES } from '../../../domain/cases/vocabulary';
import { COLUMN_IDS, columnWidth, DEFAULT_WIDTHS, MAX_WIDTH, type ColumnId, type TableLayout } from '../../../domain/tracking/columns';
import { APPROVAL_KINDS } from '../../../domain/tracking/row';

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

const textWidth = (label: string) => ems(label, 0.53) * TEXT_PX;
const badgeWidth = (label: string) => ems(label, 0.72) * BADGE.px + [...label].length * BADGE.spacing + BADGE.chrome;

function fitting(base: number, widths: number[]): number {
  return Math.min(MAX_WIDTH, Math.max(base, Math.ceil(Math.max(...widths) + CELL_PADDING)));
}

/** Every column's default width in the language `t` speaks. */
export function defaultWidths(t: TFunction): Record<ColumnId, number> {
  return {
    ...DEFAULT_WIDTHS,
    severity: fitting(
      DEFAULT_WIDTHS.severity,
      SEVERITIES.map((severity) => badgeWidth(t(`severity.${severity}`))),
    ),
    status: fitting(
      DEFAULT_WIDTHS.status,
      CASE_STATUSES.map((status) => textWidth(t(`status.${status}`))),
    ),
    category: fitting(
      DEFAULT_WIDTHS.category,
      CATEGORIES.map((category) => textWidth(t(`category.${category}`))),
    ),
    awaiting: fitting(
      DEFAULT_WIDTHS.awaiting,
      APPROVAL_KINDS.map((kind) => textWidth(t(`tracking.awaiting.${kind}`))),
    ),
  };
}

/** The width each column is drawn at: the user's own, else the default for the language. */
export function layoutWidths(layout: TableLayout, defaults: Readonly<Record<ColumnId, number>>): Record<ColumnId, number> {
  return Object.fromEntries(COLUMN_IDS.map((id) => [id, columnWidth(layout, id, defaults)])) as Record<ColumnId, number>;
}
