// A room with two children who have a history: 王芳芳 (who leaves) and 李春花 (who stays). Everything
// personal about 王芳芳 is listed in `her`, so a test can look for each value anywhere.
import type { Session } from '../../../electron/session';
import type { ApiError, Result } from '../../../shared/errors';
import { childInput, TINY_JPEG } from '../fixtures';
import { createTestApp, type TestApp } from '../helpers';

export function errorOf(result: Result<unknown>): ApiError {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value)}`);
  return result.error;
}

/** Each value typed about 王芳芳 or her family, as stored. */
export const her = {
  name: '王芳芳',
  pinyin: 'wangfangfang',
  studentNo: 'G2016051201',
  notes: '对花生过敏，需随身带药',
  /** Her notes before an edit replaced them. */
  oldNotes: '芳芳怕黑，不敢一个人回家',
  guardianName: '王德山',
  guardianPhone: '13812340001',
  guardianAddress: '青山村五组8号',
  ethnicity: '仫佬族',
  healthStatus: '芳芳有哮喘',
  incomeSource: '芳芳父母务工',
  guardianSituation: '芳芳爷爷七十岁',
  villageContact: '青山村李主任',
  villageContactPhone: '13611110004',
  /** Her health notes: sensitive, erased, never in a bundle or at the kiosk. */
  healthAllergies: '青霉素过敏',
  healthConditions: '轻度哮喘',
  healthMedicines: '书包里有沙丁胺醇喷雾',
  healthActions: '喘不上气时先用喷雾再打电话给奶奶',
  father: '王建军',
  fatherPhone: '13987650001',
  employer: '深圳鞋厂',
  mother: '刘秀梅',
  motherPhone: '13700002222',
  consentScope: '芳芳的建档与关爱',
  collectedBy: '芳芳奶奶',
  collectedNote: '芳芳奶奶代外婆来接',
  uncle: '王建国舅舅',
  unclePhone: '13911110003',
  excluded: '赵某某',
  excludedNote: '芳芳父母离婚协议：不得接走',
  callNote: '妈妈说春节回家看芳芳',
  voidReason: '芳芳点错了名字',
  archiveReason: '随父母转学到深圳',
  review: '芳芳读完这本书很想念爸爸',
  careText: '芳芳说晚上常梦见妈妈',
  metWith: '芳芳外婆',
  letterTo: '芳芳的爸爸',
  followUp: '芳芳下周复诊',
  followUpDone: '已陪芳芳复诊',
  photoConsentBy: '芳芳外公',
  fatherBirthday: '07-19',
  /** Her incidents: a fall (hers alone) and a quarrel with 李春花, voided. */
  incidentPlace: '芳芳家门口的秋千',
  incidentWhat: '芳芳从秋千上摔下来',
  incidentDone: '给芳芳冰敷左膝',
  incidentFollowUp: '芳芳周三复查左膝',
  noticeName: '芳芳祖母王秀英',
  quarrel: '芳芳和同学为跳绳吵架',
  quarrelVoidReason: '芳芳这条记重了',
} as const;

/** Her photo: bytes, not text, so the tests look for it on its own. */
export const herPhoto = TINY_JPEG;

export const other = { name: '李春花', guardianName: '李大山', father: '李强', callNote: '爸爸下月回来', incident: '春花午睡后肚子疼' } as const;

export interface PrivacyRoom {
  t: TestApp;
  teacher: Session;
  herId: number;
  otherId: number;
}

/** Built on Monday 23 November 2026; she leaves on Tuesday 24 November 2026. */
export async function privacyRoom(): Promise<PrivacyRoom> {
  const t = await createTestApp();
  const teacher = await t.signIn('teacher', '王老师');
  const herInput = childInput({
    name: her.name,
    gender: 'female',
    birthDate: '2016-05-12',
    studentNo: her.studentNo,
    notes: her.oldNotes,
    guardianName: her.guardianName,
    guardianPhone: her.guardianPhone,
    guardianAddress: her.guardianAddress,
    ethnicity: her.ethnicity,
    healthStatus: her.healthStatus,
    incomeSource: her.incomeSource,
    guardianSituation: her.guardianSituation,
    villageContactName: her.villageContact,
    villageContactPhone: her.villageContactPhone,
    healthAllergies: her.healthAllergies,
    healthConditions: her.healthConditions,
    healthMedicines: her.healthMedicines,
    healthActions: her.healthActions,
    consent: { signedBy: her.guardianName, signedOn: '2026-09-01', scope: her.consentScope },
    parents: [
      { relation: 'father', name: her.father, phone: her.fatherPhone, workCity: '广东深圳', employer: her.employer, bestCallTime: null, verifiedOn: null, birthday: her.fatherBirthday },
      { relation: 'mother', name: her.mother, phone: her.motherPhone, workCity: null, employer: null, bestCallTime: null, verifiedOn: null },
    ],
  });
  const herFile = await t.ok(t.admin, 'children.create', herInput);
  const [, uncle, excluded] = await t.ok(t.admin, 'collectors.save', {
    childId: herFile.id,
    collectors: [
      { name: her.guardianName, relation: 'grandfather', phone: her.guardianPhone },
      { name: her.uncle, relation: 'uncle', phone: her.unclePhone },
      { name: her.excluded, relation: 'other', mayCollect: false, note: her.excludedNote },
    ],
  });
  await t.ok(t.admin, 'children.photoConsent', { childId: herFile.id, consentBy: her.photoConsentBy, consentOn: '2026-09-01' });
  await t.ok(teacher, 'children.setPhoto', { childId: herFile.id, photo: herPhoto });
  await t.ok(teacher, 'collectors.setPhoto', { childId: herFile.id, collectorId: uncle.id, photo: herPhoto });
  // An edit leaves the old notes in the page the row lived in: the erasure must not leave them in the file.
  await t.ok(t.admin, 'children.update', { ...herInput, id: herFile.id, notes: her.notes, parents: herFile.parents });
  const otherFile = await t.ok(
    t.admin,
    'children.create',
    childInput({
      name: other.name,
      gender: 'female',
      guardianName: other.guardianName,
      guardianPhone: '13912345678',
      parents: [{ relation: 'father', name: other.father, phone: '13600001111', workCity: null, employer: null, bestCallTime: null, verifiedOn: null }],
    }),
  );
  const herId = herFile.id;
  const otherId = otherFile.id;

  for (const [childId, collectedBy, leaveNote] of [
    [herId, her.collectedBy, her.collectedNote],
    [otherId, '李奶奶', '邻居'],
  ] as const) {
    const visit = await t.ok(teacher, 'checkins.checkIn', { childId });
    await t.ok(teacher, 'checkins.checkOut', { visitId: visit.id, leaveMode: 'guardian', collectedBy, leaveNote });
  }
  // She tapped the person who may not collect her; the teacher saw her uncle take her.
  await t.ok(t.kiosk, 'kiosk.checkIn', { childId: herId });
  await t.ok(t.kiosk, 'kiosk.checkOut', { childId: herId, leaveMode: 'guardian', collectorId: excluded.id });
  const held = (await t.ok(teacher, 'checkins.room', {})).waiting[0];
  await t.ok(teacher, 'checkins.checkOut', { visitId: held.visitId, leaveMode: 'guardian', collectorId: uncle.id });
  const mistaken = await t.ok(teacher, 'checkins.checkIn', { childId: herId });
  await t.ok(teacher, 'checkins.correct', { visitId: mistaken.id, void: true, reason: her.voidReason });

  await t.ok(teacher, 'calls.log', { childId: herId, parentId: herFile.parents[1].id, outcome: 'talked', durationMinutes: 5, note: her.callNote });
  await t.ok(teacher, 'calls.log', { childId: otherId, parentId: otherFile.parents[0].id, outcome: 'talked', durationMinutes: 3, note: other.callNote });

  const book = await t.ok(teacher, 'books.create', { book: { title: '小王子' }, barcodes: ['B-001', 'B-002'] });
  await t.ok(teacher, 'loans.lend', { barcode: 'B-001', childId: herId });
  await t.ok(teacher, 'loans.return', { barcode: 'B-001' });
  await t.ok(teacher, 'loans.lend', { barcode: 'B-002', childId: otherId });
  await t.ok(teacher, 'reviews.create', { childId: herId, bookId: book.id, text: her.review });

  const activity = await t.ok(t.admin, 'activities.create', {
    kind: 'weekend',
    title: '周末手工',
    capacity: 10,
    signupOpensAt: '2026-11-20T08:00:00+08:00',
    signupClosesAt: '2026-11-27T18:00:00+08:00',
    date: '2026-11-28',
    startTime: '09:00',
    endTime: '11:00',
  });
  for (const childId of [herId, otherId]) await t.ok(t.kiosk, 'kiosk.signUp', { childId, activityId: activity.id });
  await t.ok(teacher, 'activities.markAttendance', { activityId: activity.id, date: '2026-11-28', childId: herId, present: true });

  await careRecords(t, herId, teacher.staffId ?? 0);
  // A lecture she heard (issue 20): her data export lists it, the bundle counts it and names nobody.
  const lecture = await t.ok(teacher, 'lectures.create', { topic: 'safety', title: '防溺水安全', date: '2026-11-20', speaker: '镇派出所张警官' });
  await t.ok(teacher, 'lectures.markAttendance', { lectureId: lecture.id, childId: herId, present: true });
  await incidents(t, teacher, herId, otherId);
  // A caring mother who helps her (her name is the helper's, not hers: erasure leaves it), a visit and an aid.
  const helper = await t.ok(t.admin, 'helpers.create', { name: '周爱心', phone: '13511112222', kind: 'caring_mother', organisation: '县妇联', note: null });
  await t.ok(t.admin, 'helpers.linkChild', { helperId: helper.id, childId: herId, since: '2026-09-01' });
  await t.ok(teacher, 'helpers.recordVisit', { helperId: helper.id, date: '2026-11-22', what: '陪孩子们读书', childIds: [herId, otherId] });
  await t.ok(teacher, 'aid.create', { kind: 'school_supplies', description: '书包和文具', quantity: 1, date: '2026-11-23', donor: '县妇联', childIds: [herId] });
  t.at('2026-11-24T10:00:00+08:00');
  await t.ok(t.admin, 'children.archive', { id: herId, reason: her.archiveReason });
  return { t, teacher, herId, otherId };
}

/** Through the methods: a fall of hers (two notices), a quarrel with 李春花 (voided), and one of 李春花's alone. */
async function incidents(t: TestApp, teacher: Session, herId: number, otherId: number): Promise<void> {
  const fall = await t.ok(teacher, 'incidents.create', {
    kind: 'injury',
    occurredAt: '2026-11-23T09:20:00+08:00',
    childIds: [herId],
    place: her.incidentPlace,
    whatHappened: her.incidentWhat,
    whatWasDone: her.incidentDone,
    followUp: her.incidentFollowUp,
    notices: [{ whom: 'guardian', name: her.noticeName, toldAt: '2026-11-23T09:40:00+08:00', how: 'phone' }],
  });
  await t.ok(teacher, 'incidents.addNotice', { incidentId: fall.id, whom: 'headteacher', toldAt: '2026-11-23T09:50:00+08:00', how: 'in_person' });
  const quarrel = await t.ok(teacher, 'incidents.create', { kind: 'conflict', occurredAt: '2026-11-23T09:00:00+08:00', childIds: [herId, otherId], whatHappened: her.quarrel });
  await t.ok(teacher, 'incidents.void', { id: quarrel.id, reason: her.quarrelVoidReason });
  await t.ok(teacher, 'incidents.create', { kind: 'illness', occurredAt: '2026-11-23T09:10:00+08:00', childIds: [otherId], whatHappened: other.incident });
}

/** Written straight into the tables, so these tests do not depend on the care screens' rules. */
async function careRecords(t: TestApp, childId: number, staffId: number): Promise<void> {
  const at = '2026-11-23T10:00:00+08:00';
  const base = {
    child_id: childId,
    date: '2026-11-23',
    staff_id: staffId,
    contact_with: null,
    contact_mode: null,
    met_with: null,
    growth_area: null,
    letter_to: null,
    letter_sent_on: null,
    text: null,
    voided_at: null,
    void_reason: null,
    created_at: at,
    updated_at: at,
  };
  const talk = await t.app.db
    .insertInto('care_record')
    .values({ ...base, kind: 'counselling', text: her.careText })
    .returning('id')
    .executeTakeFirstOrThrow();
  await t.app.db
    .insertInto('care_record')
    .values({ ...base, kind: 'home_visit', met_with: her.metWith, text: '家中整洁' })
    .execute();
  await t.app.db
    .insertInto('care_record')
    .values({ ...base, kind: 'letter', letter_to: her.letterTo })
    .execute();
  await t.app.db
    .insertInto('care_follow_up')
    .values({
      child_id: childId,
      record_id: talk.id,
      reason: 'record',
      note: her.followUp,
      due_on: '2026-11-30',
      raised_by_staff_id: staffId,
      done_at: at,
      done_by_staff_id: staffId,
      done_note: her.followUpDone,
      created_at: at,
      updated_at: at,
    })
    .execute();
}
