// Copy labels (issue 17): a sheet of A4 label paper, 3 across and 8 down (70 × 37 mm, no gaps: the
// common 24-up sheet), one label per copy: the book's title, the copy's Code 128 barcode (bwip-js, a
// well-kept encoder rather than hand-drawn bars) with its label beneath, and the room's name. Printing
// may start at any position, so a sheet half used last time is used up first.
import bwipjs from 'bwip-js/node';
import PDFDocument from 'pdfkit';
import type { FontChoice } from '../exports/fonts';

const MM = 72 / 25.4;
export const LABEL = { columns: 3, rows: 8, width: 70 * MM, height: 37 * MM } as const;
export const PER_SHEET = LABEL.columns * LABEL.rows;
/** The sheet's unprinted edge above the first row: (297 − 8 × 37) / 2 mm. */
const TOP = ((297 - LABEL.rows * 37) / 2) * MM;
const PAD = 4 * MM;

export interface CopyLabel {
  barcode: string;
  title: string;
}

/** Where label `index` (0-based, counting from the sheet's top left, row by row) sits on its page. */
export function labelBox(index: number): { page: number; x: number; y: number } {
  const onPage = index % PER_SHEET;
  return { page: Math.floor(index / PER_SHEET), x: (onPage % LABEL.columns) * LABEL.width, y: TOP + Math.floor(onPage / LABEL.columns) * LABEL.height };
}

function barcodePng(text: string): Promise<Buffer> {
  return bwipjs.toBuffer({ bcid: 'code128', text, scale: 3, height: 9, includetext: false, paddingwidth: 10, paddingheight: 2 });
}

/** The labels from position `startAt` (1–24) of the first sheet on. */
export async function labelsPdf(labels: CopyLabel[], startAt: number, room: string, font: FontChoice): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false, info: { Title: room } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  if (font.family) doc.font(font.file, font.family);
  else doc.font(font.file);
  let page = -1;
  for (const [i, label] of labels.entries()) {
    const box = labelBox(startAt - 1 + i);
    while (page < box.page) {
      doc.addPage({ size: 'A4', margin: 0 });
      page += 1;
    }
    const width = LABEL.width - 2 * PAD;
    doc
      .fontSize(10)
      .fillColor('black')
      .text(label.title, box.x + PAD, box.y + PAD, { width, height: 13, ellipsis: true, lineBreak: false });
    doc.image(await barcodePng(label.barcode), box.x + PAD, box.y + PAD + 14, { fit: [width, 40], align: 'center' });
    doc.fontSize(11).text(label.barcode, box.x + PAD, box.y + PAD + 56, { width, align: 'center', lineBreak: false });
    doc
      .fontSize(7)
      .fillColor('#555555')
      .text(room, box.x + PAD, box.y + LABEL.height - PAD - 8, { width, align: 'right', height: 9, ellipsis: true, lineBreak: false });
  }
  doc.end();
  return done;
}
