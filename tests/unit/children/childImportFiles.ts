// Child-import files built in the test, as children.importPreview/importConfirm take them.
import ExcelJS, { type CellValue } from 'exceljs';

export interface ChildListFile {
  fileName: string;
  dataBase64: string;
}

/** The header most tests use, as a Chinese school roster spells it. */
export const HEADER = ['学号', '姓名', '性别', '出生日期', '年级', '班级', '留守类型', '监护人姓名', '监护人关系', '监护人电话', '父亲姓名', '父亲电话', '母亲姓名', '母亲电话'] as const;
type HeaderName = (typeof HEADER)[number];

const DEFAULT_ROW: Record<HeaderName, CellValue> = {
  学号: null,
  姓名: '王小红',
  性别: '女',
  出生日期: '2016-03-02',
  年级: '三年级',
  班级: '2班',
  留守类型: '父母均外出',
  监护人姓名: '王大山',
  监护人关系: '爷爷',
  监护人电话: '13812345678',
  父亲姓名: '王建军',
  父亲电话: '13911112222',
  母亲姓名: null,
  母亲电话: null,
};

/** One data row under HEADER: a valid child unless overridden. */
export function row(overrides: Partial<Record<HeaderName, CellValue>> = {}): CellValue[] {
  const values = { ...DEFAULT_ROW, ...overrides };
  return HEADER.map((h) => values[h]);
}

/** A workbook with one sheet per argument, each a list of rows from row 1. */
export async function xlsx(sheets: CellValue[][][], fileName = 'roster.xlsx'): Promise<ChildListFile> {
  const workbook = new ExcelJS.Workbook();
  sheets.forEach((rows, i) => {
    const sheet = workbook.addWorksheet(`Sheet${i + 1}`);
    for (const r of rows) sheet.addRow(r);
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return { fileName, dataBase64: Buffer.from(buffer).toString('base64') };
}

export function csvText(rows: (string | number | null)[][]): string {
  const field = (v: string | number | null) => {
    const s = v === null ? '' : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows.map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

export type CsvEncoding = 'utf8' | 'utf8-bom' | 'gbk';

export function csv(text: string, encoding: CsvEncoding, fileName = 'roster.csv'): ChildListFile {
  const bytes = encoding === 'gbk' ? gbkBytes(text) : Buffer.concat([Buffer.from(encoding === 'utf8-bom' ? [0xef, 0xbb, 0xbf] : []), Buffer.from(text, 'utf8')]);
  return { fileName, dataBase64: bytes.toString('base64') };
}

export function bytesFile(bytes: Uint8Array, fileName: string): ChildListFile {
  return { fileName, dataBase64: Buffer.from(bytes).toString('base64') };
}

let gbkTable: Map<string, number[]> | null = null;

/**
 * GBK bytes for text, as Chinese Excel/WPS save CSV. Node has no GBK encoder (and iconv-lite is
 * not installed), but it decodes GB18030, whose two-byte part is GBK: invert that decoder.
 */
export function gbkBytes(text: string): Buffer {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gb18030');
    for (let lead = 0x81; lead <= 0xfe; lead += 1) {
      for (let trail = 0x40; trail <= 0xfe; trail += 1) {
        if (trail === 0x7f) continue;
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && ch !== '\uFFFD' && !gbkTable.has(ch)) gbkTable.set(ch, [lead, trail]);
      }
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) out.push(code);
    else {
      const pair = gbkTable.get(ch);
      if (!pair) throw new Error(`no GBK code for ${ch}`);
      out.push(...pair);
    }
  }
  return Buffer.from(out);
}
