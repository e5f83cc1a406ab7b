/**
 * The fixed parts of an Office Open XML workbook (ECMA-376 Part 1)
 * and the text rules shared by every part. Element order inside each part is
 * the schema's sequence order: Excel refuses ("repairs") files that deviate.
 */

const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT_PREFIX = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

/** cellXfs indices written by styles.xml. */
export const XLSX_STYLE = { normal: 0, header: 1, dateTime: 2 } as const;

/** Characters XML 1.0 forbids even as references (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/F). */
const XML_ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const XML_ILLEGAL_TEST = new RegExp(XML_ILLEGAL.source, 'u');

export function hasXmlIllegal(text: string): boolean {
  return XML_ILLEGAL_TEST.test(text);
}

export function stripXmlIllegal(text: string): string {
  return text.replace(XML_ILLEGAL, '');
}

/** Escapes for element content and attribute values alike; `text` must be free of illegal characters. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

const SHEET_NAME_MAX = 31;

/**
 * Excel's rules for a sheet name: 1–31 characters, none of `[]:*?/\`, no
 * apostrophe at either end, not the reserved name "History".
 */
export function sanitizeSheetName(name: string): string {
  let clean = stripXmlIllegal(name)
    .replace(/[\t\n\r\u007F]/g, '')
    .replace(/[[\]:*?/\\]/g, '_');
  clean = trimName(clean);
  if (clean.length > SHEET_NAME_MAX) {
    // Cut by UTF-16 units like Excel does, but never between the halves of a surrogate pair.
    const high = clean.charCodeAt(SHEET_NAME_MAX - 1);
    clean = trimName(clean.slice(0, high >= 0xd800 && high <= 0xdbff ? SHEET_NAME_MAX - 1 : SHEET_NAME_MAX));
  }
  if (clean === '') return 'Sheet1';
  return clean.toLowerCase() === 'history' ? `${clean}_` : clean;
}

function trimName(name: string): string {
  return name.replace(/^[\s']+|[\s']+$/g, '');
}

/** A sheet name quoted for use in a formula or defined name. */
export function quoteSheetName(name: string): string {
  return `'${name.replaceAll("'", "''")}'`;
}

/** Content types of a workbook with `sheets` worksheets, named sheet1.xml… */
export function contentTypesXml(sheets: number): string {
  let overrides = '';
  for (let i = 1; i <= sheets; i += 1) {
    overrides += `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="${CT_PREFIX}.worksheet+xml"/>`;
  }
  return (
    XML_DECL +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${CT_PREFIX}.sheet.main+xml"/>` +
    overrides +
    `<Override PartName="/xl/styles.xml" ContentType="${CT_PREFIX}.styles+xml"/>` +
    '</Types>'
  );
}

export const ROOT_RELS_XML =
  XML_DECL +
  `<Relationships xmlns="${NS_PKG_REL}">` +
  `<Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/>` +
  '</Relationships>';

/** Relationships of the workbook: worksheet i is `rId{i}`, the styles come after them. */
export function workbookRelsXml(sheets: number): string {
  let rels = '';
  for (let i = 1; i <= sheets; i += 1) {
    rels += `<Relationship Id="rId${i}" Type="${NS_REL}/worksheet" Target="worksheets/sheet${i}.xml"/>`;
  }
  return (
    XML_DECL +
    `<Relationships xmlns="${NS_PKG_REL}">` +
    rels +
    `<Relationship Id="rId${sheets + 1}" Type="${NS_REL}/styles" Target="styles.xml"/>` +
    '</Relationships>'
  );
}

/** Custom number formats start at 164; lower ids are built in. */
const DATE_TIME_FORMAT_ID = 164;
const FONT = '<sz val="11"/><name val="Calibri"/><family val="2"/>';

export const STYLES_XML =
  XML_DECL +
  `<styleSheet xmlns="${NS_MAIN}">` +
  `<numFmts count="1"><numFmt numFmtId="${DATE_TIME_FORMAT_ID}" formatCode="yyyy-mm-dd hh:mm"/></numFmts>` +
  `<fonts count="2"><font>${FONT}</font><font><b/>${FONT}</font></fonts>` +
  // Excel expects the two reserved fills (none, gray125) first.
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="3">' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  `<xf numFmtId="${DATE_TIME_FORMAT_ID}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
  '</cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

export interface WorkbookSheet {
  /** Already sanitised and unique within the workbook. */
  name: string;
  /** `filterRange` like `$A$1:$O$101`, or null when the sheet has no columns (and so no filter). */
  filterRange: string | null;
}

export function workbookXml(sheets: readonly WorkbookSheet[]): string {
  // Excel records every autofilter range as this hidden name, one per sheet, and writes it back that way.
  const filters = sheets
    .map(({ name, filterRange }, i) =>
      filterRange === null
        ? ''
        : `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${escapeXml(`${quoteSheetName(name)}!${filterRange}`)}</definedName>`,
    )
    .join('');
  const list = sheets.map(({ name }, i) => `<sheet name="${escapeXml(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  return (
    XML_DECL +
    `<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    '<bookViews><workbookView activeTab="0"/></bookViews>' +
    `<sheets>${list}</sheets>` +
    (filters === '' ? '' : `<definedNames>${filters}</definedNames>`) +
    '</workbook>'
  );
}

/** Excel's column width unit: characters of the default font's digit (7 px for Calibri 11) plus 5 px padding. */
export function excelColumnWidth(chars: number): number {
  const clamped = Math.min(Math.max(chars, 0), 254);
  return Math.trunc(((clamped * 7 + 5) / 7) * 256) / 256;
}

/** Everything of a worksheet before the first data row; only the first sheet of a workbook is the selected tab. */
export function worksheetHead(dimension: string, widths: readonly (number | undefined)[], selected = true): string {
  const cols = widths
    .map((w, i) =>
      w === undefined || !Number.isFinite(w)
        ? ''
        : `<col min="${i + 1}" max="${i + 1}" width="${excelColumnWidth(w)}" customWidth="1"/>`,
    )
    .join('');
  return (
    XML_DECL +
    `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    `<dimension ref="${dimension}"/>` +
    // Frozen header: the pane below row 1 scrolls, row 1 stays.
    `<sheetViews><sheetView${selected ? ' tabSelected="1"' : ''} workbookViewId="0">` +
    '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
    '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>' +
    '</sheetView></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (cols === '' ? '' : `<cols>${cols}</cols>`) +
    '<sheetData>'
  );
}

/** Everything of a worksheet after the last data row. */
export function worksheetTail(filterRef: string | null): string {
  return (
    '</sheetData>' +
    (filterRef === null ? '' : `<autoFilter ref="${filterRef}"/>`) +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '</worksheet>'
  );
}
