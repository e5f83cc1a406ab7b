import type { zhCN } from './zh-CN';

/** The shape a translation must fill: the keys of the Chinese original with any string values. */
export type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof zhCN>;

/**
 * The messages of one area of the UI, both languages side by side so they
 * stay in step; the English must have exactly the Chinese keys.
 */
export function defineArea<const Z extends Record<string, unknown>>(zh: Z, en: Widen<Z>): { 'zh-CN': Z; en: Widen<Z> } {
  return { 'zh-CN': zh, en };
}
