// Sheet names, column headers and values of a child's data export, in the room's language.
// The words live in resources/locales/*/privacy.json (childData.*), beside the screen's.
import en from '../../../resources/locales/en/privacy.json' with { type: 'json' };
import zh from '../../../resources/locales/zh-CN/privacy.json' with { type: 'json' };
import type { Language } from '../../../shared/domain';
import { toStamp } from '../../../shared/time';
import type { Cell, Section } from './childData';

type Tree = { [key: string]: string | Tree };
const WORDS: Record<Language, Tree> = { 'zh-CN': zh, en };

/** Columns whose values are codes (e.g. 'both_away') shown as words. */
const CODED = new Set([
  'gender',
  'situation',
  'guardianRelation',
  'relation',
  'outcome',
  'channel',
  'status',
  'via',
  'kind',
  'checkoutMethod',
  'leaveMode',
  'leaveRequest',
  'leaveHoldReason',
  'contactWith',
  'contactMode',
  'growthArea',
  'what',
  'role',
  'reason',
  'topic',
  'whom',
  'how',
  'helperKind',
]);

/** The words at a dotted key, or undefined when there are none (an unknown code). */
function find(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || !Object.hasOwn(node, part)) return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** Columns holding stamps ('2026-11-24T10:00:00+08:00'): shown as the room's local date and time. */
const isStampColumn = (key: string) => key === 'at' || key.endsWith('At');
const SEMESTER = /^(\d{4})-(spring|autumn)$/;

export function labelsFor(language: Language, timezone: string) {
  const words = WORDS[language];
  const word = (key: string, fallback: string) => find(words, key) ?? fallback;
  const localTime = (stamp: string) => {
    const at = new Date(stamp);
    return Number.isNaN(at.getTime()) ? stamp : toStamp(at, timezone).slice(0, 16).replace('T', ' ');
  };
  return {
    sheet: (section: Section) => word(`childData.sheet.${section}`, section),
    /** A section may name a column its own way: a follow-up's dueOn is not a library due date. */
    column: (key: string, section?: Section) => (section && find(words, `childData.sectionColumn.${section}.${key}`)) ?? word(`childData.column.${key}`, key),
    fieldHeader: word('childData.header.field', 'field'),
    valueHeader: word('childData.header.value', 'value'),
    value(key: string, value: Cell): string | number | null {
      if (typeof value === 'boolean') return value ? word('childData.value.yes', 'yes') : word('childData.value.no', 'no');
      if (typeof value !== 'string') return value;
      if (CODED.has(key)) return word(`childData.enum.${value}`, value);
      if (isStampColumn(key)) return localTime(value);
      const semester = key === 'semester' ? SEMESTER.exec(value) : null;
      if (semester) return word(`childData.semester.${semester[2]}`, value).replace('{{year}}', semester[1]!); // both groups always match
      return value;
    },
  };
}
