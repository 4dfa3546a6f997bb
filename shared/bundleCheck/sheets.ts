// The log sheets of a weekly bundle as the office reads them back from the CSVs: the columns each
// sheet may have (keys under bundle.json column.*) and the words of the bundle's language, so a
// header or a value ("已通话", "yes") is read by meaning, not by its position in the row.
import enBundle from '../../resources/locales/en/bundle.json' with { type: 'json' };
import zhBundle from '../../resources/locales/zh-CN/bundle.json' with { type: 'json' };
import type { Language } from '../domain';

/** Columns the room writes for each log sheet ('no' is the row number; contact columns are optional). */
export const SHEET_COLUMNS = {
  checkins: ['no', 'name', 'grade', 'classNo', 'checkedInAt', 'checkedInBy', 'checkedOutAt', 'checkedOutBy', 'minutes', 'leaveMode', 'collectedBy'],
  calls: ['no', 'name', 'grade', 'classNo', 'parent', 'channel', 'startedAt', 'endedAt', 'minutes', 'outcome', 'booked', 'staff', 'phone', 'note'],
  loans: ['no', 'name', 'grade', 'classNo', 'title', 'barcode', 'lentAt', 'lentBy', 'dueOn', 'renewals', 'returnedAt', 'lentThisWeek', 'returnedThisWeek'],
  activities: ['no', 'record', 'activity', 'activityKind', 'date', 'name', 'grade', 'classNo', 'signupStatus', 'via', 'signedUpAt', 'present'],
  duty: ['no', 'date', 'opening', 'staff', 'planned', 'signedInAt', 'signedOutAt', 'dutyStatus', 'handoverNote'],
  care: ['no', 'surrogate', 'children', 'talks', 'contacts', 'homeVisits', 'letters', 'growthNotes', 'counsellingNotes', 'openFollowUps', 'talkShare', 'contactShare', 'visitShare', 'letterShare'],
} as const;

export type LogSheetKey = keyof typeof SHEET_COLUMNS;
export type SheetColumn<K extends LogSheetKey> = (typeof SHEET_COLUMNS)[K][number];
/** One CSV row by column key; a column the bundle left out (contacts) is absent. */
export type SheetRow<K extends LogSheetKey> = Partial<Record<SheetColumn<K>, string>>;

/** Columns without which a sheet's figures cannot be recomputed. */
export const REQUIRED_COLUMNS: { [K in LogSheetKey]: readonly SheetColumn<K>[] } = {
  checkins: ['name', 'grade', 'classNo', 'checkedInAt'],
  calls: ['outcome'],
  loans: ['lentThisWeek', 'returnedThisWeek'],
  activities: ['record', 'present'],
  duty: ['planned', 'signedInAt', 'dutyStatus'],
  care: ['surrogate', 'children', 'talkShare', 'contactShare', 'visitShare', 'letterShare'],
};

type Tree = { [key: string]: string | Tree };
const WORDS: Record<Language, Tree> = { 'zh-CN': zhBundle, en: enBundle };

/** A bundle.json word in the bundle's language ('' for an unknown key, which then matches nothing real). */
export function word(language: Language, key: string): string {
  let node: string | Tree | undefined = WORDS[language];
  for (const part of key.split('.')) node = typeof node === 'object' && Object.hasOwn(node, part) ? node[part] : undefined;
  return typeof node === 'string' ? node : '';
}

/** The header words of one sheet mapped to its column keys. */
export function headerKeys<K extends LogSheetKey>(language: Language, sheet: K): Map<string, SheetColumn<K>> {
  return new Map(SHEET_COLUMNS[sheet].map((key) => [word(language, `column.${key}`), key as SheetColumn<K>]));
}
