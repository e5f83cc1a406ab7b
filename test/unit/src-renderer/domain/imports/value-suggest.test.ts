import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../../../src-renderer/domain/cases/vocabulary';
import { VOCABULARIES } from '../../../../../src-renderer/domain/imports/value-map';
import { bigramSimilarity, labelScore, suggestionIndex, suggestValue } from '../../../../../src-renderer/domain/imports/value-suggest';
import { DEFAULT_SETTINGS } from '../../../../../src-renderer/domain/settings/settings';

const indexOf = (field: keyof typeof VOCABULARIES, extra: Record<string, readonly string[]> = {}) =>
  suggestionIndex(VOCABULARIES[field].codes.map((code) => ({ value: code, labels: [...(VOCABULARIES[field].labels[code] ?? []), ...(extra[code] ?? [])] })));

const subCategories = Object.fromEntries(CATEGORIES.map((c) => [c, DEFAULT_SETTINGS.categories[c].subCategories]));

describe('bigramSimilarity', () => {
  it('is the share of character pairs two texts have in common', () => {
    expect(bigramSimilarity('物流配送', '物流配送')).toBe(1);
    expect(bigramSimilarity('物流快', '物流慢')).toBeCloseTo(0.5);
    expect(bigramSimilarity('物', '物流')).toBe(0);
    expect(bigramSimilarity('收费', '服务')).toBe(0);
  });
});

describe('labelScore', () => {
  it('scores a label inside the value by how much of it it covers, Chinese from two characters, Latin from four letters', () => {
    expect(labelScore('快递问题', '快递')).toBeCloseTo(0.75);
    expect(labelScore('快递', '快递')).toBe(1);
    expect(labelScore('应', '应用')).toBe(0);
    expect(labelScore('webpage', 'web')).toBe(bigramSimilarity('webpage', 'web'));
    expect(labelScore('deliverylate', 'delivery')).toBeGreaterThan(0.8);
  });

  it('never matches a negated value with a label that is not negated, or the other way round', () => {
    expect(labelScore('未关闭', '关闭')).toBe(0);
    expect(labelScore('关闭', '未关闭')).toBe(0);
    expect(labelScore('尚未关闭', '未关闭')).toBeGreaterThan(0.8);
  });
});

describe('suggestValue', () => {
  it('guesses the category an old system wrote in its own words', () => {
    const categories = indexOf('category', subCategories);
    expect(suggestValue(categories, '快递问题')).toBe('logistics');
    expect(suggestValue(categories, '物流慢')).toBe('logistics');
    expect(suggestValue(categories, '产品质量问题')).toBe('product_quality');
    expect(suggestValue(categories, '售后服务差')).toBe('after_sales');
    // A configured sub-category says which category it belongs to.
    expect(suggestValue(categories, '丢件')).toBe('logistics');
    expect(suggestValue(categories, '发票问题')).toBe('billing');
  });

  it('offers nothing where the text says nothing, or says two things equally', () => {
    expect(suggestValue(indexOf('severity'), 'A级')).toBeNull();
    expect(suggestValue(indexOf('severity'), '三星')).toBeNull();
    expect(suggestValue(indexOf('category'), '杂项事宜')).toBeNull();
    // Half the pairs shared is not enough.
    expect(bigramSimilarity('较严格', '较严重')).toBe(0.5);
    expect(suggestValue(indexOf('severity'), '较严格')).toBeNull();
    // 物流 (物流配送) and 质量 (产品质量) each cover half of it.
    expect(suggestValue(indexOf('category'), '物流质量')).toBeNull();
    expect(suggestValue(indexOf('category'), '')).toBeNull();
    expect(suggestValue(indexOf('category'), ' -- ')).toBeNull();
  });

  it('does not read a negated status as its opposite', () => {
    const statuses = indexOf('status');
    expect(suggestValue(statuses, '尚未关闭')).toBe('open');
    expect(suggestValue(statuses, '已关闭归档')).toBe('closed');
    expect(suggestValue(statuses, '未归档')).not.toBe('closed');
    // In English too: an export from an English helpdesk says so in words.
    for (const negated of ['Not Resolved', 'not closed', 'Unclosed', 'non-closed']) expect(suggestValue(statuses, negated), negated).not.toBe('closed');
    expect(suggestValue(statuses, 'Closed')).toBe(suggestValue(statuses, '已关闭'));
  });

  it('reads English values by their words', () => {
    expect(suggestValue(indexOf('channel'), 'Phone call')).toBe('phone');
    expect(suggestValue(indexOf('category'), 'Late delivery')).toBe('logistics');
  });

  it('does not guess a demand from a label inside it: the words around it ask for more', () => {
    const demands = (labelInside: boolean) =>
      suggestionIndex(
        VOCABULARIES.demand.codes.map((code) => ({ value: code, labels: VOCABULARIES.demand.labels[code] ?? [] })),
        { labelInside },
      );
    expect(suggestValue(demands(true), '要求赔偿')).toBe('compensation');
    expect(suggestValue(demands(false), '要求赔偿')).toBeNull();
    expect(suggestValue(demands(false), '快递退款要求')).toBeNull();
    // A near spelling of the desk's word is still offered.
    expect(suggestValue(demands(false), '赔礼道歉了')).toBe('apology');
  });

  it('guesses a department by its name', () => {
    const departments = suggestionIndex(DEFAULT_SETTINGS.departments.map((name) => ({ value: name, labels: [] })));
    expect(suggestValue(departments, '售后服务部门')).toBe('售后服务部');
    expect(suggestValue(departments, '物流配送')).toBe('物流配送部');
    expect(suggestValue(departments, '总经办')).toBeNull();
  });
});
