// The handover sheet on A4 with pdfkit in the exports' Chinese font: one class per page (more when
// it runs on), its table's header again on each page, a line to sign at the end of each class.
import PDFDocument from 'pdfkit';
import enWords from '../../../resources/locales/en/handover.json' with { type: 'json' };
import zhWords from '../../../resources/locales/zh-CN/handover.json' with { type: 'json' };
import type { Language } from '../../../shared/domain';
import type { FontChoice } from '../exports/fonts';
import type { HandoverChild, HandoverClass } from './handover';

type Key = keyof typeof zhWords;
const WORDS: Record<Language, Record<Key, string>> = { 'zh-CN': zhWords, en: enWords };
export type HandoverT = (key: Key, vars?: Record<string, string | number>) => string;

export function handoverWords(language: Language): HandoverT {
  return (key, vars) => WORDS[language][key].replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (vars && name in vars ? String(vars[name]) : whole));
}

export function className(t: HandoverT, c: Pick<HandoverClass, 'grade' | 'classNo'>): string {
  if (c.grade === null) return t('unknownClass');
  return c.classNo === null ? t('gradeOnly', { grade: c.grade }) : t('gradeClass', { grade: c.grade, classNo: c.classNo });
}

export interface HandoverMeta {
  school: string;
  /** The school year's label ("2026–2027学年"). */
  year: string;
  date: string;
}

const MARGIN = 45;
const WIDTH = 595.28 - 2 * MARGIN;
const BOTTOM = 841.89 - MARGIN;
const WIDTHS = [28, 72, 90, 90, WIDTH - 280];
const SIZE = 10;
type Doc = PDFKit.PDFDocument;

function cells(t: HandoverT, child: HandoverChild, index: number): string[] {
  const call = child.noCall === null ? t('callRecent') : child.noCall === 'never' ? t('callNever') : t('callDays', { days: child.noCall });
  const followUps = child.followUps.map((f) =>
    t('followUp', { due: f.dueOn, note: f.withheld ? t('withheld') : f.reason === 'parent_unreached' ? t('unreached') : f.reason === 'talk' ? t('talk') : f.note }),
  );
  return [String(index + 1), child.name, child.surrogateName ?? t('noSurrogate'), call, followUps.length ? followUps.join('\n') : t('none')];
}

function rowHeight(doc: Doc, row: string[]): number {
  doc.fontSize(SIZE);
  return Math.max(...row.map((cell, i) => doc.heightOfString(cell, { width: (WIDTHS[i] ?? 0) - 6 }))) + 6;
}

function drawRow(doc: Doc, row: string[], header: boolean): void {
  const y = doc.y;
  const height = rowHeight(doc, row);
  let x = MARGIN;
  doc.fontSize(SIZE).fillColor(header ? '#555555' : 'black');
  row.forEach((cell, i) => {
    doc.text(cell, x + 3, y + 3, { width: (WIDTHS[i] ?? 0) - 6 });
    x += WIDTHS[i] ?? 0;
  });
  doc
    .lineWidth(0.4)
    .strokeColor('#bbbbbb')
    .moveTo(MARGIN, y + height)
    .lineTo(MARGIN + WIDTH, y + height)
    .stroke();
  doc.fillColor('black');
  doc.x = MARGIN;
  doc.y = y + height;
}

function classPages(doc: Doc, t: HandoverT, meta: HandoverMeta, c: HandoverClass): void {
  doc.addPage();
  doc
    .fontSize(18)
    .fillColor('#1f3a5f')
    .text(t('title', { class: className(t, c) }), MARGIN, MARGIN, { width: WIDTH, align: 'center' });
  doc
    .moveDown(0.2)
    .fontSize(10)
    .fillColor('#555555')
    .text(t('subtitle', { ...meta }), { width: WIDTH, align: 'center' });
  const noCall = c.children.filter((ch) => ch.noCall !== null).length;
  const followUps = c.children.reduce((n, ch) => n + ch.followUps.length, 0);
  doc
    .moveDown(0.8)
    .fontSize(11)
    .fillColor('black')
    .text(t('summary', { children: c.children.length, noCall, followUps }), MARGIN, doc.y, { width: WIDTH });
  doc.moveDown(0.6);
  const header = [t('colNo'), t('colName'), t('colSurrogate'), t('colCall'), t('colFollowUps')];
  drawRow(doc, header, true);
  c.children.forEach((child, i) => {
    const row = cells(t, child, i);
    if (doc.y + rowHeight(doc, row) > BOTTOM - 30) {
      doc.addPage();
      doc.y = MARGIN;
      drawRow(doc, header, true);
    }
    drawRow(doc, row, false);
  });
  if (doc.y > BOTTOM - 40) doc.addPage();
  doc.moveDown(2).fontSize(11).text(t('sign'), MARGIN, doc.y, { width: WIDTH });
}

export function handoverPdf(classes: HandoverClass[], meta: HandoverMeta, language: Language, font: FontChoice): Promise<Buffer> {
  const t = handoverWords(language);
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, autoFirstPage: false, info: { Title: t('title', { class: classes.length === 1 && classes[0] ? className(t, classes[0]) : meta.year }) } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  if (font.family) doc.font(font.file, font.family);
  else doc.font(font.file);
  if (classes.length === 0) {
    doc.addPage();
    doc.fontSize(14).text(t('empty'), MARGIN, MARGIN);
  }
  for (const c of classes) classPages(doc, t, meta, c);
  doc.end();
  return done;
}
