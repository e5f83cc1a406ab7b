import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  createModel,
  forget,
  learn,
  modelStats,
  predict,
  refit,
  refitInSteps,
  trainModel,
  type TextModel,
} from '../../../../../src-renderer/domain/assist/classifier';
import { featureIds } from '../../../../../src-renderer/domain/assist/model/features';
import { HELD_OUT, TRAINING, type Topic } from './classifier-fixture';

const PROBES = ['快递一直没到', '客服不理人', '退款还没到账', '屏幕坏了', '', '！！！'];

function learnAll<L extends string>(model: TextModel<L>, examples: readonly { text: string; label: L }[]): TextModel<L> {
  for (const { text, label } of examples) learn(model, text, label);
  return model;
}

function heldOutHits(model: TextModel<Topic>): number {
  return HELD_OUT.filter(({ text, label }) => predict(model, text, 1)[0]?.label === label).length;
}

/** Deep equality of whole models; vitest's toEqual walks 2^18-element typed arrays one element at a time. */
function sameModel(a: TextModel<string>, b: TextModel<string>): boolean {
  return isDeepStrictEqual(a, b);
}

function snapshot(model: TextModel<string>) {
  return { stats: modelStats(model), predictions: PROBES.map((text) => predict(model, text, 10)) };
}

describe('predict', () => {
  it('names the right topic for texts it has not seen, with and without the regression layer', () => {
    const model = learnAll(createModel<Topic>(), TRAINING);
    expect(heldOutHits(model)).toBe(HELD_OUT.length);
    refit(model);
    expect(heldOutHits(model)).toBe(HELD_OUT.length);
  });

  it('returns probabilities over all labels that sum to 1, best first, k of them (3 by default)', () => {
    const model = trainModel(TRAINING);
    for (const text of PROBES) {
      const all = predict(model, text, 10);
      expect(all.map((p) => p.label).sort()).toEqual(['服务', '物流', '质量', '退款']);
      expect(all.reduce((sum, p) => sum + p.probability, 0)).toBeCloseTo(1, 12);
      for (let i = 1; i < all.length; i++) expect(all[i - 1]!.probability).toBeGreaterThanOrEqual(all[i]!.probability);
      expect(predict(model, text)).toEqual(all.slice(0, 3));
    }
    expect(predict(model, '快递太慢', 1)).toHaveLength(1);
    expect(predict(model, '快递太慢', 0)).toEqual([]);
  });

  it('gives calibrated rather than certain probabilities before the first refit', () => {
    const model = learnAll(createModel<Topic>(), TRAINING);
    const [best] = predict(model, '快递一直没到，物流也不更新');
    expect(best!.label).toBe('物流');
    expect(best!.probability).toBeGreaterThan(0.5);
    expect(best!.probability).toBeLessThan(0.999);
  });

  it('is deterministic: the same examples give the same model and the same answers', () => {
    const first = trainModel(TRAINING);
    const second = trainModel(TRAINING);
    expect(sameModel(second, first)).toBe(true);
    expect(snapshot(second)).toEqual(snapshot(first));
  });

  it('trainModel is createModel, learn every example, then refit', () => {
    const manual = learnAll(createModel<Topic>(), TRAINING);
    refit(manual);
    expect(sameModel(trainModel(TRAINING), manual)).toBe(true);
    expect(sameModel(trainModel(TRAINING.slice(1)), manual)).toBe(false);
  });
});

describe('learn and forget', () => {
  it('forget undoes learn exactly, for a known label, a new label and a repeated text', () => {
    const model = trainModel(TRAINING);
    const before = snapshot(model);
    const clone = structuredClone(model);
    learn(model, '快递员把货放在快递柜也不说', '物流');
    learn(model, '发票一直没开', '发票');
    learn(model, '客服不理人', '服务');
    learn(model, '客服不理人', '服务');
    expect(modelStats(model).examples).toBe(TRAINING.length + 4);
    expect(modelStats(model).labels).toBe(5);
    expect(forget(model, '客服不理人', '服务')).toBe(true);
    expect(forget(model, '客服不理人', '服务')).toBe(true);
    expect(forget(model, '发票一直没开', '发票')).toBe(true);
    expect(forget(model, '快递员把货放在快递柜也不说', '物流')).toBe(true);
    expect(snapshot(model)).toEqual(before);
    expect(sameModel(model, clone)).toBe(true);
  });

  it('a weight counts the example that many times, for naive Bayes and the refit alike, and forget with it undoes it', () => {
    const weighted = learnAll(createModel<Topic>(), TRAINING);
    const repeated = learnAll(createModel<Topic>(), TRAINING);
    const before = structuredClone(weighted);
    learn(weighted, '快递三天了还在路上', '物流', 3);
    for (let i = 0; i < 3; i++) learn(repeated, '快递三天了还在路上', '物流');
    expect(modelStats(weighted).examples).toBe(TRAINING.length + 3);
    expect(sameModel(weighted, repeated)).toBe(true);
    refit(weighted);
    refit(repeated);
    expect(sameModel(weighted, repeated)).toBe(true);
    weighted.linear = null;
    expect(forget(weighted, '快递三天了还在路上', '物流', 4)).toBe(false);
    expect(forget(weighted, '快递三天了还在路上', '物流', 3)).toBe(true);
    expect(sameModel(weighted, before)).toBe(true);
    expect(() => learn(weighted, '快递太慢', '物流', 0)).toThrow(RangeError);
    expect(() => learn(weighted, '快递太慢', '物流', 1.5)).toThrow(RangeError);
    expect(sameModel(weighted, before)).toBe(true);
  });

  it('forgetting a whole label and learning it back restores the answers', () => {
    const model = trainModel(TRAINING);
    const before = snapshot(model);
    const quality = TRAINING.filter((e) => e.label === '质量');
    for (const { text, label } of quality) expect(forget(model, text, label)).toBe(true);
    expect(modelStats(model).labels).toBe(3);
    expect(predict(model, '屏幕坏了', 10).map((p) => p.label)).not.toContain('质量');
    learnAll(model, quality);
    expect(snapshot(model)).toEqual(before);
  });

  it('forgetting what was never learned changes nothing', () => {
    const model = trainModel(TRAINING);
    const clone = structuredClone(model);
    expect(forget(model, '从来没学过的话', '物流')).toBe(false);
    expect(forget(model, TRAINING[0]!.text, '质量')).toBe(false);
    expect(forget(model, TRAINING[0]!.text, '没有这个类别' as Topic)).toBe(false);
    expect(sameModel(model, clone)).toBe(true);
  });

  it('a case re-graded to another label moves its prediction at once, before any refit', () => {
    const model = trainModel(TRAINING);
    const text = '商家一直拖着，什么都不处理';
    const share = (label: Topic) => predict(model, text, 10).find((p) => p.label === label)!.probability;
    const before = share('退款');
    learn(model, text, '退款');
    expect(share('退款')).toBeGreaterThan(before);
    for (let i = 0; i < 20; i++) learn(model, text, '退款');
    expect(predict(model, text, 1)[0]!.label).toBe('退款');
  });

  it('a label first learned after the last refit can be predicted at once', () => {
    const model = trainModel(TRAINING);
    learnAll(model, [
      { text: '发票一直没开给我', label: '发票' as Topic },
      { text: '要求补开发票，商家拒绝', label: '发票' as Topic },
      { text: '发票抬头开错了', label: '发票' as Topic },
    ]);
    expect(predict(model, '发票开错了', 1)[0]!.label).toBe('发票');
    refit(model);
    expect(model.linear!.labels).toContain('发票');
    expect(predict(model, '发票开错了', 1)[0]!.label).toBe('发票');
  });
});

describe('refit', () => {
  it('fits a layer over the labels and keeps or improves held-out accuracy', () => {
    const model = learnAll(createModel<Topic>(), TRAINING);
    const before = heldOutHits(model);
    refit(model);
    expect(model.linear!.labels).toEqual(['物流', '质量', '服务', '退款']);
    expect(heldOutHits(model)).toBeGreaterThanOrEqual(before);
  });

  it('in resumable steps gives the same layer as in one go', () => {
    const stepped = learnAll(createModel<Topic>(), TRAINING);
    let steps = 0;
    for (const _ of refitInSteps(stepped, 10)) steps++;
    // 40 texts to extract, then 30 epochs of 40 updates, 10 at a time.
    expect(steps).toBe(4 + 120);
    expect(sameModel(stepped, trainModel(TRAINING))).toBe(true);
  });

  it('in steps, tolerates learning and forgetting between the steps and fits what it started with', () => {
    const model = learnAll(createModel<Topic>(), TRAINING);
    const steps = refitInSteps(model, 5);
    steps.next();
    learn(model, '发票一直没开', '发票' as Topic);
    expect(forget(model, TRAINING[0]!.text, TRAINING[0]!.label)).toBe(true);
    expect(model.linear).toBeNull();
    for (let step = steps.next(); !step.done; step = steps.next()) expect(model.linear).toBeNull();
    expect(model.linear!.labels).toEqual(['物流', '质量', '服务', '退款']);
    expect(model.linear!.examples).toBe(TRAINING.length);
    expect(predict(model, '发票一直没开', 1)[0]!.label).toBe('发票');
    expect(heldOutHits(model)).toBe(HELD_OUT.length);
  });

  it('needs two labels: with one there is nothing to discriminate', () => {
    const model = trainModel([{ text: '快递太慢', label: 'a' }, { text: '没人接电话', label: 'a' }]);
    expect(model.linear).toBeNull();
    expect(predict(model, '快递')).toEqual([{ label: 'a', probability: 1 }]);
  });
});

describe('edge cases', () => {
  it('an empty model predicts nothing and refits without error', () => {
    const model = createModel<Topic>();
    expect(predict(model, '快递')).toEqual([]);
    refit(model);
    expect(model.linear).toBeNull();
    expect(modelStats(model)).toMatchObject({ examples: 0, labels: 0 });
  });

  it('empty or punctuation-only texts get finite probabilities, learned or predicted', () => {
    const model = trainModel(TRAINING);
    for (const text of ['', '   ', '……']) {
      const predictions = predict(model, text, 10);
      expect(predictions).toHaveLength(4);
      for (const p of predictions) expect(Number.isFinite(p.probability)).toBe(true);
    }
    const before = snapshot(model);
    learn(model, '', '物流');
    expect(predict(model, '', 10).every((p) => Number.isFinite(p.probability))).toBe(true);
    expect(forget(model, '', '物流')).toBe(true);
    expect(snapshot(model)).toEqual(before);
  });

  it('works with any label strings', () => {
    const model = trainModel([
      { text: '威胁要找媒体曝光', label: 'high' },
      { text: '说要去法院起诉', label: 'high' },
      { text: '咨询一下营业时间', label: 'low' },
      { text: '问一下怎么开发票', label: 'low' },
    ]);
    expect(predict(model, '我要找媒体曝光你们', 1)[0]!.label).toBe('high');
    expect(predict(model, '营业时间是几点', 1)[0]!.label).toBe('low');
  });

  it('reports its size: more labels, more bytes', () => {
    const model = trainModel(TRAINING);
    const stats = modelStats(model);
    expect(stats).toMatchObject({ examples: TRAINING.length, labels: 4 });
    learn(model, '发票一直没开', '发票');
    expect(modelStats(model).bytes).toBeGreaterThan(stats.bytes);
  });
});

describe('featureIds', () => {
  it('gives distinct ascending ids within the hash space, the same for the same text', () => {
    const ids = featureIds('快递快递太慢了！！', 12);
    for (let i = 1; i < ids.length; i++) expect(ids[i]!).toBeGreaterThan(ids[i - 1]!);
    for (const id of ids) expect(id).toBeLessThan(1 << 12);
    expect(featureIds('快递快递太慢了！！', 12)).toEqual(ids);
    // 快 递 太 慢 了 ! + 快递 递快 递太 太慢 慢了 了! !! + 3-grams 快递快 递快递 快递太 递太慢 太慢了 慢了! 了!!
    expect(featureIds('快递快递太慢了！！').length).toBe(20);
  });

  it('counts punctuation and never joins characters across whitespace', () => {
    expect(featureIds('太差了！！！')).not.toEqual(featureIds('太差了'));
    expect(featureIds('快递 慢').length).toBe(featureIds('快递').length + featureIds('慢').length);
    expect(featureIds('')).toHaveLength(0);
  });
});
