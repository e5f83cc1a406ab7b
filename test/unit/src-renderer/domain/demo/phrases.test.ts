// The demo desk's grader files complaints as its built-in phrases argue, so the models a demo desk
// trains learn sensible categories (a rough keyword grader filed 排队两个小时 under 物流配送).
import { describe, expect, it } from 'vitest';
import type { Category } from '../../../../../src-renderer/domain/cases/vocabulary';
import { categoryOf } from '../../../../../src-renderer/domain/demo/phrases';
import { rng, sampler } from '../../../../../src-renderer/domain/demo/random';

/** How often, over many graders' draws, each category is chosen for `text`. */
function shares(text: string, draws = 400): Partial<Record<Category, number>> {
  const counts: Partial<Record<Category, number>> = {};
  for (let seed = 1; seed <= draws; seed += 1) {
    const category = categoryOf(text, sampler(rng(seed)));
    counts[category] = (counts[category] ?? 0) + 1 / draws;
  }
  return counts;
}

describe('the demo desk’s grader', () => {
  it.each([
    ['柜员态度很差，爱理不理，我排队等了两个小时才办完。', 'service_attitude'],
    ['多扣了一笔年费388元，要求退还多收的费用。', 'billing'],
    ['快递三天了还没送到，物流信息一直不更新。', 'logistics'],
  ] as const)('files “%s” under %s most of the time', (text, category) => {
    const chosen = shares(text);
    expect(chosen[category] ?? 0).toBeGreaterThan(0.8);
  });
});
