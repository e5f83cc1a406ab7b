import type { zhCN } from './zh-CN';

/** The shape every language must fill: the keys of zh-CN with any string values. */
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof zhCN>;
