// A realistic room for the security tests: staff (one a counsellor, one archived), children (one
// archived), books on loan and lost, a review, visits, a call, activities with a waiting list, a
// roster with a duty, care records. Private data carries unmistakable markers the kiosk must never show.
import path from 'node:path';
import type { Session } from '../../../electron/session';
import { childInput } from '../fixtures';
import { createTestApp, type TestApp } from '../helpers';
import type { Pools } from './arbitraries';

/** Child A's private data. */
export const A = {
  guardianPhone: '13912345678',
  fatherPhone: '13911112222',
  address: '青山村七组99号ADDRMARK',
  notes: '过敏：青霉素NOTEMARK',
  guardianName: '李守GUARDMARK',
  fatherName: '李建FATHERMARK',
  employer: 'EMPLOYERMARK电子厂',
  workCity: 'WORKCITYMARK东莞',
  bestCallTime: 'CALLTIMEMARK晚上',
  studentNo: 'STUNOMARK001',
  consentBy: '李守CONSENTMARK',
};

/** Child B's records: her own, so child A's kiosk screens must not show them either. */
export const B = {
  guardianPhone: '13698765432',
  address: '河口村二组5号ADDRMARKB',
  notes: '家中困难NOTEMARKB',
  bookTitle: '乙的专属书BOOKMARKB',
  reviewText: '我最喜欢这本书REVIEWMARKB',
  callNote: '妈妈说下周回来CALLNOTEMARKB',
  collectedBy: '王奶奶COLLECTMARKB',
};

export const STAFF_NOTES = {
  handover: '交接HANDOVERMARK',
  careText: '谈心记录CARETEXTMARK',
  counselling: '心理辅导COUNSELMARK',
  followUp: '回访FOLLOWUPMARK',
  archiveReason: '转学ARCHIVEMARK',
};

export interface SeededRoom {
  t: TestApp;
  teacher: Session;
  counsellor: Session;
  childA: number;
  childB: number;
  aParentId: number;
  /** A title child A has borrowed (she may review it). */
  aBookId: number;
  /** A weekend activity open to child A's grade, with room. */
  openActivityId: number;
  pools: Pools;
}

const SATURDAY = { kind: 'weekend' as const, signupOpensAt: '2026-11-20T08:00:00+08:00', signupClosesAt: '2026-11-27T18:00:00+08:00', date: '2026-11-28' };

async function children(t: TestApp) {
  const a = await t.ok(
    t.admin,
    'children.create',
    childInput({
      name: '李小红',
      gender: 'female',
      studentNo: A.studentNo,
      guardianName: A.guardianName,
      guardianPhone: A.guardianPhone,
      guardianAddress: A.address,
      notes: A.notes,
      consent: { signedBy: A.consentBy, signedOn: '2026-09-01', scope: null },
      parents: [
        {
          relation: 'father',
          name: A.fatherName,
          phone: A.fatherPhone,
          workCity: A.workCity,
          employer: A.employer,
          bestCallTime: A.bestCallTime,
          verifiedOn: null,
        },
      ],
    }),
  );
  const b = await t.ok(t.admin, 'children.create', childInput({ name: '王小刚', guardianPhone: B.guardianPhone, guardianAddress: B.address, notes: B.notes }));
  const c = await t.ok(t.admin, 'children.create', childInput({ name: '张小明', grade: 3, classNo: 1 }));
  const gone = await t.ok(t.admin, 'children.create', childInput({ name: '刘小丽', grade: 5 }));
  await t.ok(t.admin, 'children.archive', { id: gone.id, reason: STAFF_NOTES.archiveReason });
  return { a, b, c };
}

async function library(t: TestApp, teacher: Session, ids: { a: number; b: number; c: number }) {
  const aBook = await t.ok(teacher, 'books.create', { book: { title: '小王子', author: '圣埃克苏佩里' }, copies: 3 });
  const bBook = await t.ok(teacher, 'books.create', { book: { title: B.bookTitle }, copies: 1 });
  await t.ok(teacher, 'loans.lend', { barcode: aBook.copies[0].barcode, childId: ids.a });
  await t.ok(teacher, 'loans.lend', { barcode: bBook.copies[0].barcode, childId: ids.b });
  await t.ok(teacher, 'loans.lend', { barcode: aBook.copies[1].barcode, childId: ids.c });
  await t.ok(teacher, 'loans.return', { barcode: aBook.copies[1].barcode });
  await t.ok(teacher, 'books.setCopyStatus', { copyId: aBook.copies[2].id, status: 'lost', reason: '找不到了' });
  await t.ok(t.kiosk, 'kiosk.writeReview', { childId: ids.b, bookId: bBook.id, text: B.reviewText });
  return aBook.id;
}

async function roomLife(t: TestApp, teacher: Session, ids: { a: number; b: number; c: number }, bParentId: number) {
  await t.ok(t.kiosk, 'kiosk.checkIn', { childId: ids.b });
  const bVisit = (await t.ok(teacher, 'checkins.room', {})).present.find((v) => v.childId === ids.b);
  if (!bVisit) throw new Error('child B is not in the room');
  await t.ok(teacher, 'checkins.checkOut', { visitId: bVisit.id, leaveMode: 'guardian', collectedBy: B.collectedBy, leaveNote: '奶奶来接' });
  await t.ok(teacher, 'calls.log', { childId: ids.b, parentId: bParentId, outcome: 'talked', durationMinutes: 5, note: B.callNote });
  await t.ok(t.kiosk, 'kiosk.checkIn', { childId: ids.c });
}

async function activities(t: TestApp, teacher: Session, ids: { a: number; b: number; c: number }) {
  const full = await t.ok(t.admin, 'activities.create', { ...SATURDAY, title: '周末手工', capacity: 1, startTime: '09:00', endTime: '11:00' });
  await t.ok(teacher, 'activities.enrol', { activityId: full.id, childId: ids.c });
  await t.ok(teacher, 'activities.enrol', { activityId: full.id, childId: ids.b });
  const open = await t.ok(t.admin, 'activities.create', { ...SATURDAY, title: '周末读书会', capacity: 10, startTime: '14:00', endTime: '16:00' });
  const old = await t.ok(t.admin, 'activities.create', { ...SATURDAY, title: '取消的活动', capacity: 5, startTime: '17:00', endTime: '18:00' });
  await t.ok(t.admin, 'activities.archive', { id: old.id });
  await t.ok(t.admin, 'activities.create', {
    kind: 'group',
    title: '书法小组',
    capacity: 10,
    signupOpensAt: '2026-09-01T08:00:00+08:00',
    signupClosesAt: '2026-12-31T18:00:00+08:00',
    weekday: 3,
    termStart: '2026-09-01',
    termEnd: '2027-01-15',
    startTime: '15:00',
    endTime: '16:00',
  });
  return open.id;
}

async function roster(t: TestApp, teacher: Session) {
  const opening = await t.ok(t.admin, 'roster.saveOpening', { weekday: 1, startTime: '08:00', endTime: '18:00', teachersNeeded: 1 });
  await t.ok(t.admin, 'roster.generate', {
    termStart: '2026-11-01',
    termEnd: '2026-12-31',
    pattern: [{ openingId: opening.id, staffIds: [teacher.staffId ?? 0] }],
  });
  await t.ok(teacher, 'duty.signIn', { pin: '2468' });
  await t.ok(teacher, 'duty.signOut', { handoverNote: STAFF_NOTES.handover });
}

/** Written straight into the tables: the care screens' own tests cover their handlers. */
async function careRecords(t: TestApp, counsellor: Session, ids: { a: number; b: number }) {
  const at = '2026-11-20T10:00:00+08:00';
  const staffId = counsellor.staffId ?? 0;
  const base = {
    date: '2026-11-20',
    staff_id: staffId,
    contact_with: null,
    contact_mode: null,
    met_with: null,
    growth_area: null,
    letter_to: null,
    letter_sent_on: null,
    voided_at: null,
    void_reason: null,
    created_at: at,
    updated_at: at,
  };
  const talk = await t.app.db
    .insertInto('care_record')
    .values({ ...base, child_id: ids.a, kind: 'talk', text: STAFF_NOTES.careText })
    .returning('id')
    .executeTakeFirstOrThrow();
  await t.app.db
    .insertInto('care_record')
    .values({ ...base, child_id: ids.b, kind: 'counselling', text: STAFF_NOTES.counselling })
    .execute();
  await t.app.db
    .insertInto('care_follow_up')
    .values({
      child_id: ids.a,
      record_id: talk.id,
      reason: 'record',
      note: STAFF_NOTES.followUp,
      due_on: '2026-11-30',
      raised_by_staff_id: staffId,
      done_at: null,
      done_by_staff_id: null,
      done_note: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
}

async function pools(t: TestApp): Promise<Pools> {
  const tables = (t.app.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]).map((r) => r.name);
  const maxId = Math.max(...tables.map((name) => (t.app.sqlite.prepare(`SELECT coalesce(max(id), 0) AS n FROM "${name}"`).get() as { n: number }).n));
  const ids = [...Array.from({ length: Math.min(maxId, 40) + 2 }, (_, i) => i + 1), 999_999, 2_147_483_647, Number.MAX_SAFE_INTEGER];
  const barcodes = (await t.app.db.selectFrom('book_copy').select('barcode').execute()).map((r) => r.barcode);
  const folders = [t.dir, path.join(t.dir, 'exports'), path.join(t.dir, 'missing', 'deeper'), t.file, path.join(t.dir, 'a', '..', 'b')];
  return { ids, barcodes, folders, backupNames: ['room.sqlite', 'children-home.sqlite', 'pre-migration-v1-x.sqlite', '..sqlite'] };
}

export async function seededRoom(): Promise<SeededRoom> {
  const t = await createTestApp();
  const teacher = await t.signIn('teacher', '王老师');
  const counsellor = await t.signIn('teacher', '刘老师');
  await t.app.db
    .updateTable('staff')
    .set({ counsellor: 1 })
    .where('id', '=', counsellor.staffId ?? 0)
    .execute();
  const gone = await t.ok(t.admin, 'staff.create', { name: '赵老师', role: 'teacher', pin: '1357' });
  await t.ok(t.admin, 'staff.archive', { id: gone.id });

  const { a, b, c } = await children(t);
  const ids = { a: a.id, b: b.id, c: c.id };
  const aBookId = await library(t, teacher, ids);
  await roomLife(t, teacher, ids, b.parents[0].id);
  const openActivityId = await activities(t, teacher, ids);
  await roster(t, teacher);
  await careRecords(t, counsellor, ids);
  return { t, teacher, counsellor, childA: a.id, childB: b.id, aParentId: a.parents[0].id, aBookId, openActivityId, pools: await pools(t) };
}

/** A fresh copy of a session, so a call that signs out (auth.lock) or times out leaves the template alone. */
export function fresh(t: TestApp, template: Session): Session {
  return { ...template, lastActiveAt: t.clock.now().getTime() };
}
