import { describe, expect, it } from 'vitest';
import {
  cosine,
  idf,
  isStopTerm,
  MAX_TERMS_PER_TEXT,
  MIN_SHARED_TERMS,
  EXCERPT_LENGTH,
  resolutionOf,
  SHORT_TEXT_TERMS,
  similarity,
  similarityText,
  STOP_MIN_DOCS,
  termsOf,
  toSimilarCase,
  topK,
} from '../../../../../src-renderer/domain/assist/similar';
import type { CaseRecord, FeedbackRecord, PlanRecord } from '../../../../../src-renderer/domain/cases/case';

const BY = { id: 'u-agent', name: '客服小王' };

function plan(measures: string[], compensation: PlanRecord['compensation'] = { type: 'none', amount: null }): PlanRecord {
  return {
    measures,
    owner: BY,
    department: '物流配送部',
    collaborators: [],
    dueAt: 0,
    resources: '',
    compensation,
    legalRisk: false,
    submittedAt: 0,
    submittedBy: BY,
    legalOpinion: null,
    approvedAt: 0,
    approvedBy: BY,
    returnReason: '',
  };
}

function feedback(result: string, satisfied: boolean): FeedbackRecord {
  return { channel: 'phone', result, at: 0, by: BY, scores: { efficiency: 5, resolution: 4, attitude: 5, compensation: 3 }, comment: '', satisfied };
}

describe('similarityText and termsOf', () => {
  it('compares description and product without a bigram across the seam', () => {
    const terms = termsOf(similarityText({ description: '屏幕碎了', product: '手机' }));
    expect(terms).toEqual(['屏幕', '幕碎', '碎了', '手机']);
    expect(terms).not.toContain('了手');
  });

  it('leaves out the words every complaint uses: a 发票 complaint and a parcel one share nothing by 投诉 alone', () => {
    const invoice = termsOf('投诉：发票抬头开错了，问题一直没解决，客服说再等等');
    const parcel = termsOf('投诉快递丢件的问题，希望客服尽快解决');
    expect(invoice.filter((term) => parcel.includes(term))).toEqual([]);
    expect(invoice).toContain('发票');
  });

  it('leaves out general sentiment with what only says how much (很不满意, 太失望了): it says how upset, not about what', () => {
    expect(termsOf('不满意，不满意，不满意。')).toEqual([]);
    expect(termsOf('客户非常不满意，差评，太失望了，垃圾！很生气')).toEqual([]);
    expect(termsOf('像素太差，不满意！')).toEqual(['像素']);
    // No bigram is left across the word taken out (户很, 望了), and what the complaint is about stays.
    expect(termsOf('真的很失望，冰箱不制冷')).toEqual(['冰箱', '箱不', '不制', '制冷']);
    // 垃圾 the insult, not the bin.
    expect(termsOf('垃圾桶盖子坏了')).toContain('圾桶');
  });

  it('keeps at most MAX_TERMS_PER_TEXT bigrams of a long text', () => {
    const long = Array.from({ length: 3000 }, (_, i) => String.fromCodePoint(0x4e00 + i)).join('');
    expect(termsOf(long)).toHaveLength(MAX_TERMS_PER_TEXT);
  });
});

describe('weights and scores', () => {
  it('weighs a rare bigram above a common one, and every bigram above zero', () => {
    expect(idf(1, 1000)).toBeGreaterThan(idf(100, 1000));
    expect(idf(1000, 1000)).toBeGreaterThan(0);
    expect(idf(0, 0)).toBe(1);
  });

  it('treats a bigram as a stop-bigram only when common among enough cases', () => {
    expect(isStopTerm(11, 100)).toBe(true);
    expect(isStopTerm(10, 100)).toBe(false);
    expect(isStopTerm(STOP_MIN_DOCS - 1, STOP_MIN_DOCS - 1)).toBe(false);
  });

  it('keeps the cosine within 0 and 1', () => {
    expect(cosine(4, 2, 2)).toBe(1);
    expect(cosine(5, 2, 2)).toBe(1);
    expect(cosine(1, 2, 2)).toBe(0.25);
    expect(cosine(1, 0, 2)).toBe(0);
    expect(cosine(0, 2, 2)).toBe(0);
  });

  it('scores nothing that shares fewer than two content bigrams, and damps a case shorter than the text', () => {
    const match = { dot: 4, queryNorm: 4, docNorm: 1, queryTerms: 16, docTerms: 8, shared: 2 };
    expect(similarity(match)).toBe(1);
    expect(similarity({ ...match, shared: 1 })).toBe(0);
    // A text of one bigram needs only that one.
    expect(similarity({ ...match, shared: 1, queryTerms: 1, docTerms: 1 })).toBe(1);
    // Two content bigrams against a text of sixteen: half the cosine (√(2 / 8)).
    expect(similarity({ ...match, docTerms: 2 })).toBe(0.5);
    // A text as short as the case is not held against it.
    expect(similarity({ ...match, docTerms: 2, queryTerms: 2 })).toBe(1);
    expect(MIN_SHARED_TERMS).toBe(2);
    expect(SHORT_TEXT_TERMS).toBe(8);
  });

  it('picks the k best, best first, ties to the smaller ordinal', () => {
    const candidates = [0.2, 0.9, 0.5, 0.9, 0.1, 0.7].map((score, ordinal) => ({ ordinal, score }));
    expect(topK(candidates, 3)).toEqual([
      { ordinal: 1, score: 0.9 },
      { ordinal: 3, score: 0.9 },
      { ordinal: 5, score: 0.7 },
    ]);
    expect(topK(candidates, 10).map((c) => c.ordinal)).toEqual([1, 3, 5, 2, 0, 4]);
    expect(topK([], 5)).toEqual([]);
  });
});

describe('the answer for a matched case', () => {
  const record = {
    id: 'c1',
    no: 'TS-20261101-0003',
    customerName: '陈晓燕',
    phone: '13912345678',
    email: 'chen.xy@example.com',
    orderNo: 'JD2026001',
    description: '冰箱不制冷',
    product: '冰箱',
    category: 'product_quality',
    subCategory: '功能故障',
    severity: 'serious',
    closedAt: 1_800_000_000_000,
    plan: plan(['上门维修', '致电陈晓燕（13912345678）道歉'], { type: 'voucher', amount: 50 }),
    feedback: feedback('已告知陈晓燕维修结果，订单 JD2026001 已补偿', true),
  } as unknown as CaseRecord;

  it('joins the measures and the result told, each once', () => {
    expect(resolutionOf({ plan: plan(['补发', ' 道歉 ', '']), feedback: feedback('补发；道歉', false) })).toBe('补发；道歉');
    expect(resolutionOf({ plan: plan(['补发']), feedback: feedback('已告知', false) })).toBe('补发 / 已告知');
    expect(resolutionOf({ plan: null, feedback: null })).toBe('');
  });

  it('tells how it was resolved and whether the customer was satisfied, with the customer’s identifiers redacted', () => {
    const answer = toSimilarCase(record, 0.8);
    expect(answer).toEqual({
      id: 'c1',
      no: 'TS-20261101-0003',
      score: 0.8,
      category: 'product_quality',
      subCategory: '功能故障',
      severity: 'serious',
      closedAt: 1_800_000_000_000,
      excerpt: '冰箱不制冷',
      resolution: '上门维修；致电***（***）道歉 / 已告知***维修结果，订单 *** 已补偿',
      compensation: { type: 'voucher', amount: 50 },
      satisfied: true,
      scores: { efficiency: 5, resolution: 4, attitude: 5, compensation: 3 },
    });
    const text = JSON.stringify(answer);
    for (const personal of ['陈晓燕', '13912345678', 'chen.xy', 'JD2026001']) expect(text).not.toContain(personal);
  });

  it('shows the beginning of the description on one line, cut with …, without the customer’s identifiers', () => {
    const description = `陈晓燕来电：冰箱不制冷，\n请回电 13912345678。${'冷藏室温度一直很高。'.repeat(10)}`;
    const { excerpt } = toSimilarCase({ ...record, description }, 0.5);
    expect(excerpt.startsWith('***来电：冰箱不制冷， 请回电 ***。冷藏室')).toBe(true);
    expect([...excerpt]).toHaveLength(EXCERPT_LENGTH + 1);
    expect(excerpt.endsWith('…')).toBe(true);
  });

  it('says nothing about satisfaction or compensation where there was no feedback or plan', () => {
    const answer = toSimilarCase({ ...record, plan: null, feedback: null }, 0.5);
    expect(answer).toMatchObject({ resolution: '', compensation: null, satisfied: null });
    expect(answer).not.toHaveProperty('scores');
  });
});
