import { describe, expect, it } from 'vitest';
import { counterContent, PAGE_COUNTER_VALUES, pageRules } from '../../../../../../src-renderer/ui/features/print/frame/pageRules';

const fill = (template: string) => template.replace('{{page}}', PAGE_COUNTER_VALUES.page).replace('{{pages}}', PAGE_COUNTER_VALUES.pages);

describe('page rules of the printed forms', () => {
  it('cuts the translated page number around the counters', () => {
    expect(counterContent(fill('第 {{page}} 页 / 共 {{pages}} 页'))).toBe('"第 " counter(page) " 页 / 共 " counter(pages) " 页"');
    expect(counterContent(fill('Page {{page}} of {{pages}}'))).toBe('"Page " counter(page) " of " counter(pages)');
  });

  it('escapes quotes and backslashes so a translation cannot end the CSS string', () => {
    expect(counterContent(fill('"{{page}}\\'))).toBe('"\\"" counter(page) "\\\\"');
  });

  it('takes the paper and margins from the settings', () => {
    expect(pageRules({ paper: 'Letter', marginsMm: 20 }, 'x')).toContain('size: letter portrait;');
    expect(pageRules({ paper: 'A4', marginsMm: 12 }, 'x')).toMatch(/size: A4 portrait;\s+margin: 12mm;/);
  });
});
