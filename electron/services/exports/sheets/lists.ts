// The two lists the PDF prints at the week's end (children with no call to a parent for 30 days,
// overdue books) as workbook sheets too, so the office can filter and sort them. They are a view of
// the week's end, not a log: no CSV and no manifest entry, and the office check does not read them.
import type { WeekFacts } from '../facts';
import type { Texts } from '../texts';
import type { Table } from './types';

export function listTables(facts: WeekFacts, texts: Texts): Table[] {
  const { t } = texts;
  const column = (key: string) => t(`column.${key}`);
  const total = (count: number) => t('sheet.listTotal', { count, date: facts.asOfDate });
  return [
    {
      title: t('sheet.noCall'),
      header: [column('no'), column('name'), column('grade'), column('classNo'), column('lastTalkOn'), column('daysNoTalk')],
      rows: facts.noCall.map((c, i) => [i + 1, c.name, c.grade, c.classNo, c.lastTalkOn ?? t('pdf.never'), c.days]),
      total: total(facts.noCall.length),
    },
    {
      title: t('sheet.overdue'),
      header: [column('no'), column('title'), column('barcode'), column('name'), column('grade'), column('classNo'), column('dueOn'), column('daysOverdue')],
      rows: facts.overdue.map((b, i) => [i + 1, b.title, b.barcode, b.name, b.grade, b.classNo, b.dueOn, b.days]),
      total: total(facts.overdue.length),
    },
  ];
}
