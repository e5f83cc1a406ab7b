/**
 * A small streaming XML tokenizer for the parts of an .xlsx workbook. The store host may run in a
 * Worker, where there is no DOMParser, and a worksheet of 100,000 rows is too big to build a tree
 * of anyway. It knows elements, attributes, text, CDATA, comments and processing instructions;
 * namespace prefixes are dropped. Document type declarations are refused (Excel writes none, and
 * they are how entity-expansion attacks start).
 */
import { DeskError } from '../common/errors';

export interface XmlHandler {
  /** Element start; `attrs` is the raw attribute text, read with `attributeValue` when needed. */
  open(name: string, attrs: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Character data (entity references decoded); only called while `wantsText` is true. */
  text(value: string): void;
  wantsText: boolean;
}

function malformed(detail: string): DeskError {
  return new DeskError({ code: 'imports.unreadable', params: { detail } });
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the five named entities and character references; anything else is left as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,4});/g, (whole, ref: string) => {
    if (ref.charCodeAt(0) !== 35) return NAMED[ref] ?? whole;
    const code = ref.charCodeAt(1) === 120 ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/**
 * The value of attribute `name` (matched by local name, so `id` finds `r:id`) in a start tag's raw
 * attribute text, entity-decoded; undefined when absent. A scan rather than a parse into an object:
 * a worksheet asks this a few million times.
 */
export function attributeValue(raw: string, name: string): string | undefined {
  for (let at = raw.indexOf(name); at !== -1; at = raw.indexOf(name, at + 1)) {
    const before = at === 0 ? 32 : raw.charCodeAt(at - 1);
    if (!isSpace(before) && before !== 58) continue;
    let j = at + name.length;
    while (isSpace(raw.charCodeAt(j))) j += 1;
    if (raw.charCodeAt(j) !== 61) continue;
    j += 1;
    while (isSpace(raw.charCodeAt(j))) j += 1;
    const quote = raw[j];
    if (quote !== '"' && quote !== "'") return undefined;
    const end = raw.indexOf(quote, j + 1);
    return end === -1 ? undefined : decodeEntities(raw.slice(j + 1, end));
  }
  return undefined;
}

/** The end of the start tag opened at `from`: the first `>` outside a quoted attribute value. */
function tagEnd(xml: string, from: number): number {
  let quote = 0;
  for (let i = from; i < xml.length; i += 1) {
    const c = xml.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) {
      quote = c;
    } else if (c === 62) {
      return i;
    }
  }
  return -1;
}

function isNameEnd(c: number): boolean {
  return isSpace(c) || c === 47 || c === 62;
}

/** Tokenizes `xml`, calling the handler in document order. Throws `imports.unreadable` on broken markup. */
export function scanXml(xml: string, handler: XmlHandler): void {
  const n = xml.length;
  let i = 0;
  // Open elements: a part cut short (a truncated or damaged file) ends with some still open.
  let depth = 0;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt === -1 ? n : lt;
    if (textEnd > i && handler.wantsText) handler.text(decodeEntities(xml.slice(i, textEnd)));
    if (lt === -1) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === 47) {
      // </name>
      const gt = xml.indexOf('>', lt);
      if (gt === -1) throw malformed('unclosed end tag');
      handler.close(localName(xml.slice(lt + 2, gt).trim()));
      depth -= 1;
      i = gt + 1;
    } else if (next === 63) {
      const end = xml.indexOf('?>', lt);
      if (end === -1) throw malformed('unclosed processing instruction');
      i = end + 2;
    } else if (next === 33) {
      if (xml.startsWith('<!--', lt)) {
        const end = xml.indexOf('-->', lt + 4);
        if (end === -1) throw malformed('unclosed comment');
        i = end + 3;
      } else if (xml.startsWith('<![CDATA[', lt)) {
        const end = xml.indexOf(']]>', lt + 9);
        if (end === -1) throw malformed('unclosed CDATA');
        if (handler.wantsText) handler.text(xml.slice(lt + 9, end));
        i = end + 3;
      } else {
        throw malformed('document type declaration');
      }
    } else {
      const gt = tagEnd(xml, lt + 1);
      if (gt === -1) throw malformed('unclosed start tag');
      let nameEnd = lt + 1;
      while (nameEnd < gt && !isNameEnd(xml.charCodeAt(nameEnd))) nameEnd += 1;
      if (nameEnd === lt + 1) throw malformed('element without a name');
      const selfClosing = xml.charCodeAt(gt - 1) === 47;
      const attrs = xml.slice(nameEnd, selfClosing ? gt - 1 : gt).trim();
      const name = localName(xml.slice(lt + 1, nameEnd));
      handler.open(name, attrs, selfClosing);
      if (selfClosing) handler.close(name);
      else depth += 1;
      i = gt + 1;
    }
  }
  if (depth !== 0) throw malformed('unexpected end of a part');
}
