/** The eval's JSON shape and its short human summary. */
import type { DeskSuggestionsReport } from './desk';

interface Dataset {
  file: string;
  label: string;
  rows: number;
  examples: number;
  train: number;
  test: number;
}

export interface EvalReport {
  date: string;
  node: string;
  cpus: number;
  seed: number;
  trainShare: number;
  datasets: { category: Dataset; sentiment: Dataset };
  categoryAccuracy: number;
  categoryTop3: number;
  categoryBaseline: { name: string; accuracy: number; top3: number };
  sentimentAccuracy: number;
  sentimentBaseline: { name: string; accuracy: number };
  sentimentWaimaiOnly: { name: string; accuracy: number };
  sentimentTraining: {
    waimaiTrain: number;
    extra: string | null;
    extraRows: number;
    weighting: string;
    decisionThreshold: number;
    selectedBy: string;
    validationAccuracy: number;
    tried: { waimaiWeight: number; accuracy: number; bestThreshold: number; bestAccuracy: number }[];
  };
  sentimentAcrossSeeds: { seeds: number[]; accuracy: number[]; baseline: number[]; meanAccuracy: number; meanBaseline: number };
  categorySuggestionsOnOneKindDesk: DeskSuggestionsReport;
  trainTexts: number;
  trainMs: number;
  learnMs: number;
  refitMs: number;
  trainCpuMs: number;
  predictMs: number;
  modelBytes: number;
  trainedModelBytes: number;
  sentimentModelBytes: number;
  targets: Record<string, { target: number; met: boolean }>;
}

const pct = (value: number) => `${(value * 100).toFixed(2)}%`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function deskLines(d: DeskSuggestionsReport): string[] {
  const pair = (top1: number, top3: number) => `${pct(top1)} / ${pct(top3)}`;
  return [
    `  suggestions on a desk of ${d.desk.cases} take-away complaints (rules + its model, top-1 / top-3; baseline: the model weighed by its cases only)`,
    `    its own kind: ${pair(d.ownKind.top1, d.ownKind.top3)} (baseline ${pair(d.ownKind.baselineTop1, d.ownKind.baselineTop3)})`,
    `    other kinds (${d.otherKinds.texts} labelled): ${pair(d.otherKinds.top1, d.otherKinds.top3)} (baseline ${pair(d.otherKinds.baselineTop1, d.otherKinds.baselineTop3)})`,
  ];
}

export function printSummary(r: EvalReport): void {
  const mark = (key: string) => (r.targets[key]?.met ? 'ok' : 'MISSED');
  const lines = [
    `eval (seed ${r.seed}, ${r.trainShare * 100}/${100 - r.trainShare * 100} split, node ${r.node}, ${r.cpus} cpus)`,
    `  category  ${r.datasets.category.file}: train ${r.datasets.category.train}, test ${r.datasets.category.test}`,
    `    top-1 ${pct(r.categoryAccuracy)} (baseline ${pct(r.categoryBaseline.accuracy)}) target ≥ 89% ${mark('categoryAccuracy')}`,
    `    top-3 ${pct(r.categoryTop3)} (baseline ${pct(r.categoryBaseline.top3)}) target ≥ 97% ${mark('categoryTop3')}`,
    `  sentiment ${r.datasets.sentiment.file}: train ${r.datasets.sentiment.train}, test ${r.datasets.sentiment.test}`,
    `    accuracy ${pct(r.sentimentAccuracy)} (baseline ${pct(r.sentimentBaseline.accuracy)}, same classifier on waimai alone ${pct(r.sentimentWaimaiOnly.accuracy)}) target ≥ 90% ${mark('sentimentAccuracy')}`,
    `    trained on ${r.sentimentTraining.weighting}, threshold ${r.sentimentTraining.decisionThreshold} (cross-validated ${pct(r.sentimentTraining.validationAccuracy)})`,
    `    other splits (seeds ${r.sentimentAcrossSeeds.seeds.join(', ')}): ${r.sentimentAcrossSeeds.accuracy.map(pct).join(' ')}; mean ${pct(r.sentimentAcrossSeeds.meanAccuracy)} (baseline mean ${pct(r.sentimentAcrossSeeds.meanBaseline)})`,
    ...deskLines(r.categorySuggestionsOnOneKindDesk),
    `  train ${r.trainTexts} texts: ${r.trainMs} ms wall (learn ${r.learnMs} + refit ${r.refitMs}), ${r.trainCpuMs} ms cpu; target ≤ 15000 ms ${mark('trainMs')}`,
    `  predict ${r.predictMs} ms per text; target ≤ 5 ms ${mark('predictMs')}`,
    `  model ${mb(r.modelBytes)} (10 categories), sentiment model ${mb(r.sentimentModelBytes)}`,
  ];
  process.stderr.write(lines.join('\n') + '\n');
}
