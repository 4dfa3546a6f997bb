// The letter on one A4 page with pdfkit, in the exports' Chinese font (fonts.ts). Long lines shrink
// the type rather than spill onto a second page: a letter is one sheet to copy or hand over.
import PDFDocument from 'pdfkit';
import type { Language, ParentLetter } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { findChineseFont, type FontChoice } from '../exports/fonts';
import { NO_FONT_PATH } from '../exports/weekExport';
import { letterParts } from './letterText';

const MARGIN = 60;
const WIDTH = 595.28 - 2 * MARGIN;
const HEIGHT = 841.89 - 2 * MARGIN;

type Doc = PDFKit.PDFDocument;

export function letterFont(fonts?: FontChoice[]): FontChoice {
  const font = findChineseFont(fonts);
  if (!font) throw new AppError('file_write_failed', { path: NO_FONT_PATH, reason: 'no_chinese_font' });
  return font;
}

/** The body's height at this size, to pick the largest size that keeps the letter on its page. */
function bodyHeight(doc: Doc, paragraphs: string[], size: number): number {
  doc.fontSize(size);
  return paragraphs.reduce((h, p) => h + doc.heightOfString(p, { width: WIDTH, lineGap: size * 0.4 }) + size * 0.6, 0);
}

function page(doc: Doc, letter: ParentLetter, language: Language): void {
  const parts = letterParts(letter, language);
  doc.fontSize(20).fillColor('#1f3a5f').text(parts.title, MARGIN, MARGIN, { width: WIDTH, align: 'center' });
  doc
    .moveDown(0.3)
    .lineWidth(0.5)
    .strokeColor('#999999')
    .moveTo(MARGIN, doc.y)
    .lineTo(MARGIN + WIDTH, doc.y)
    .stroke();
  doc.fillColor('black').moveDown(1);
  const room = MARGIN + HEIGHT - doc.y - 60;
  let size = 13;
  while (size > 8 && bodyHeight(doc, parts.paragraphs, size) > room) size -= 0.5;
  doc.fontSize(size);
  for (const p of parts.paragraphs) doc.text(p, MARGIN, doc.y, { width: WIDTH, lineGap: size * 0.4, paragraphGap: size * 0.6 });
  doc.moveDown(1).fontSize(12);
  for (const s of parts.signature) doc.text(s, MARGIN, doc.y, { width: WIDTH, align: 'right' });
}

/** One letter per page, in this order. */
export function lettersPdf(letters: ParentLetter[], language: Language, font: FontChoice): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, autoFirstPage: false, info: { Title: letters.length === 1 ? (letters[0]?.childName ?? '') : '' } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  if (font.family) doc.font(font.file, font.family);
  else doc.font(font.file);
  for (const letter of letters) {
    doc.addPage();
    page(doc, letter, language);
  }
  doc.end();
  return done;
}
