// The parts of an .xlsx package around its worksheets, written as text. They follow what exceljs 4 wrote
// for the app before (the files the offices have opened in Excel and WPS for years), minus the parts
// nothing here uses: the theme and the print setup.

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Indexes into STYLES' cellXfs. */
export const STYLE = { plain: 0, caption: 1, bold: 2, date: 3, dateTime: 4 } as const;

/** Excel's limit on a cell's text; a longer one makes Excel "repair" the file (the CSV keeps it whole). */
const CELL_LIMIT = 32767;
/** Excel's limit on a worksheet name. */
const NAME_LIMIT = 31;

/** The first `limit` UTF-16 units of `text`, without cutting a surrogate pair in half. */
function cut(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const high = text.charCodeAt(limit - 1);
  return text.slice(0, high >= 0xd800 && high <= 0xdbff ? limit - 1 : limit);
}

// Characters XML 1.0 cannot carry: C0 controls but tab, line feed and carriage return; U+FFFE, U+FFFF;
// a lone surrogate (with the u flag a proper pair is one code point and does not match).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF\uD800-\uDFFF]/gu;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const TEXT_SPECIAL = /[&<>\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF\uD800-\uDFFF]|_(?=x[0-9A-Fa-f]{4}_)/gu;

function escapeTextChar(ch: string): string {
  if (ch === '&') return '&amp;';
  if (ch === '<') return '&lt;';
  if (ch === '>') return '&gt;';
  const code = ch.charCodeAt(0);
  // U+FFFE, U+FFFF and a lone surrogate are no characters at all: nothing could show them, and Node's
  // UTF-8 encoder would turn a lone surrogate into U+FFFD anyway.
  if (code >= 0xd800) return '\uFFFD';
  return `_x${code.toString(16).toUpperCase().padStart(4, '0')}_`;
}

/**
 * Text as SpreadsheetML cell text. A school's messy data can hold control characters XML cannot carry:
 * they are written as Excel writes them itself, `_xHHHH_`, so Excel, WPS and exceljs read them back as
 * typed (exceljs dropped them). A typed `_x0041_` gets its underscore escaped (`_x005F_`), or Excel
 * would show the "A" it names. A carriage return stays as it is: a CR LF reads back as Excel's own line
 * break, LF, as it did from exceljs (the CSV keeps the CR LF).
 */
function xmlText(text: string): string {
  return text.replace(TEXT_SPECIAL, escapeTextChar);
}

function xmlAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A `<t>`: spaces at either end or a line break only survive with xml:space="preserve" (the test exceljs uses). */
function textElement(text: string): string {
  return /^\s|\n|\s$/.test(text) ? `<t xml:space="preserve">${xmlText(text)}</t>` : `<t>${xmlText(text)}</t>`;
}

/** The workbook's texts, each written once and referred to by index from the cells. */
export class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly items: string[] = [];
  private count = 0;

  /** The index of a cell's text, cut to Excel's limit. */
  ref(text: string): number {
    this.count += 1;
    const kept = cut(text, CELL_LIMIT);
    let i = this.index.get(kept);
    if (i === undefined) {
      i = this.items.length;
      this.index.set(kept, i);
      this.items.push(`<si>${textElement(kept)}</si>`);
    }
    return i;
  }

  xml(): string {
    return `${HEAD}<sst xmlns="${MAIN}" count="${this.count}" uniqueCount="${this.items.length}">${this.items.join('')}</sst>`;
  }
}

/**
 * Worksheet names as exceljs 4 made them, which Excel accepts: it refuses an empty name, "History"
 * (Excel's own), any of * ? : \ / [ ], a quote at either end and a name used twice (case ignored), and
 * cuts one longer than 31 to 31. Characters XML cannot carry are dropped first, as exceljs's writer did.
 */
export function sheetNames(titles: readonly string[]): string[] {
  const seen = new Set<string>();
  return titles.map((typed) => {
    const title = typed.replace(NOT_XML, '');
    if (title === '') throw new Error("The name can't be empty.");
    if (title === 'History') throw new Error('The name "History" is protected. Please use a different name.');
    if (/[*?:/\\[\]]/.test(title)) throw new Error(`Worksheet name ${title} cannot include any of the following characters: * ? : \\ / [ ]`);
    if (/(^')|('$)/.test(title)) throw new Error(`The first or last character of worksheet name cannot be a single quotation mark: ${title}`);
    const name = cut(title, NAME_LIMIT);
    if (seen.has(name.toLowerCase())) throw new Error(`Worksheet name already exists: ${name}`);
    seen.add(name.toLowerCase());
    return name;
  });
}

const sheetIds = (count: number): number[] => Array.from({ length: count }, (_, i) => i + 1);

export function contentTypes(sheets: number): string {
  const type = (part: string, kind: string): string => `<Override PartName="${part}" ContentType="application/vnd.openxmlformats-${kind}+xml"/>`;
  return (
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    type('/xl/workbook.xml', 'officedocument.spreadsheetml.sheet.main') +
    sheetIds(sheets)
      .map((n) => type(`/xl/worksheets/sheet${n}.xml`, 'officedocument.spreadsheetml.worksheet'))
      .join('') +
    type('/xl/styles.xml', 'officedocument.spreadsheetml.styles') +
    type('/xl/sharedStrings.xml', 'officedocument.spreadsheetml.sharedStrings') +
    type('/docProps/core.xml', 'package.core-properties') +
    type('/docProps/app.xml', 'officedocument.extended-properties') +
    '</Types>'
  );
}

export const ROOT_RELS =
  `${HEAD}<Relationships xmlns="${PKG_REL}">` +
  `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
  `<Relationship Id="rId2" Type="${PKG_REL}/metadata/core-properties" Target="docProps/core.xml"/>` +
  `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`;

/** The workbook's own relationships: styles rId1, shared strings rId2, then the worksheets in order. */
export function workbookRels(sheets: number): string {
  return (
    `${HEAD}<Relationships xmlns="${PKG_REL}">` +
    `<Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` +
    sheetIds(sheets)
      .map((n) => `<Relationship Id="rId${n + 2}" Type="${REL}/worksheet" Target="worksheets/sheet${n}.xml"/>`)
      .join('') +
    '</Relationships>'
  );
}

export function workbook(names: readonly string[]): string {
  const sheets = names.map((name, i) => `<sheet name="${xmlAttr(name)}" sheetId="${i + 1}" r:id="rId${i + 3}"/>`).join('');
  return `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheets}</sheets></workbook>`;
}

// Fonts: the default, the caption's (bold, 14) and the header's and total's (bold). No theme part, so
// the fonts name Calibri outright rather than the theme's minor font.
const FONT = '<sz val="11"/><name val="Calibri"/><family val="2"/>';
const xf = (numFmt: number, font: number): string =>
  `<xf numFmtId="${numFmt}" fontId="${font}" fillId="0" borderId="0" xfId="0"${font === 0 ? '' : ' applyFont="1"'}${numFmt === 0 ? '' : ' applyNumberFormat="1"'}/>`;

/** The cell styles, in STYLE's order. */
export const STYLES =
  `${HEAD}<styleSheet xmlns="${MAIN}">` +
  '<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/><numFmt numFmtId="165" formatCode="yyyy-mm-dd hh:mm"/></numFmts>' +
  `<fonts count="3"><font>${FONT}</font><font><b/><sz val="14"/><name val="Calibri"/><family val="2"/></font><font><b/>${FONT}</font></fonts>` +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  `<cellXfs count="5">${xf(0, 0)}${xf(0, 1)}${xf(0, 2)}${xf(164, 0)}${xf(165, 0)}</cellXfs>` +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0"/></styleSheet>';

/** Created and modified: when the export was made, to the second (as exceljs wrote them). */
export function core(createdAt: Date): string {
  const at = createdAt.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const stamp = (name: string): string => `<dcterms:${name} xsi:type="dcterms:W3CDTF">${at}</dcterms:${name}>`;
  return (
    `${HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"` +
    ' xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `${stamp('created')}${stamp('modified')}</cp:coreProperties>`
  );
}

export const APP =
  `${HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"` +
  ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application></Properties>';
