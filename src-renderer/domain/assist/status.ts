/** What the store host tells about its on-device models (`assist.status`). */
export interface ModelStatus {
  /** Cases the model learned from (graded or chosen by an agent). */
  examples: number;
  /** Distinct labels seen among them. */
  labels: number;
  /** True while too few cases are known and the built-in rules answer instead. */
  coldStart: boolean;
  /** Approximate size of the model in memory. */
  bytes: number;
  /** When the model was last (re)built from the store; null before the first build finished. */
  builtAt: number | null;
}

export interface AssistStatus {
  category: ModelStatus;
  severity: ModelStatus;
}
