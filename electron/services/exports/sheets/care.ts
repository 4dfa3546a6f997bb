// Care records: one row per surrogate parent (代理家长), then the children with none, then all:
// children on the roll, records written in the week by kind, follow-ups open at its end and coverage
// (%) at its end. Counts only: no note's text ever goes in, contact details or not.
import type { CareWeekRow } from '../../care/weekSummary';
import type { Cell, LogSheet } from './types';

const percent = (share: number) => Math.round(share * 1000) / 10;

function cells(label: string, r: CareWeekRow): Cell[] {
  const { records, shares } = r;
  return [
    label,
    r.children,
    records.talk,
    records.contact,
    records.home_visit,
    records.letter,
    records.growth,
    records.counselling,
    r.openFollowUps,
    percent(shares.talk),
    percent(shares.contact),
    percent(shares.visit),
    percent(shares.letter),
  ];
}

export const careSheet: LogSheet = {
  key: 'care',
  async read(ctx, { care: week }) {
    const { t } = ctx.texts;
    return {
      columns: ['surrogate', 'children', 'talks', 'contacts', 'homeVisits', 'letters', 'growthNotes', 'counsellingNotes', 'openFollowUps', 'talkShare', 'contactShare', 'visitShare', 'letterShare'],
      rows: [...week.groups.map((g) => cells(g.staffName ?? t('value.care.noSurrogate'), g)), cells(t('value.care.total'), week.total)],
      endsWithTotal: true,
    };
  },
};
