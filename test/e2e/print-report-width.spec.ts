import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { printFlow, squash, type PdfPage, type PrintCaseFixture } from './pages/print';

const MM = 72 / 25.4;
/** The default settings: A4 portrait, 15 mm margins. */
const PAPER_MM = { width: 210, margin: 15 };
const PX_PER_MM = 96 / 25.4;

/** A major case of a company whose name (the tester's, 23 characters) has no place to break but between its characters. */
const COMPANY = '内蒙古自治区呼和浩特市恒达国际贸易有限责任公司';
const CASE: PrintCaseFixture = {
  customerName: COMPANY,
  phone: '13912345678',
  email: 'hengda@example.com',
  product: '冷链集装箱',
  orderNo: 'HD20261123001',
  description: '整批货物在运输途中受潮，客户要求赔偿。',
  demandNote: '希望尽快赔偿',
  rationale: '货值较高，客户投诉至监管部门。',
  measures: ['核查运输记录', '按合同赔偿'],
  resources: '物流专车一辆',
  legalOpinion: '按合同条款赔偿。',
  progress: ['已与物流核对运输记录。'],
  pauseReason: '等待客户提供损失清单',
  resumeNote: '客户已提供清单',
  extensionReason: '需保险公司定损',
  decisionNote: '同意延期',
  summary: '已按合同赔偿并致歉，客户签收赔款。',
  result: '客户认可赔偿方案',
  comment: '希望运输更加规范',
};

/** The manager's analysis: long lines in both languages, each word recognisable on paper, an end mark last. */
const ANALYSIS =
  'Complaints about cold-chain logistics doubled this month; the major case of the Hohhot trading company was settled ' +
  'within the approved deadline, and the customer accepted the compensation offered under the contract. ' +
  '本月冷链物流投诉明显增多，重大投诉一宗已在批准的期限内按合同赔偿办结，客户认可处理结果。'.repeat(3) +
  'End of analysis: every character printed.';

/** Elements of the print view that reach past the printable width of the page, laid out for print at that width. */
async function overflowing(page: Page): Promise<string[]> {
  const printable = Math.floor((PAPER_MM.width - 2 * PAPER_MM.margin) * PX_PER_MM);
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: printable, height: 1200 });
  try {
    return await page.evaluate(() => {
      const document = window.document;
      const article = document.querySelector('article')!;
      const limit = Math.min(document.documentElement.clientWidth, article.getBoundingClientRect().right);
      const found: string[] = [];
      if (document.documentElement.scrollWidth > document.documentElement.clientWidth)
        found.push(`page scrolls: ${document.documentElement.scrollWidth} > ${document.documentElement.clientWidth}`);
      for (const element of [article, ...article.querySelectorAll<HTMLElement>('*')]) {
        const box = element.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) continue;
        const wide = box.right > limit + 0.5 || box.left < -0.5;
        const spills = element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 0;
        if (wide || spills) {
          const name = `${element.tagName.toLowerCase()}${element.getAttribute('data-table') ? `[${element.getAttribute('data-table')}]` : ''}`;
          found.push(`${name} ${Math.round(box.left)}–${Math.round(box.right)} (scroll ${element.scrollWidth}/${element.clientWidth}) > ${Math.round(limit)}: ${(element.textContent ?? '').slice(0, 40)}`);
        }
      }
      return found.slice(0, 20);
    });
  } finally {
    await page.emulateMedia({ media: null });
    await page.setViewportSize({ width: 1280, height: 720 });
  }
}

/** No word of the PDF lies outside the printable area of its page (glyph boxes may overhang by a fraction of a point). */
function wordsOutside(pages: PdfPage[]): string[] {
  const margin = PAPER_MM.margin * MM;
  return pages.flatMap((page, i) => page.words.filter((w) => w.xMin < margin - 2 || w.xMax > page.width - margin + 2).map((w) => `page ${i + 1}: ${w.text}`));
}

/**
 * The report's own text over all its pages, without the header each page repeats (it ends with the
 * title on the left and the print time on the right) and the page number in the bottom margin.
 */
function reportText(pages: PdfPage[], title: string): string {
  const centre = (w: PdfPage['words'][number]) => (w.yMin + w.yMax) / 2;
  const lastWord = title.split(/\s+/).at(-1)!;
  return pages
    .map((page) => {
      const printed = page.words.findIndex((w) => w.text.startsWith('打印时间') || w.text === 'Printed');
      const clock = page.words.findIndex((w, i) => i >= printed && /\d{1,2}:\d{2}$/.test(w.text));
      const titleEnd = page.words.find((w) => w.text === lastWord);
      expect(printed >= 0 && clock >= 0 && titleEnd !== undefined, 'the header on every page').toBe(true);
      const headerEnd = Math.max(centre(page.words[clock]!), centre(titleEnd!));
      return page.words
        .filter((w) => centre(w) > headerEnd + 1 && centre(w) < page.height - PAPER_MM.margin * MM)
        .map((w) => w.text)
        .join('');
    })
    .join('');
}

/** The customer's name as printed in its cell of the major complaints: its lines, one under the other, read in order. */
function customerCell(pages: PdfPage[]): string {
  for (const page of pages) {
    const first = page.words.find((w) => w.text.startsWith(COMPANY.slice(0, 3)));
    if (!first) continue;
    const lines = page.words.filter((w) => Math.abs(w.xMin - first.xMin) < 1 && w.yMin >= first.yMin && w.yMin < first.yMin + 60).sort((a, b) => a.yMin - b.yMin);
    let name = '';
    for (const line of lines) if (COMPANY.startsWith(name + line.text)) name += line.text;
    return name;
  }
  return '';
}

test.describe('the monthly report on paper', () => {
  test.use({ signedInAs: 'supervisor' });
  test.setTimeout(120_000);

  test('fits the width of an A4 page in Chinese and in English, a long company name and the analysis printed whole', async ({ desk, page }) => {
    await desk.shell.visit('reports');
    const flow = printFlow(page);
    await flow.handle(CASE);
    // The month the case was received in (an hour ago, China time).
    const month = await page.evaluate(async (analysis) => {
      const at = new Date(Date.now() - 3_600_000);
      const m = { year: at.getFullYear(), month: at.getMonth() + 1 };
      await window.__desk!.store.send('reports.saveNotes', { ...m, analysis, recommendations: '与物流公司约定冷链运输标准。' });
      return m;
    }, ANALYSIS);
    const route = `/print/report/${month.year}/${month.month}`;

    for (const [language, title, majorHeading, analysisHeading, nextHeading] of [
      ['简体中文', `${month.year}年${month.month}月 投诉分析报告`, '六、重大投诉及处理结果', '十、投诉分析', '十一、改进建议'],
      ['English', `Complaint analysis report, ${month.year}-${month.month}`, '6. Major complaints and their outcome', '10. Analysis', '11. Recommendations'],
    ] as const) {
      if (language === 'English') {
        // The report in the user's language: the centre chose it (Chinese otherwise).
        await flow.formsInUiLanguage();
        await page.goto('/#/reports');
        await desk.shell.switchLanguage('English');
      }
      const pages = await flow.pdf(route);
      await expect(page.getByRole('heading', { level: 2, name: majorHeading })).toBeVisible();
      await expect(page.locator('[data-table="major"]')).toContainText(COMPANY);
      expect(await overflowing(page), language).toEqual([]);

      expect(wordsOutside(pages), language).toEqual([]);
      expect(customerCell(pages), language).toBe(COMPANY);
      // Every character of the analysis is on paper, none lost at a line's end. (pdftotext may read a
      // line of Latin and CJK text out of order: the characters are compared, not their order.)
      const text = reportText(pages, title);
      const analysis = text.slice(text.indexOf(squash(analysisHeading)) + squash(analysisHeading).length, text.indexOf(squash(nextHeading)));
      const characters = (s: string) => [...s].sort().join('');
      expect(characters(analysis), language).toBe(characters(squash(ANALYSIS)));
      expect(text, language).toContain(squash('End of analysis: every character printed.'));
    }
  });
});
