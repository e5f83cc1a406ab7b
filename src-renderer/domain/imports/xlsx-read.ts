/**
 * Reading one worksheet of an .xlsx workbook (Office Open XML, ECMA-376) as text cells: shared and
 * inline strings, numbers, booleans, dates under date formats, cached formula values. Cell
 * references place each value in its column and rows keep their numbers, whatever Excel omitted.
 */
import { unzipSync, type UnzipFileInfo } from 'fflate';
import { DeskError } from '../common/errors';
import { attributeValue, scanXml, type XmlHandler } from './xml';
import { formatIsoCell, formatNumber, formatSerialDate, numFmtKind, unescapeOoxml, type DateKind } from './xlsx-cells';

/** Receives each row that has a value, with its row number as Excel shows it. */
export type RowSink = (cells: string[], rowNumber: number) => void;

/** Excel's last column, XFD. */
const MAX_SHEET_COLUMN = 16_383;
/** A part decoded to text must stay well under the longest string a JavaScript engine holds. */
const MAX_PART_BYTES = 400 * 1024 * 1024;
/** Deflate cannot shrink data more than ~1:1032; a part claiming more is corrupt or a ZIP bomb. */
const MAX_DEFLATE_RATIO = 1100;

function unreadable(detail: string): DeskError {
  return new DeskError({ code: 'imports.unreadable', params: { detail } });
}

type Parts = Record<string, Uint8Array>;

function unzip(data: Uint8Array, wanted: (name: string) => boolean): Parts {
  let oversized: string | null = null;
  const parts = unzipSync(data, {
    filter: (file: UnzipFileInfo) => {
      if (oversized !== null || !wanted(file.name)) return false;
      if (file.originalSize > MAX_PART_BYTES || file.originalSize > file.size * MAX_DEFLATE_RATIO + 4096) oversized = file.name;
      return oversized !== file.name;
    },
  });
  if (oversized !== null) throw unreadable(`${oversized} is too large`);
  return parts;
}

function xmlText(bytes: Uint8Array): string {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe;
  return new TextDecoder(utf16 ? 'utf-16le' : 'utf-8').decode(bytes);
}

/** `target` of a relationship of the part in folder `base` (`xl/`), as a path inside the ZIP. */
export function resolvePart(base: string, target: string): string {
  const segments = target.startsWith('/') ? [] : base.split('/').filter(Boolean);
  for (const segment of target.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '' && segment !== '.') segments.push(segment);
  }
  return segments.join('/');
}

/** A handler that only looks at start tags. */
function onOpen(open: (name: string, attrs: string) => void): XmlHandler {
  return { wantsText: false, open, close: () => undefined, text: () => undefined };
}

/** Relationship id → target path, for the part whose rels file this is. */
function readRels(parts: Parts, relsPath: string, base: string): Map<string, { target: string; type: string }> {
  const out = new Map<string, { target: string; type: string }>();
  const bytes = parts[relsPath];
  if (!bytes) return out;
  scanXml(
    xmlText(bytes),
    onOpen((name, attrs) => {
      const id = attributeValue(attrs, 'Id');
      const target = attributeValue(attrs, 'Target');
      if (name === 'Relationship' && id !== undefined && target !== undefined) {
        out.set(id, { target: resolvePart(base, target), type: attributeValue(attrs, 'Type') ?? '' });
      }
    }),
  );
  return out;
}

/** Text of `<t>` inside `container` elements (`si` or `is`), skipping phonetic runs (`rPh`). */
function textCollector(container: string, onDone: (text: string) => void): XmlHandler & { reset(): void } {
  let inside = false;
  let phonetic = 0;
  let text = '';
  const handler = {
    wantsText: false,
    reset() {
      inside = true;
      text = '';
    },
    open(name: string, _attrs: string, selfClosing: boolean) {
      if (name === container) handler.reset();
      else if (name === 'rPh' && !selfClosing) phonetic += 1;
      else if (name === 't' && inside && phonetic === 0) handler.wantsText = true;
    },
    close(name: string) {
      if (name === 't') handler.wantsText = false;
      else if (name === 'rPh') phonetic = Math.max(0, phonetic - 1);
      else if (name === container && inside) {
        inside = false;
        onDone(unescapeOoxml(text));
      }
    },
    text(value: string) {
      text += value;
    },
  };
  return handler;
}

function readSharedStrings(bytes: Uint8Array | undefined): string[] {
  const strings: string[] = [];
  if (bytes) scanXml(xmlText(bytes), textCollector('si', (text) => strings.push(text)));
  return strings;
}

/** The date kind of every cell style (`s` index into cellXfs); null for non-date styles. */
function readStyles(bytes: Uint8Array | undefined): (DateKind | null)[] {
  const kinds: (DateKind | null)[] = [];
  if (!bytes) return kinds;
  const custom = new Map<number, string>();
  let inCellXfs = false;
  scanXml(xmlText(bytes), {
    wantsText: false,
    open(name, attrs) {
      if (name === 'numFmt') custom.set(Number(attributeValue(attrs, 'numFmtId')), attributeValue(attrs, 'formatCode') ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) kinds.push(numFmtKind(Number(attributeValue(attrs, 'numFmtId') ?? 0), custom));
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
    text: () => undefined,
  });
  return kinds;
}

/** `C5` → 2; -1 when the reference has no column letters. */
export function columnIndex(ref: string): number {
  let index = 0;
  let letters = 0;
  for (let i = 0; i < ref.length; i += 1) {
    const c = ref.charCodeAt(i) | 32;
    if (c < 97 || c > 122) break;
    index = index * 26 + (c - 96);
    letters += 1;
    if (index - 1 > MAX_SHEET_COLUMN) throw unreadable(`cell reference ${ref.slice(0, 12)}`);
  }
  return letters === 0 ? -1 : index - 1;
}

interface SheetContext {
  shared: readonly string[];
  kinds: readonly (DateKind | null)[];
  date1904: boolean;
}

function cellText(type: string, value: string, inline: string, style: number, context: SheetContext): string {
  switch (type) {
    case 's':
      return value.trim() === '' ? '' : (context.shared[Number(value)] ?? '');
    case 'inlineStr':
      // The collector has unescaped the `<is>` text already.
      return inline !== '' ? inline : unescapeOoxml(value);
    case 'b':
      return value === '1' ? 'TRUE' : value === '0' ? 'FALSE' : value;
    case 'd':
      return formatIsoCell(value);
    case 'str':
    case 'e':
      return value;
    default: {
      if (value.trim() === '') return value;
      const number = Number(value);
      if (!Number.isFinite(number)) return value;
      const kind = context.kinds[style];
      return kind ? formatSerialDate(number, kind, context.date1904) : formatNumber(number);
    }
  }
}

/** A merged range that spans rows: its value (in the top-left cell) belongs to `column` of rows `from`–`to`. */
interface RowMerge {
  column: number;
  from: number;
  to: number;
}

/**
 * The merged ranges of a worksheet that span rows, by first row. They follow the rows in the part
 * (`<mergeCells>` after `<sheetData>`), so they are read from its tail first. A range one row high
 * (a title over the columns, a group name over 姓名 and 电话) is left alone.
 */
function rowMerges(xml: string): RowMerge[] {
  const tail = xml.slice(Math.max(0, xml.lastIndexOf('sheetData>')));
  const merges: RowMerge[] = [];
  for (const m of tail.matchAll(/<(?:[\w-]+:)?mergeCell\b[^>]*?\bref="([a-z]+)(\d+):[a-z]+(\d+)"/gi)) {
    const from = Number(m[2]);
    const to = Number(m[3]);
    if (to > from) merges.push({ column: columnIndex(m[1]!), from, to });
  }
  return merges.sort((a, b) => a.from - b.from);
}

/**
 * Fills the cells a vertical merge covers with the value of its first row, as Excel shows them: a
 * ledger that merges 投诉类别 down the rows of one group stores it in the first row only, and the
 * others were imported without it. Only rows with a value of their own are filled.
 */
function mergeFiller(merges: readonly RowMerge[]): (cells: string[], rowNumber: number) => void {
  let next = 0;
  let active: { merge: RowMerge; value: string }[] = [];
  return (cells, rowNumber) => {
    active = active.filter((a) => a.merge.to >= rowNumber);
    for (; next < merges.length && merges[next]!.from <= rowNumber; next += 1) {
      const merge = merges[next]!;
      if (merge.to < rowNumber) continue;
      // The first row of a range holds its value; a range whose first row had no cells starts empty.
      active.push({ merge, value: merge.from === rowNumber ? (cells[merge.column] ?? '') : '' });
    }
    for (const { merge, value } of active) {
      if (rowNumber === merge.from || value === '' || (cells[merge.column] ?? '') !== '') continue;
      while (cells.length < merge.column) cells.push('');
      cells[merge.column] = value;
    }
  };
}

/** Streams the rows of a worksheet part to `sink`; rows without any value are skipped. */
function readSheetRows(xml: string, context: SheetContext, sink: RowSink): void {
  const fillMerged = mergeFiller(rowMerges(xml));
  let rowNumber = 0;
  let cells: string[] = [];
  let column = -1;
  let type = '';
  let style = 0;
  let value = '';
  const inline = textCollector('is', (text) => (inlineText = text));
  let inlineText = '';
  let inValue = false;
  const handler: XmlHandler = {
    wantsText: false,
    open(name, attrs, selfClosing) {
      if (name === 'row') {
        const r = Number(attributeValue(attrs, 'r'));
        rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1;
        cells = [];
        column = -1;
      } else if (name === 'c') {
        const ref = attributeValue(attrs, 'r');
        const at = ref === undefined ? -1 : columnIndex(ref);
        column = at >= 0 ? at : column + 1;
        if (column > MAX_SHEET_COLUMN) throw unreadable('too many cells in a row');
        type = attributeValue(attrs, 't') ?? 'n';
        style = Number(attributeValue(attrs, 's') ?? 0);
        value = '';
        inlineText = '';
      } else if (name === 'v' && !selfClosing) {
        inValue = true;
        handler.wantsText = true;
      } else {
        inline.open(name, attrs, selfClosing);
        handler.wantsText = inline.wantsText;
      }
    },
    close(name) {
      if (name === 'v') {
        inValue = false;
        handler.wantsText = false;
      } else if (name === 'c') {
        const text = cellText(type, value, inlineText, style, context);
        if (text !== '') {
          while (cells.length < column) cells.push('');
          cells[column] = text;
        }
      } else if (name === 'row') {
        if (cells.length > 0) {
          fillMerged(cells, rowNumber);
          sink(cells, rowNumber);
        }
        cells = [];
      } else {
        inline.close(name);
        handler.wantsText = inline.wantsText;
      }
    },
    text(text) {
      if (inValue) value += text;
      else inline.text(text);
    },
  };
  scanXml(xml, handler);
}

export interface XlsxSheets {
  sheetNames: string[];
  sheet: number;
}

/**
 * Reads sheet `sheet` (0-based, in tab order) of the workbook and streams its rows to `sink`.
 * Throws `imports.unreadable` for a file that is no workbook, `imports.sheetMissing` for a sheet it lacks.
 */
export function readXlsx(data: Uint8Array, sheet: number, sink: RowSink): XlsxSheets {
  // Relationships first: they say where the workbook, its strings, styles and sheets are.
  const relsParts = unzip(data, (name) => name.endsWith('.rels'));
  const root = readRels(relsParts, '_rels/.rels', '');
  const office = [...root.values()].find((rel) => rel.type.endsWith('/officeDocument'));
  const workbookPath = office?.target ?? 'xl/workbook.xml';
  const base = workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1);
  const rels = readRels(relsParts, `${base}_rels/${workbookPath.slice(base.length)}.rels`, base);
  const related = (type: string, fallback: string) =>
    [...rels.values()].find((r) => r.type.endsWith(`/${type}`))?.target ?? `${base}${fallback}`;
  const sharedPath = related('sharedStrings', 'sharedStrings.xml');
  const stylesPath = related('styles', 'styles.xml');
  const meta = unzip(data, (name) => name === workbookPath || name === sharedPath || name === stylesPath);
  const workbookBytes = meta[workbookPath];
  if (!workbookBytes) throw unreadable('no workbook part');

  const sheets: { name: string; path: string }[] = [];
  let date1904 = false;
  scanXml(
    xmlText(workbookBytes),
    onOpen((name, attrs) => {
      if (name === 'workbookPr') date1904 = /^(1|true)$/i.test(attributeValue(attrs, 'date1904') ?? '');
      if (name !== 'sheet') return;
      const id = attributeValue(attrs, 'id');
      const target = id === undefined ? undefined : rels.get(id)?.target;
      sheets.push({ name: attributeValue(attrs, 'name') ?? '', path: target ?? `${base}worksheets/sheet${sheets.length + 1}.xml` });
    }),
  );
  const chosen = Number.isInteger(sheet) ? sheets[sheet] : undefined;
  if (!chosen) throw new DeskError({ code: 'imports.sheetMissing' });
  const sheetBytes = unzip(data, (name) => name === chosen.path)[chosen.path];
  if (!sheetBytes) throw new DeskError({ code: 'imports.sheetMissing' });

  const context: SheetContext = {
    shared: readSharedStrings(meta[sharedPath]),
    kinds: readStyles(meta[stylesPath]),
    date1904,
  };
  readSheetRows(xmlText(sheetBytes), context, sink);
  return { sheetNames: sheets.map((s) => s.name), sheet };
}
