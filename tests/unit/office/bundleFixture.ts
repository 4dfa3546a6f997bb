// Weekly bundles for the office's tests and bench, built in memory the way the room writes them: CSVs
// by the room's own writer (electron/services/exports/csv.ts) with the bundle's header words, and a
// manifest whose figures are counted here from the same rows, independently of the check under test.
import fs from 'node:fs';
import path from 'node:path';
import { toCsv } from '../../../electron/services/exports/csv';
import { fileEntries, manifestFile, type BundleFile } from '../../../electron/services/exports/manifest';
import type { Manifest } from '../../../shared/bundle';
import { SHEET_COLUMNS, word } from '../../../shared/bundleCheck/sheets';
import type { PickedFile } from '../../../shared/bundleCheck';
import type { Language } from '../../../shared/domain';

export interface FixtureChild {
  name: string;
  grade: number;
  classNo: number;
}

export interface FixtureWeek {
  school: string;
  room: string;
  /** ISO week, e.g. '2026-W47'; `monday` its Monday. */
  week: string;
  monday: string;
  language?: Language;
  revision?: number;
  replaces?: string | null;
  partialUpTo?: string | null;
  /** Visits: the child and the local check-in time 'YYYY-MM-DD HH:mm'. */
  visits: { child: FixtureChild; at: string }[];
  calls: { child: FixtureChild; talked: boolean; at: string; video?: boolean }[];
  /** Written by a room from before video calls: calls.csv has no channel column, the manifest no video figures. */
  beforeVideo?: boolean;
  loans: { child: FixtureChild; lent: boolean; returned: boolean }[];
  signups: FixtureChild[];
  attendance: { child: FixtureChild; present: boolean }[];
  duty: { planned: boolean; status: 'on_time' | 'late' | 'absent' | 'unplanned'; date: string }[];
  noCall30Days: number;
  overdueBooks: number;
  /** Care coverage at the week's end, percent. */
  care: { children: number; talkShare: number; contactShare: number; visitShare: number; letterShare: number };
}

const addDays = (date: string, n: number) => new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

function csv(language: Language, sheet: keyof typeof SHEET_COLUMNS, columns: readonly string[], rows: (string | number | null)[][]): BundleFile {
  const header = columns.map((c) => word(language, `column.${c}`));
  return {
    name: `${sheet}.csv`,
    data: toCsv(
      header,
      rows.map((r, i) => [i + 1, ...r]),
    ),
  };
}

/** The files of one bundle (manifest.json last) and its manifest. */
export function bundleFiles(w: FixtureWeek): { files: BundleFile[]; manifest: Manifest } {
  const lang = w.language ?? 'zh-CN';
  const t = (key: string) => word(lang, key);
  const yn = (b: boolean) => t(b ? 'value.yes' : 'value.no');
  const days = Array.from({ length: 7 }, (_, i) => addDays(w.monday, i));
  const key = (c: FixtureChild) => `${c.name}|${c.grade}|${c.classNo}`;
  const dutyPlanned = w.duty.filter((d) => d.planned);
  const summary: Manifest['summary'] = {
    children: new Set(w.visits.map((v) => key(v.child))).size,
    visits: w.visits.length,
    calls: w.calls.length,
    callsTalked: w.calls.filter((c) => c.talked).length,
    videoCalls: w.calls.filter((c) => c.video === true).length,
    videoCallsTalked: w.calls.filter((c) => c.video === true && c.talked).length,
    loans: w.loans.filter((l) => l.lent).length,
    returns: w.loans.filter((l) => l.returned).length,
    signups: w.signups.length,
    attendances: w.attendance.filter((a) => a.present).length,
    dutySignIns: w.duty.filter((d) => d.status !== 'absent').length,
    dutiesCovered: dutyPlanned.filter((d) => d.status === 'on_time' || d.status === 'late').length,
    dutiesPlanned: dutyPlanned.length,
    noCall30Days: w.noCall30Days,
    overdueBooks: w.overdueBooks,
    daily: days.map((date) => {
      const on = w.visits.filter((v) => v.at.startsWith(date));
      return { date, visits: on.length, children: new Set(on.map((v) => key(v.child))).size };
    }),
  };
  const video = w.beforeVideo === true ? [] : (['videoCalls', 'videoCallsTalked'] as const);
  const figureRows = (
    ['children', 'visits', 'calls', 'callsTalked', ...video, 'loans', 'returns', 'signups', 'attendances', 'dutySignIns', 'dutiesPlanned', 'dutiesCovered', 'noCall30Days', 'overdueBooks'] as const
  ).map((k) => [t(`summary.${k}`), summary[k]]);
  const channel = (c: FixtureWeek['calls'][number]) => (w.beforeVideo === true ? [] : [t(`value.channel.${c.video === true ? 'video' : 'phone'}`)]);
  const content: BundleFile[] = [
    { name: `${w.school}-${w.room}-${w.week}.xlsx`, data: Buffer.from(`PK workbook of ${w.school} ${w.week}`) },
    { name: 'summary.csv', data: toCsv([t('column.item'), t('column.value')], [[t('summary.school'), w.school], [t('summary.week'), w.week], ...figureRows]) },
    csv(
      lang,
      'checkins',
      ['no', 'name', 'grade', 'classNo', 'checkedInAt', 'checkedInBy', 'checkedOutAt', 'checkedOutBy', 'minutes', 'leaveMode'],
      w.visits.map((v) => [v.child.name, v.child.grade, v.child.classNo, v.at, t('value.kiosk'), null, null, null, null]),
    ),
    csv(
      lang,
      'calls',
      ['no', 'name', 'grade', 'classNo', 'parent', ...(w.beforeVideo === true ? [] : ['channel']), 'startedAt', 'endedAt', 'minutes', 'outcome', 'booked', 'staff'],
      w.calls.map((c) => [c.child.name, c.child.grade, c.child.classNo, '父亲', ...channel(c), c.at, c.at, 3, t(`value.outcome.${c.talked ? 'talked' : 'no_answer'}`), yn(false), '王老师']),
    ),
    csv(
      lang,
      'loans',
      SHEET_COLUMNS.loans,
      w.loans.map((l) => [l.child.name, l.child.grade, l.child.classNo, '西游记', 'B1', `${w.monday} 16:00`, '王老师', addDays(w.monday, 14), 0, null, yn(l.lent), yn(l.returned)]),
    ),
    csv(lang, 'activities', SHEET_COLUMNS.activities, [
      ...w.signups.map((c) => [
        t('value.record.signup'),
        '书法',
        t('value.activityKind.weekend'),
        addDays(w.monday, 5),
        c.name,
        c.grade,
        c.classNo,
        t('value.signupStatus.enrolled'),
        t('value.via.kiosk'),
        `${w.monday} 16:10`,
        null,
      ]),
      ...w.attendance.map((a) => [
        t('value.record.attendance'),
        '书法',
        t('value.activityKind.weekend'),
        addDays(w.monday, 5),
        a.child.name,
        a.child.grade,
        a.child.classNo,
        null,
        null,
        null,
        yn(a.present),
      ]),
    ]),
    csv(
      lang,
      'duty',
      SHEET_COLUMNS.duty,
      w.duty.map((d) => [d.date, '16:00–18:00', '王老师', yn(d.planned), d.status === 'absent' ? null : `${d.date} 16:02`, null, t(`value.dutyStatus.${d.status}`), null]),
    ),
    csv(lang, 'care', SHEET_COLUMNS.care, [[t('value.care.total'), w.care.children, 1, 1, 0, 0, 0, 0, 0, w.care.talkShare, w.care.contactShare, w.care.visitShare, w.care.letterShare]]),
    { name: 'summary.pdf', data: Buffer.from(`%PDF-1.7 ${w.school} ${w.week}`) },
  ];
  const { manifest, file } = manifestFile({
    app: { name: "Children's Home", version: '0.1.0' },
    schemaVersion: 30,
    school: w.school,
    room: w.room,
    week: w.week,
    from: days[0],
    to: days[6],
    timezone: 'Asia/Shanghai',
    language: lang,
    createdAt: `${days[4]}T19:00:00+08:00`,
    trigger: 'scheduled',
    includeContacts: false,
    partialUpTo: w.partialUpTo ?? null,
    revision: w.revision ?? 1,
    replaces: w.replaces ?? null,
    sheets: ['summary', 'checkins', 'calls', 'loans', 'activities', 'duty', 'care'].map((k) => ({
      key: k as Manifest['sheets'][number]['key'],
      title: k,
      rows: 0,
    })),
    summary,
    files: fileEntries(content),
  });
  if (w.beforeVideo !== true) return { files: [...content, file], manifest };
  // The manifest as such a room wrote it: without the figures it did not know.
  const older = JSON.parse(file.data.toString('utf8')) as { summary: Record<string, unknown> };
  delete older.summary.videoCalls;
  delete older.summary.videoCallsTalked;
  return { files: [...content, { name: file.name, data: Buffer.from(`${JSON.stringify(older, null, 2)}\n`, 'utf8') }], manifest };
}

/** The bundle as files picked in a folder. */
export function picked(folder: string, w: FixtureWeek): PickedFile[] {
  return bundleFiles(w).files.map((f) => ({ relativePath: `${folder}/${f.name}`, bytes: new Uint8Array(f.data) }));
}

/** The bundle written to disk under `parent`, in a folder named as the room names it; returns the folder. */
export function writeBundle(parent: string, w: FixtureWeek, name = `${w.school}-${w.room}-${w.week}`): string {
  const dir = path.join(parent, name);
  fs.mkdirSync(dir, { recursive: true });
  for (const f of bundleFiles(w).files) fs.writeFileSync(path.join(dir, f.name), f.data);
  return dir;
}

export const MING: FixtureChild = { name: '张小明', grade: 4, classNo: 2 };
export const HONG: FixtureChild = { name: '李小红', grade: 3, classNo: 1 };
export const JUN: FixtureChild = { name: '王小军', grade: 5, classNo: 1 };

/** A busy ordinary week of one room. */
export function sampleWeek(overrides: Partial<FixtureWeek> = {}): FixtureWeek {
  const monday = overrides.monday ?? '2026-11-16';
  return {
    school: '阳光小学',
    room: '留守儿童之家',
    week: '2026-W47',
    monday,
    visits: [
      { child: MING, at: `${monday} 16:00` },
      { child: HONG, at: `${monday} 16:05` },
      { child: MING, at: `${addDays(monday, 2)} 16:00` },
      // Sunday night, the week's last hour.
      { child: JUN, at: `${addDays(monday, 6)} 23:30` },
    ],
    calls: [
      { child: MING, talked: true, at: `${monday} 16:25` },
      { child: HONG, talked: false, at: `${addDays(monday, 2)} 16:00` },
    ],
    loans: [
      { child: MING, lent: false, returned: true },
      { child: HONG, lent: true, returned: false },
    ],
    signups: [MING, HONG],
    attendance: [
      { child: HONG, present: false },
      { child: MING, present: true },
    ],
    duty: [
      { planned: true, status: 'on_time', date: monday },
      { planned: true, status: 'absent', date: addDays(monday, 2) },
      { planned: false, status: 'unplanned', date: addDays(monday, 4) },
    ],
    noCall30Days: 1,
    overdueBooks: 1,
    care: { children: 3, talkShare: 66.7, contactShare: 33.3, visitShare: 0, letterShare: 0 },
    ...overrides,
  };
}
