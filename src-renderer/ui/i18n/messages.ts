import type { zhCN } from './zh-CN';

/**
 * The shape a translation must fill: the keys of the Chinese original with any string values, and
 * for a text, optionally its singular (`key_one`, which i18next picks for `count` 1; Chinese has no
 * plural, English says 1 complaint, 2 complaints).
 */
export type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> } & {
  [K in keyof T as T[K] extends string ? (K extends string ? `${K}_one` : never) : never]?: string;
};
export type Messages = Widen<typeof zhCN>;

/**
 * The messages of one area of the UI, both languages side by side so they
 * stay in step; the English must have exactly the Chinese keys (and may add a singular, `key_one`).
 */
export function defineArea<const Z extends Record<string, unknown>>(zh: Z, en: Widen<Z>): { 'zh-CN': Z; en: Widen<Z> } {
  return { 'zh-CN': zh, en };
}
