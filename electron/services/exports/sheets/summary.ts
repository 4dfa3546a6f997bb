// The summary sheet, first in the workbook: who and which week, then the week's figures and the
// visits of each day. Two columns (item, value) so a CSV reader sees a plain table.
import { SUMMARY_FIGURES } from '../../../../shared/bundle';
import { INCIDENT_KINDS, LECTURE_TOPICS } from '../../../../shared/domain';
import { weekLabel } from '../../../../shared/weekLabel';
import type { WeekFacts } from '../facts';
import type { Texts } from '../texts';
import type { WeekRange } from '../week';
import type { Cell, SheetTable } from './types';

export interface SummaryMeta {
  school: string;
  room: string;
  range: WeekRange;
  /** Local 'YYYY-MM-DD HH:mm'. */
  createdAt: string;
  /** Local 'YYYY-MM-DD HH:mm' the data goes up to, for a week still running; else null. */
  partialUpTo: string | null;
  revision: number;
  includeContacts: boolean;
}

export function summaryTable(facts: WeekFacts, meta: SummaryMeta, texts: Texts): SheetTable {
  const { t, yesNo } = texts;
  const s = facts.summary;
  const rows: Cell[][] = [
    [t('summary.school'), meta.school],
    [t('summary.room'), meta.room],
    [t('summary.week'), weekLabel(meta.range.week, texts.language)],
    [t('summary.weekCode'), meta.range.week],
    [t('summary.from'), meta.range.monday],
    [t('summary.to'), meta.range.sunday],
    [t('summary.createdAt'), meta.createdAt],
    [t('summary.partialUpTo'), meta.partialUpTo ?? t('summary.complete')],
    [t('summary.revision'), meta.revision],
    [t('summary.includeContacts'), yesNo(meta.includeContacts)],
    ...SUMMARY_FIGURES.map((key) => [t(`summary.${key}`), s[key]]),
    ...lectureRows(facts, texts),
    ...incidentRows(facts, texts),
    ...s.daily.flatMap((d) => [
      [t('summary.dailyVisits', { date: d.date }), d.visits],
      [t('summary.dailyChildren', { date: d.date }), d.children],
    ]),
  ];
  return { key: 'summary', title: t('sheet.summary'), header: [t('column.item'), t('column.value')], rows };
}

/** The lecture rule's rows (issue 20); the office checks the manifest's lectures against them. */
export function lectureRows({ lectures }: WeekFacts, { t }: Texts): Cell[][] {
  return [
    [t('summary.lecture.month'), lectures.month],
    ...LECTURE_TOPICS.map((topic) => [t(`summary.lecture.${topic}`), lectures.byTopic[topic]]),
    [t('summary.lecture.monthsWithout'), monthList(lectures.monthsWithout, t('summary.lecture.none'))],
  ];
}

/** The week's incidents by kind and open follow-ups (issue 20); the office checks the manifest's incidents against them. */
export function incidentRows({ incidents }: WeekFacts, { t }: Texts): Cell[][] {
  return [...INCIDENT_KINDS.map((kind) => [t(`summary.incident.${kind}`), incidents.byKind[kind]]), [t('summary.incident.openFollowUps'), incidents.openFollowUps]];
}

/** Months as one cell, '2026-09 2026-11', or the word for none. */
export function monthList(months: string[], none: string): string {
  return months.length > 0 ? months.join(' ') : none;
}
