import { describe, expect, it } from 'vitest';
import { schoolYearStart } from '../../../electron/services/setup/demo';
import { kioskSession, type Session } from '../../../electron/session';
import type { Input } from '../../../shared/contract';
import type { ChildFile, ChildSummary, DemoSeedResult } from '../../../shared/domain';
import { childInput } from '../../../shared/methods/children';
import { nameKeys } from '../../../shared/names';
import { ageOn } from '../../../shared/time';
import { PAGE_MAX } from '../../../shared/validation';
import { createTestApp, testClock, type TestApp } from '../helpers';

/** The stored file as the form would submit it again, to check it still passes the schema. */
function asInput(f: ChildFile): Input<'children.create'> {
  return {
    name: f.name,
    gender: f.gender,
    birthDate: f.birthDate,
    grade: f.grade,
    classNo: f.classNo,
    studentNo: f.studentNo,
    situation: f.situation,
    deFactoUnsupported: f.deFactoUnsupported,
    boarding: f.boarding,
    guardianName: f.guardianName,
    guardianRelation: f.guardianRelation,
    guardianPhone: f.guardianPhone,
    guardianAddress: f.guardianAddress,
    parents: f.parents.map(({ id: _id, ...p }) => p),
    surrogateStaffId: f.surrogateStaffId,
    notes: f.notes,
    consent: f.consent,
  };
}

/** The demo room holds more children than a page: read them PAGE_MAX at a time. */
async function allChildren(t: TestApp, session: Session): Promise<ChildSummary[]> {
  const all: ChildSummary[] = [];
  for (;;) {
    const page = await t.ok(session, 'children.list', { offset: all.length, limit: PAGE_MAX });
    all.push(...page.rows);
    if (page.rows.length === 0 || all.length >= page.total) return all;
  }
}

async function unlockAdmin(t: TestApp, result: DemoSeedResult): Promise<Session> {
  const names = await t.ok(t.kiosk, 'auth.staffNames', {});
  const adminName = result.staff.find((s) => s.role === 'admin')?.name;
  const staffId = names.find((n) => n.name === adminName)?.id ?? 0;
  const session = kioskSession(t.clock.now().getTime());
  const unlock = await t.ok(session, 'auth.unlock', { staffId, pin: '1234' });
  expect(unlock.status).toBe('unlocked');
  return session;
}

describe('demo room', () => {
  // Each seed takes a few seconds (a term of history), so each test checks everything one seeded room can show.
  it('sets up the room: school, admin PIN 1234, five teachers, language kept, no second seed', async () => {
    const t = await createTestApp({ setUp: false });
    const at = '2026-11-23T10:00:00+08:00';
    await t.app.db.insertInto('setting').values({ key: 'language', value: '"en"', created_at: at, updated_at: at }).execute();
    const result = await t.ok(t.kiosk, 'setup.seedDemo', {});
    const admin = await unlockAdmin(t, result);
    expect(admin.role).toBe('admin');
    expect(result.staff.filter((s) => s.role === 'admin')).toEqual([expect.objectContaining({ pin: '1234' })]);
    expect(result.staff.filter((s) => s.role === 'teacher').map((s) => s.pin)).toEqual(['1111', '2222', '3333', '4444', '5555']);
    const settings = await t.ok(t.kiosk, 'settings.get', {});
    expect(settings).toMatchObject({ schoolName: '青山镇中心学校', roomName: '留守儿童之家', language: 'en' });
    expect((await t.ok(t.kiosk, 'setup.status', {})).isSetUp).toBe(true);

    const again = await t.call(t.kiosk, 'setup.seedDemo', {});
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.code).toBe('already_set_up');
    const rows = await t.app.db.selectFrom('child').select('id').execute();
    expect(rows.length).toBe(result.children);
  });

  it('seeds ~300 valid, findable children across grades 1–9 with unique student numbers', async () => {
    const t = await createTestApp({ setUp: false });
    const result = await t.ok(t.kiosk, 'setup.seedDemo', {});
    const admin = await unlockAdmin(t, result);
    const today = t.clock.now().toISOString().slice(0, 10);
    const list = await allChildren(t, admin);
    expect(list.length).toBe(result.children);
    expect(result.children).toBeGreaterThanOrEqual(270);
    expect(result.children).toBeLessThanOrEqual(330);

    expect(new Set(list.map((c) => c.grade))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8, 9]));
    for (let grade = 1; grade <= 9; grade++) {
      const classes = new Set(list.filter((c) => c.grade === grade).map((c) => c.classNo));
      expect(classes.size).toBeGreaterThanOrEqual(2);
      expect(classes.size).toBeLessThanOrEqual(3);
    }
    const numbers = list.map((c) => c.studentNo);
    expect(numbers.every((n) => n !== null && n !== '')).toBe(true);
    expect(new Set(numbers).size).toBe(list.length);

    const teacherNames = new Set(result.staff.filter((s) => s.role === 'teacher').map((s) => s.name));
    for (const summary of list) {
      const file = await t.ok(admin, 'children.get', { id: summary.id });
      const parsed = childInput.safeParse(asInput(file));
      expect(parsed.success, `${file.name}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
      // Grade 1 is 6–7 on 1 September; a child held back a year may be one older.
      // Every demo child has a birth date (only a roster may leave it unknown).
      const birthDate = file.birthDate ?? 'missing';
      const age = ageOn(birthDate, '2026-09-01');
      // Every demo child has a grade too.
      const grade = file.grade ?? Number.NaN;
      expect(age, `${file.name} grade ${grade}`).toBeGreaterThanOrEqual(grade + 5);
      expect(age, `${file.name} grade ${grade}`).toBeLessThanOrEqual(grade + 7);
      expect(birthDate <= today).toBe(true);
      expect(file.guardianPhone).toMatch(/^1[3-9]\d{9}$/);
      for (const p of file.parents) if (p.verifiedOn) expect(p.verifiedOn <= today).toBe(true);
      if (file.consent) expect(file.consent.signedOn <= today).toBe(true);
      if (file.surrogateName) expect(teacherNames.has(file.surrogateName)).toBe(true);
      if (!file.deFactoUnsupported && file.situation !== 'mother_away') {
        expect(file.parents.find((p) => p.relation === 'father')?.workCity).toBeTruthy();
      }
    }

    const share = (pred: (c: (typeof list)[number]) => boolean) => list.filter(pred).length / list.length;
    expect(share((c) => c.situation === 'both_away')).toBeGreaterThan(0.5);
    expect(share((c) => c.situation === 'father_away')).toBeGreaterThan(0.05);
    expect(share((c) => c.situation === 'mother_away')).toBeGreaterThan(0.05);
    expect(share((c) => c.deFactoUnsupported)).toBeGreaterThan(0);
    expect(share((c) => c.deFactoUnsupported)).toBeLessThan(0.07);
    expect(share((c) => c.consentMissing)).toBeGreaterThan(0);
    expect(share((c) => c.consentMissing)).toBeLessThan(0.2);
    expect(share((c) => c.surrogateName !== null)).toBeGreaterThan(0.7);
    const boarders = list.filter((c) => c.boarding);
    expect(boarders.filter((c) => (c.grade ?? 0) >= 7).length / boarders.length).toBeGreaterThan(0.7);

    const girl = list.find((c) => c.gender === 'female' && c.name.length === 3);
    expect(girl).toBeDefined();
    if (girl) {
      const found = await t.ok(admin, 'children.list', { query: nameKeys(girl.name).initials });
      expect(found.rows.map((c) => c.id)).toContain(girl.id);
    }
    // 曾 read as a surname is zeng, not ceng.
    const zeng = list.filter((c) => c.name.startsWith('曾'));
    expect(zeng.length).toBeGreaterThan(0);
    const byZeng = await t.ok(admin, 'children.list', { query: 'zeng' });
    expect(byZeng.rows.map((c) => c.id)).toEqual(expect.arrayContaining(zeng.map((c) => c.id)));
  });

  it('gives the same room on every run', async () => {
    const a = await createTestApp({ setUp: false, clock: testClock() });
    const b = await createTestApp({ setUp: false, clock: testClock() });
    await a.ok(a.kiosk, 'setup.seedDemo', {});
    await b.ok(b.kiosk, 'setup.seedDemo', {});
    const rows = (t: TestApp) => t.app.db.selectFrom('child').select(['name', 'birth_date', 'student_no', 'guardian_phone']).orderBy('id').execute();
    expect(await rows(a)).toEqual(await rows(b));
  });

  it('places the school year by the clock: it starts on 1 September', () => {
    expect(schoolYearStart('2026-08-31')).toBe(2025);
    expect(schoolYearStart('2026-09-01')).toBe(2026);
    expect(schoolYearStart('2027-03-15')).toBe(2026);
  });
});
