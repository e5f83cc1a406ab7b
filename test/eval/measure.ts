/** Accuracy and timing of the classifier and of the baseline on one split. */
import { createModel, learn, modelStats, predict, refit, trainModel } from '../../src-renderer/domain/assist/classifier';
import { predictBaseline, trainBaseline } from './baseline';
import type { Example } from './data';

export interface Scores {
  accuracy: number;
  top3: number;
}

export interface ClassifierRun extends Scores {
  modelBytes: number;
  /** Mean wall time of one `predict(model, text, 3)` over the test texts. */
  predictMs: number;
}

const round = (value: number, digits = 4) => Number(value.toFixed(digits));

export function runClassifier(train: readonly Example[], test: readonly Example[]): ClassifierRun {
  const model = trainModel(train);
  let top1 = 0;
  let top3 = 0;
  const started = performance.now();
  for (const { text, label } of test) {
    const labels = predict(model, text, 3).map((p) => p.label);
    if (labels[0] === label) top1++;
    if (labels.includes(label)) top3++;
  }
  const predictMs = (performance.now() - started) / Math.max(1, test.length);
  return { accuracy: round(top1 / test.length), top3: round(top3 / test.length), modelBytes: modelStats(model).bytes, predictMs: round(predictMs, 3) };
}

export function runBaseline(train: readonly Example[], test: readonly Example[]): Scores {
  const model = trainBaseline(train);
  let top1 = 0;
  let top3 = 0;
  for (const { text, label } of test) {
    const labels = predictBaseline(model, text).slice(0, 3);
    if (labels[0] === label) top1++;
    if (labels.includes(label)) top3++;
  }
  return { accuracy: round(top1 / test.length), top3: round(top3 / test.length) };
}

export interface TrainTiming {
  texts: number;
  /** Wall time of learn (every text) + refit, as the store host would spend it. */
  trainMs: number;
  learnMs: number;
  refitMs: number;
  /** CPU time of the same work: the wall time inflates when other processes share the cores. */
  trainCpuMs: number;
  modelBytes: number;
}

export function timeTraining(examples: readonly Example[]): TrainTiming {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const model = createModel<string>();
  for (const { text, label } of examples) learn(model, text, label);
  const learned = performance.now();
  refit(model);
  const done = performance.now();
  return {
    texts: examples.length,
    trainMs: Math.round(done - started),
    learnMs: Math.round(learned - started),
    refitMs: Math.round(done - learned),
    trainCpuMs: Math.round((process.cpuUsage(cpu).user + process.cpuUsage(cpu).system) / 1000),
    modelBytes: modelStats(model).bytes,
  };
}
