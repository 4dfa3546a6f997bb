// Copy labels (issue 17): the PDF is rendered with pdftoppm and the barcode in a label's cell decoded
// with ZXing, so the test reads what a scanner at the lend desk would read.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { BinaryBitmap, Code128Reader, HybridBinarizer, RGBLuminanceSource } from '@zxing/library';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { LABEL, labelBox } from '../../../electron/services/library/labelsPdf';
import { createTestApp, type TestApp } from '../helpers';
import { errorOf } from '../privacy/room';

const DPI = 200;
const PT = DPI / 72;

/** Thirty copies of three books, labelled B00001 … as the app numbers them. */
async function shelf(t: TestApp): Promise<{ id: number; barcode: string; title: string }[]> {
  const teacher = await t.signIn('teacher');
  for (const title of ['小王子', '西游记（少儿版）', '一个很长很长的书名：十万个为什么之动物世界与植物王国']) await t.ok(teacher, 'books.create', { book: { title }, copies: 10 });
  return t.app.db.selectFrom('book_copy as c').innerJoin('book as b', 'b.id', 'c.book_id').select(['c.id', 'c.barcode', 'b.title']).orderBy('c.id').execute();
}

/** Page `page` (0-based) of the PDF as a PNG at DPI. */
function render(t: TestApp, pdf: Buffer, page: number): PNG {
  const file = path.join(t.dir, 'labels.pdf');
  fs.writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-png', '-r', String(DPI), '-f', String(page + 1), '-l', String(page + 1), '-singlefile', file, path.join(t.dir, 'page')]);
  return PNG.sync.read(fs.readFileSync(path.join(t.dir, 'page.png')));
}

/** The Code 128 barcode in label `index`'s cell of the rendered page. */
function decodeCell(png: PNG, index: number): string {
  const box = labelBox(index);
  const [x0, y0, w, h] = [Math.round(box.x * PT), Math.round(box.y * PT), Math.round(LABEL.width * PT), Math.round(LABEL.height * PT)];
  const pixels = new Uint8ClampedArray(w * h);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const at = ((y0 + y) * png.width + (x0 + x)) * 4;
      pixels[y * w + x] = Math.round((png.data[at]! + png.data[at + 1]! + png.data[at + 2]!) / 3);
    }
  const bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(pixels, w, h)));
  // Code 128 is read along a row: the label's barcode sits in its middle band.
  return new Code128Reader().decode(bitmap).getText();
}

describe('copy labels', () => {
  it('print from the chosen position on, one sheet after another, each barcode reading as its copy', async () => {
    const t = await createTestApp();
    const teacher = await t.signIn('teacher');
    const copies = await shelf(t);
    const pdf = await t.ok(teacher, 'books.labelsPdf', { copyIds: copies.map((c) => c.id), startAt: 20 });
    expect(pdf.fileName).toMatch(/^图书标签-\d{4}-\d{2}-\d{2}\.pdf$/);
    const bytes = Buffer.from(pdf.base64, 'base64');
    // 30 labels from position 20: 5 on the first sheet, 24 on the second, 1 on the third.
    const file = path.join(t.dir, 'all.pdf');
    fs.writeFileSync(file, bytes);
    expect(execFileSync('pdfinfo', [file]).toString()).toMatch(/Pages:\s+3/);

    const first = render(t, bytes, 0);
    expect(decodeCell(first, 19)).toBe('B00001');
    expect(decodeCell(first, 23)).toBe('B00005');
    // Positions 1–19 stay blank for the labels already used.
    expect(() => decodeCell(first, 0)).toThrow();
    const second = render(t, bytes, 1);
    expect(decodeCell(second, 24)).toBe('B00006');
    expect(decodeCell(second, 24 + 23)).toBe('B00029');

    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
    for (const word of ['小王子', '西游记（少儿版）', 'B00030', '青山']) expect(text, word).toContain(word);
  });

  it('refuses no copies, a position off the sheet, an unknown copy, and a lost one', async () => {
    const t = await createTestApp();
    const teacher = await t.signIn('teacher');
    const copies = await shelf(t);
    expect(errorOf(await t.call(teacher, 'books.labelsPdf', { copyIds: [], startAt: 1 })).code).toBe('invalid_input');
    expect(errorOf(await t.call(teacher, 'books.labelsPdf', { copyIds: [copies[0]!.id], startAt: 25 })).code).toBe('invalid_input');
    expect(errorOf(await t.call(teacher, 'books.labelsPdf', { copyIds: [copies[0]!.id, 9999], startAt: 1 }))).toMatchObject({
      code: 'invalid_input',
      details: { issues: [{ path: ['copyIds', 1], code: 'not_found' }] },
    });
    await t.ok(teacher, 'books.setCopyStatus', { copyId: copies[1]!.id, status: 'lost', reason: '找不到了' });
    expect(errorOf(await t.call(teacher, 'books.labelsPdf', { copyIds: [copies[0]!.id, copies[1]!.id], startAt: 1 }))).toMatchObject({ code: 'conflict', details: { entity: 'label_copy_gone' } });
  });
});
