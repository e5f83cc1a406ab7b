import type { PrintSettings } from '../../../../domain/settings/settings';

const PAGE = '\u0001';
const PAGES = '\u0002';

/** Placeholders to hand to the page-number message, so its words can be cut around the counters. */
export const PAGE_COUNTER_VALUES = { page: PAGE, pages: PAGES };

/** A CSS string literal: quotes, backslashes and line breaks escaped, nothing else can end it early. */
function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\r\n]+/g, ' ')}"`;
}

/**
 * The `content` of the page-number margin box from the translated message with
 * PAGE_COUNTER_VALUES filled in: “第 ” counter(page) “ 页 / 共 ” counter(pages) “ 页”.
 */
export function counterContent(message: string): string {
  const parts: string[] = [];
  let text = '';
  for (const char of message) {
    if (char !== PAGE && char !== PAGES) {
      text += char;
      continue;
    }
    if (text) parts.push(cssString(text));
    text = '';
    parts.push(char === PAGE ? 'counter(page)' : 'counter(pages)');
  }
  if (text) parts.push(cssString(text));
  return parts.join(' ');
}

/**
 * The page of every printed form: paper and margins from Settings, the page
 * numbers in the bottom margin. The header is not a margin box: it holds a QR
 * code, which margin boxes cannot show, so it repeats as a table header.
 */
export function pageRules(print: PrintSettings, pageNumbers: string, orientation: 'portrait' | 'landscape' = 'portrait'): string {
  const size = print.paper === 'Letter' ? 'letter' : 'A4';
  return `@page {
  size: ${size} ${orientation};
  margin: ${print.marginsMm}mm;
  @bottom-center {
    content: ${counterContent(pageNumbers)};
    font-size: 9pt;
    color: #000;
  }
}`;
}
