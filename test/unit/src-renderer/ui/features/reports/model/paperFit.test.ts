import { describe, expect, it } from 'vitest';
import { charsEm, longestWordEm, paperWidths, type PaperColumn } from '../../../../../../../src-renderer/ui/features/reports/model/paperFit';

const COMPANY = '内蒙古自治区呼和浩特市恒达国际贸易有限责任公司';
const column = (header: string, cells: string[], options: Partial<PaperColumn> = {}): PaperColumn => ({
  header,
  cells,
  whole: false,
  keepAll: false,
  flows: false,
  ...options,
});

describe('how a report table shares the width of the paper', () => {
  it('counts a CJK character as one em and a Latin one as less, a long word whole, CJK broken between characters unless kept', () => {
    expect(charsEm('满意度')).toBe(3);
    expect(charsEm('Satisfaction')).toBeLessThan(12 * 0.7);
    expect(charsEm('TS-20261102-0001')).toBeGreaterThan(charsEm('Closed'));
    expect(longestWordEm('Resolution on time', false)).toBe(charsEm('Resolution'));
    // An unbroken company name breaks between its characters; kept whole (keep-all) it is one word.
    expect(longestWordEm(COMPANY, false)).toBe(1);
    expect(longestWordEm(COMPANY, true)).toBe(COMPANY.length);
    expect(longestWordEm('物流配送 / 丢件', true)).toBe(4);
  });

  it('gives each column a share, adding up to the whole, by the longest word it keeps whole: free text claims only its heading', () => {
    const { shares, wholeEm, totalWholeEm } = paperWidths([
      column('Customer', [COMPANY], { flows: true }),
      column('Department', ['华北区域物流配送管理部'], { keepAll: true }),
      column('Satisfaction', ['3.50']),
    ]);
    expect(shares.reduce((sum, share) => sum + share, 0)).toBeCloseTo(1);
    // The company name wraps anywhere: the customer's column claims no more than its heading's word.
    expect(shares[0]! / shares[2]!).toBeCloseTo(charsEm('Customer') / charsEm('Satisfaction'));
    // A department's name is kept whole while there is room: it claims the most.
    expect(shares[1]).toBeGreaterThan(shares[2]!);
    expect(wholeEm).toEqual([0, 0, 0]);
    expect(totalWholeEm).toBe(0);
  });

  it('lets case numbers and dates take their width first, leaving the headings theirs of the rest', () => {
    const { shares, wholeEm, totalWholeEm } = paperWidths([
      column('Case no.', ['TS-20261102-0001', 'TS-20261102-12'], { whole: true }),
      column('Received at', ['2026-11-02 09:30'], { whole: true }),
      column('Outcome', ['A very long outcome that wraps'], { flows: true }),
    ]);
    expect(wholeEm).toEqual([charsEm('TS-20261102-0001'), charsEm('2026-11-02 09:30'), 0]);
    expect(totalWholeEm).toBeCloseTo(wholeEm[0]! + wholeEm[1]!);
    expect(shares).toEqual([0, 0, 1]);
  });

  it('still shares the width out when a table has no rows, or its headings are blank', () => {
    const { shares } = paperWidths([column('', []), column('', [])]);
    expect(shares).toEqual([0.5, 0.5]);
  });
});
