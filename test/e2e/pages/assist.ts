import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The words of the suggestions, written out here rather than imported from
 * the app's i18n resources, so a wrong or missing translation fails a test.
 */
export const assistZh = {
  category: '初判类别',
  categories: '建议类别',
  chip: (category: string, percent: number) => `${category} ${percent}%`,
  emotion: '情绪与升级信号',
  levels: { negative: '情绪激烈', escalating: '有升级风险' },
  kinds: { media: '媒体曝光', regulator: '监管投诉', legal: '法律途径' },
  severity: '建议严重程度',
  suggested: (severity: string) => `建议定为：${severity}`,
  adopt: (severity: string) => `采用建议的严重程度：${severity}`,
  fromRules: '建议来自内置规则：本中心已分类的投诉还不够多。',
};
export type AssistLabels = typeof assistZh;

/**
 * 智能建议 wherever a description is shown for a decision: under the
 * description at intake, or in the grading dialog (pass the dialog as `scope`).
 */
export function assistPanel(page: Page, scope: Locator, a: AssistLabels = assistZh) {
  const chips = scope.getByRole('group', { name: a.categories, exact: true });
  const severity = scope.getByRole('group', { name: a.severity, exact: true });
  return {
    categoryField: scope.getByRole('combobox', { name: a.category, exact: true }),
    chips,
    chip: (category: string, percent: number) => chips.getByRole('button', { name: a.chip(category, percent), exact: true }),
    /** Any chip of a category, whatever its confidence. */
    chipOf: (category: string) => chips.getByRole('button', { name: new RegExp(`^${category} \\d+%$`) }),
    emotion: scope.getByRole('group', { name: a.emotion, exact: true }),
    /** The phrases highlighted in the emotion flag (each a <mark>). */
    marks: scope.getByRole('group', { name: a.emotion, exact: true }).locator('mark'),
    severity,
    adopt: (label: string) => severity.getByRole('button', { name: a.adopt(label), exact: true }),
    source: scope.getByText(a.fromRules, { exact: true }),

    /** Clicks a chip and expects the category field to hold it, the chip shown as chosen. */
    async choose(category: string, percent: number) {
      await this.chip(category, percent).click();
      await expect(this.categoryField).toHaveValue(category);
      await expect(this.chip(category, percent)).toHaveAttribute('aria-pressed', 'true');
    },
  };
}
