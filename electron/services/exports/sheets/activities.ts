// Activities: the sign-ups made in the week (whatever became of them) and the attendance marked for
// sessions held in the week. One sheet, a "record" column tells the two apart.
import { localTime } from '../format';
import type { Cell, LogSheet } from './types';

export const activitiesSheet: LogSheet = {
  key: 'activities',
  async read({ db, range, texts }) {
    const { t, yesNo } = texts;
    const signups = await db
      .selectFrom('activity_signup as u')
      .innerJoin('activity as a', 'a.id', 'u.activity_id')
      .innerJoin('child as c', 'c.id', 'u.child_id')
      .select(['a.title', 'a.kind', 'a.date', 'c.name', 'c.grade', 'c.class_no', 'u.status', 'u.via', 'u.signed_up_at'])
      .where('u.signed_up_at', '>=', range.from)
      .where('u.signed_up_at', '<', range.to)
      .orderBy('u.signed_up_at')
      .orderBy('u.id')
      .execute();
    const attendance = await db
      .selectFrom('activity_attendance as x')
      .innerJoin('activity as a', 'a.id', 'x.activity_id')
      .innerJoin('child as c', 'c.id', 'x.child_id')
      .select(['a.title', 'a.kind', 'x.date', 'c.name', 'c.grade', 'c.class_no', 'x.present'])
      .where('x.date', '>=', range.monday)
      .where('x.date', '<=', range.sunday)
      .orderBy('x.date')
      .orderBy('a.title')
      .orderBy('c.grade', (o) => o.asc().nullsLast())
      .orderBy('c.class_no', (o) => o.asc().nullsLast())
      .orderBy('c.name_pinyin')
      .orderBy('x.id')
      .execute();
    const rows: Cell[][] = [
      ...signups.map((r) => [
        t('value.record.signup'),
        r.title,
        t(`value.activityKind.${r.kind}`),
        r.date,
        r.name,
        r.grade,
        r.class_no,
        t(`value.signupStatus.${r.status}`),
        t(`value.via.${r.via}`),
        localTime(r.signed_up_at, range.timezone),
        null,
      ]),
      ...attendance.map((r) => [t('value.record.attendance'), r.title, t(`value.activityKind.${r.kind}`), r.date, r.name, r.grade, r.class_no, null, null, null, yesNo(r.present === 1)]),
    ];
    return { columns: ['record', 'activity', 'activityKind', 'date', 'name', 'grade', 'classNo', 'signupStatus', 'via', 'signedUpAt', 'present'], rows };
  },
};
