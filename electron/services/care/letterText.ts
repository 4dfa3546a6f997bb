// The letter's words (resources/locales/*/letter.json) in the language the teacher's screen uses:
// short lines a parent reads on a phone, the same lines the PDF prints.
import enLetter from '../../../resources/locales/en/letter.json' with { type: 'json' };
import zhLetter from '../../../resources/locales/zh-CN/letter.json' with { type: 'json' };
import type { Language, ParentLetter } from '../../../shared/domain';

type Facts = Omit<ParentLetter, 'text'>;
type Tree = { [key: string]: string | Tree };
const WORDS: Record<Language, Tree> = { 'zh-CN': zhLetter, en: enLetter };
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export type LetterT = (key: string, vars?: Record<string, string | number>) => string;

export function letterWords(language: Language): LetterT {
  return (key, vars) => {
    let node: string | Tree | undefined = WORDS[language];
    for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
    const text = typeof node === 'string' ? node : key;
    return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (vars && name in vars ? String(vars[name]) : whole));
  };
}

export function monthName(month: string, language: Language): string {
  const m = Number(month.slice(5, 7));
  return letterWords(language)('month', { year: month.slice(0, 4), month: language === 'en' ? (MONTHS_EN[m - 1] ?? '') : m });
}

/** The letter in parts: the title, then its paragraphs, then the signature lines. */
export interface LetterParts {
  title: string;
  paragraphs: string[];
  signature: string[];
}

export function letterParts(f: Facts, language: Language): LetterParts {
  const t = letterWords(language);
  const name = f.childName;
  const month = monthName(f.month, language);
  const list = (items: string[]) => items.join(t('separator'));
  const paragraphs = [t('greeting', { name }), t('intro', { school: f.schoolName, room: f.roomName, month }) + (f.upTo ? t('upTo', { date: f.upTo }) : '')];
  // A closed room (a holiday) is said kindly; "0 days" would read as a reproach.
  // Only a finished month with no visit by anyone was a holiday; early in a month it is too soon to say.
  const closed = f.roomDays === 0 && f.upTo === null;
  paragraphs.push(f.daysIn > 0 ? t('days', { name, count: f.daysIn }) : closed ? t('daysClosed') : t('daysNone', { name }));
  paragraphs.push(f.books.length > 0 ? t('books', { list: list(f.books.map((b) => (b.grade ? t('bookGrade', { title: b.title, grade: b.grade }) : b.title))) }) : t('booksNone'));
  paragraphs.push(f.groups.length > 0 ? t('groups', { list: list(f.groups) }) : t('groupsNone'));
  if (f.calls.length === 0) paragraphs.push(t('noParents'));
  for (const c of f.calls) {
    const who = t(`relation.${c.relation}`);
    paragraphs.push(c.talked > 0 ? t('call', { name, who, calls: c.calls, talked: c.talked }) : t('callNone', { name, who }));
  }
  if (f.next) {
    const time = f.next.startTime;
    const when = f.next.date ? t('whenDate', { date: f.next.date, time }) : t('whenWeekly', { day: t(`weekday.${f.next.weekday ?? 1}`), time });
    paragraphs.push(t(f.next.signedUp ? 'nextSigned' : 'nextOpen', { name, what: f.next.title, when }));
  }
  if (f.line) paragraphs.push(t('line', { name: f.surrogateName ?? f.roomName, line: f.line }));
  const signature = [f.surrogateName ? t('signature', { name: f.surrogateName }) : '', t('signatureRoom', { room: `${f.schoolName} ${f.roomName}`.trim() })].filter(Boolean);
  return { title: t('title', { name, month }), paragraphs, signature };
}

/** Plain text for a phone message. */
export function letterText(f: Facts, language: Language): string {
  const parts = letterParts(f, language);
  return [parts.title, '', ...parts.paragraphs, '', ...parts.signature].join('\n');
}
