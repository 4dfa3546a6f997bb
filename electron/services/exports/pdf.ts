// summary.pdf: the week on a few A4 pages, always in Chinese (the office reads Chinese whatever
// language the room's screens use). Drawn with pdfkit primitives only: text, lines, rectangles.
import PDFDocument from 'pdfkit';
import type { WeekFacts } from './facts';
import type { FontChoice } from './fonts';
import type { ClassRef } from '../../../shared/classOrder';
import { weekLabel } from '../../../shared/weekLabel';
import { INCIDENT_KINDS } from '../../../shared/domain';
import { monthList } from './sheets/summary';
import { textsFor } from './texts';
import type { WeekRange } from './week';

export interface PdfMeta {
  school: string;
  room: string;
  range: WeekRange;
  /** Local 'YYYY-MM-DD HH:mm'. */
  createdAt: string;
  createdOn: Date;
  /** Local 'YYYY-MM-DD HH:mm' the data goes up to, for a week still running; else null. */
  partialUpTo: string | null;
  revision: number;
}

const { t } = textsFor('zh-CN');
const MARGIN = 50;
const WIDTH = 595.28 - 2 * MARGIN;
const BOTTOM = 841.89 - MARGIN;
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

type Doc = PDFKit.PDFDocument;

function heading(doc: Doc, text: string): void {
  if (doc.y > BOTTOM - 80) doc.addPage();
  doc.moveDown(0.8).fontSize(13).fillColor('#1f3a5f').text(text, MARGIN, doc.y).fillColor('black').moveDown(0.3);
}

/** One line of a table at fixed column widths. */
function tableRow(doc: Doc, cells: string[], widths: number[], bold = false): void {
  const y = doc.y;
  let x = MARGIN;
  doc.fontSize(10).fillColor(bold ? '#555555' : 'black');
  cells.forEach((cell, i) => {
    const width = widths[i]!; // one width per cell
    doc.text(cell, x, y, { width: width - 6, lineBreak: false, ellipsis: true });
    x += width;
  });
  doc.fillColor('black');
  doc.x = MARGIN;
  doc.y = y + 16;
}

/** A table whose header row is printed again at the top of every page it runs onto. */
function table(doc: Doc, header: string[], rows: string[][], widths: number[]): void {
  if (doc.y > BOTTOM - 32) doc.addPage();
  tableRow(doc, header, widths, true);
  for (const row of rows) {
    if (doc.y > BOTTOM - 16) {
      doc.addPage();
      tableRow(doc, header, widths, true);
    }
    tableRow(doc, row, widths);
  }
}

function figures(doc: Doc, facts: WeekFacts): void {
  const s = facts.summary;
  const d = facts.duty;
  const lines = [
    t('pdf.figures.children', { children: s.children, visits: s.visits }),
    t('pdf.figures.calls', { calls: s.calls, talked: s.callsTalked }),
    // Only a room with a video computer has video calls to tell of.
    ...(s.videoCalls > 0 ? [t('pdf.figures.video', { video: s.videoCalls, talked: s.videoCallsTalked })] : []),
    t('pdf.figures.loans', { loans: s.loans, returns: s.returns }),
    t('pdf.figures.activities', { signups: s.signups, attendances: s.attendances }),
    t('pdf.figures.duty', { planned: d.planned, covered: d.covered, signIns: s.dutySignIns }),
    t('pdf.figures.lists', { noCall: s.noCall30Days, overdue: s.overdueBooks }),
    t('pdf.figures.lectures', {
      month: facts.lectures.month,
      held: Object.values(facts.lectures.byTopic).reduce((sum, n) => sum + n, 0),
      months: monthList(facts.lectures.monthsWithout, t('summary.lecture.none')),
    }),
    incidentLine(facts.incidents),
  ];
  doc.fontSize(11);
  for (const line of lines) doc.text(`· ${line}`, MARGIN, doc.y).moveDown(0.2);
}

/** The week's incidents as counts only, as in summary.csv: an incident's words never leave the room. */
function incidentLine({ byKind, openFollowUps }: WeekFacts['incidents']): string {
  const count = INCIDENT_KINDS.reduce((sum, k) => sum + byKind[k], 0);
  if (count === 0) return t('pdf.figures.noIncidents', { open: openFollowUps });
  const kinds = INCIDENT_KINDS.filter((k) => byKind[k] > 0).map((k) => `${t(`pdf.incidentKind.${k}`)} ${byKind[k]}`);
  return t('pdf.figures.incidents', { count, kinds: kinds.join(t('pdf.listSeparator')), open: openFollowUps });
}

/** Visits per day as bars, the count above each bar and the weekday and date below. */
function chart(doc: Doc, facts: WeekFacts): void {
  const height = 140;
  if (doc.y > BOTTOM - height - 50) doc.addPage();
  const top = doc.y + 14;
  const base = top + height;
  const daily = facts.summary.daily;
  const max = Math.max(1, ...daily.map((d) => d.visits));
  const slot = WIDTH / daily.length;
  doc
    .lineWidth(0.5)
    .strokeColor('#999999')
    .moveTo(MARGIN, base)
    .lineTo(MARGIN + WIDTH, base)
    .stroke();
  daily.forEach((day, i) => {
    const h = (day.visits / max) * height;
    const x = MARGIN + i * slot + slot * 0.2;
    if (h > 0) doc.rect(x, base - h, slot * 0.6, h).fill('#4a7fb5');
    doc.fillColor('black').fontSize(9);
    doc.text(String(day.visits), MARGIN + i * slot, base - h - 12, { width: slot, align: 'center' });
    doc.text(t(`pdf.weekday.${WEEKDAYS[i]}`), MARGIN + i * slot, base + 4, { width: slot, align: 'center' });
    doc.text(day.date.slice(5), MARGIN + i * slot, base + 16, { width: slot, align: 'center' });
  });
  doc.x = MARGIN;
  doc.y = base + 34;
}

function noCallList(doc: Doc, facts: WeekFacts): void {
  heading(doc, t('pdf.noCall.title', { days: 30, date: facts.asOfDate, count: facts.noCall.length }));
  if (facts.noCall.length === 0) {
    doc.fontSize(10).text(t('pdf.none'), MARGIN, doc.y);
    return;
  }
  table(
    doc,
    [t('pdf.column.no'), t('pdf.column.name'), t('pdf.column.class'), t('pdf.column.lastTalk'), t('pdf.column.days')],
    facts.noCall.map((c, i) => [String(i + 1), c.name, classCell(c), c.lastTalkOn ?? t('pdf.never'), c.days === null ? '—' : String(c.days)]),
    [40, 120, 110, 120, WIDTH - 390],
  );
}

/** A roster may leave the grade or class unknown: print what is known. */
function classCell(c: ClassRef): string {
  if (c.grade !== null && c.classNo !== null) return t('pdf.gradeClass', { grade: c.grade, classNo: c.classNo });
  return c.grade !== null ? t('pdf.gradeOnly', { grade: c.grade }) : '—';
}

function overdueList(doc: Doc, facts: WeekFacts): void {
  heading(doc, t('pdf.overdue.title', { date: facts.asOfDate, count: facts.overdue.length }));
  if (facts.overdue.length === 0) {
    doc.fontSize(10).text(t('pdf.none'), MARGIN, doc.y);
    return;
  }
  table(
    doc,
    [t('pdf.column.no'), t('pdf.column.title'), t('pdf.column.name'), t('pdf.column.class'), t('pdf.column.dueOn'), t('pdf.column.days')],
    facts.overdue.map((b, i) => [String(i + 1), b.title, b.name, classCell(b), b.dueOn, String(b.days)]),
    [40, 150, 80, 90, 80, WIDTH - 440],
  );
}

function dutyCoverage(doc: Doc, facts: WeekFacts): void {
  const d = facts.duty;
  heading(doc, t('pdf.duty.title'));
  const share = d.planned === 0 ? '—' : `${Math.round((d.covered / d.planned) * 100)}%`;
  doc
    .fontSize(11)
    .text(t('pdf.duty.coverage', { planned: d.planned, covered: d.covered, share }), MARGIN, doc.y)
    .moveDown(0.2);
  doc.text(t('pdf.duty.detail', { late: d.late, absent: d.absent, unplanned: d.unplanned }), MARGIN, doc.y);
}

/** The office files the printout: who kept the room and who checked it sign and date it. */
function signatures(doc: Doc): void {
  if (doc.y > BOTTOM - 70) doc.addPage();
  doc.moveDown(2).fontSize(11);
  const y = doc.y;
  doc.text(t('pdf.sign.duty'), MARGIN, y, { lineBreak: false });
  doc.text(t('pdf.sign.reviewer'), MARGIN + WIDTH / 2, y, { lineBreak: false });
  doc.text(t('pdf.sign.date'), MARGIN, y + 30, { lineBreak: false });
  doc.text(t('pdf.sign.date'), MARGIN + WIDTH / 2, y + 30, { lineBreak: false });
  doc.x = MARGIN;
  doc.y = y + 50;
}

/** School, room and week at the top of every page, "第 i 页 / 共 n 页" at the bottom: pages get separated. */
function runningLines(doc: Doc, meta: PdfMeta): void {
  const range = doc.bufferedPageRange();
  const running = `${meta.school} ${meta.room} · ${weekLabel(meta.range.week, 'zh-CN')}`;
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    // Writing inside the margins would make pdfkit start a new page: lift them while drawing.
    const margins = doc.page.margins;
    doc.page.margins = { ...margins, top: 0, bottom: 0 };
    doc.fontSize(8).fillColor('#777777');
    doc.text(running, MARGIN, 24, { width: WIDTH, align: 'right', lineBreak: false });
    doc.text(t('pdf.page', { page: i + 1, pages: range.count }), MARGIN, BOTTOM + 22, { width: WIDTH, align: 'center', lineBreak: false });
    doc.fillColor('black');
    doc.page.margins = margins;
  }
}

/** The PDF as bytes. `font` must load (fonts.ts has checked it). */
export function renderPdf(facts: WeekFacts, meta: PdfMeta, font: FontChoice): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    info: { Title: t('pdf.title', { week: meta.range.week }), CreationDate: meta.createdOn },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  if (font.family) doc.font(font.file, font.family);
  else doc.font(font.file);

  doc.fontSize(18).text(`${meta.school} ${meta.room}`, { align: 'center' });
  doc.fontSize(14).text(t('pdf.subtitle', { label: weekLabel(meta.range.week, 'zh-CN') }), { align: 'center' });
  doc
    .fontSize(9)
    .fillColor('#555555')
    .text(t('pdf.createdAt', { at: meta.createdAt, week: meta.range.week }), { align: 'center' })
    .fillColor('black');
  if (meta.partialUpTo !== null)
    doc
      .fontSize(11)
      .fillColor('#b35900')
      .text(t('pdf.partial', { at: meta.partialUpTo }), { align: 'center' })
      .fillColor('black');
  if (meta.revision > 1)
    doc
      .fontSize(11)
      .fillColor('#b35900')
      .text(t('pdf.revision', { revision: meta.revision }), { align: 'center' })
      .fillColor('black');

  heading(doc, t('pdf.figures.title'));
  figures(doc, facts);
  heading(doc, t('pdf.chart.title'));
  chart(doc, facts);
  noCallList(doc, facts);
  overdueList(doc, facts);
  dutyCoverage(doc, facts);
  signatures(doc);
  runningLines(doc, meta);
  doc.end();
  return done;
}
