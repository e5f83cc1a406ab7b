import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../translator';

let zh: TFunction;
let english: TFunction;

beforeAll(async () => {
  [zh, english] = [await translator('zh-CN'), await translator('en')];
});

describe('wording of the English texts', () => {
  it('says 1 complaint, 2 complaints; Chinese has one form', () => {
    expect([1, 2, 1234].map((count) => english('tracking.count', { count }))).toEqual(['1 complaint', '2 complaints', '1234 complaints']);
    expect(english('errors.imports.hasErrors', { count: 1 })).toMatch(/^1 row has an error\./);
    expect(english('dashboard.drill', { what: 'Overdue now', count: 1 })).toBe('Show in the tracking table: Overdue now (1 complaint)');
    expect([1, 2].map((count) => zh('tracking.count', { count }))).toEqual(['共 1 宗投诉', '共 2 宗投诉']);
  });

  it('counts a repeat complainant’s complaints without a “time(s)”', () => {
    const notice = english('similar.repeat.intakeNotice', { count: 1, days: 30 });
    expect(notice).toBe('Complaints from this customer in the last 30 days: 1. Check whether it is the same problem and say so in the complaint.');
    expect(zh('similar.repeat.intakeNotice', { count: 1, days: 30 })).toBe('近 30 天内该客户已投诉 1 次，请核对是否为同一问题，并在投诉内容中注明。');
  });

  it('writes straight quotes, which the CJK font the app prefers does not draw full-width, and groups the count', () => {
    expect(english('suggest.source.model', { count: 4575 })).toBe("Suggestions based on this desk's 4,575 categorised complaints.");
    expect(zh('suggest.source.model', { count: 4575 })).toBe('建议依据本中心 4,575 宗已分类的投诉。');
    expect(english('suggest.source.modelWithRules', { count: 4575, phrases: english('suggest.source.phrase', { phrase: '漏电' }) })).toBe(
      'Suggestions based on this desk\'s 4,575 categorised complaints; few of them mention "漏电", so for that part the suggestion relies mostly on the built-in rules.',
    );
    expect(english('tracking.filters.dueSoonHours')).toBe('Hours for "due soon"');
    expect(zh('tracking.filters.dueSoonHours')).toBe('“即将到期”的小时数');
  });

  it('puts a user’s role in the brackets of the language', () => {
    expect(zh('security.audit.actor', { name: '李客服', role: '客服专员' })).toBe('李客服（客服专员）');
    expect(english('security.audit.actor', { name: 'Li', role: 'Agent' })).toBe('Li (Agent)');
  });
});
