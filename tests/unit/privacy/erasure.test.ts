import fs from 'node:fs';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers';
import { errorOf, her, herPhoto, other, privacyRoom } from './room';

const conflict = (entity: string) => ({ code: 'conflict', details: { entity } });

/** Every text column of every table holding `needle`, as 'table.column'. */
async function whereStored(t: TestApp, needle: string): Promise<string[]> {
  const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(t.app.db);
  const found: string[] = [];
  for (const { name } of tables.rows) {
    const columns = await sql<{ name: string; type: string }>`select name, type from pragma_table_info(${name})`.execute(t.app.db);
    for (const column of columns.rows.filter((c) => c.type.toLowerCase() === 'text')) {
      const hit = await sql<{ n: number }>`select count(*) as n from ${sql.table(name)} where instr(${sql.ref(column.name)}, ${needle}) > 0`.execute(t.app.db);
      if (hit.rows[0].n > 0) found.push(`${name}.${column.name}`);
    }
  }
  return found;
}

/** Rows per table for one child, and counts by date, grade and gender: what anonymous statistics read. */
async function counts(t: TestApp, childId: number) {
  const per = async (table: 'visit' | 'call' | 'loan' | 'review' | 'activity_signup' | 'activity_attendance' | 'care_record' | 'care_follow_up' | 'child_parent') =>
    Number(
      (
        await t.app.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('child_id', '=', childId)
          .executeTakeFirstOrThrow()
      ).n,
    );
  const byGroup = await sql<{ day: string; grade: number; gender: string; n: number }>`
    select substr(v.checked_in_at, 1, 10) as day, c.grade, c.gender, count(*) as n
    from visit v join child c on c.id = v.child_id where v.voided_at is null group by 1, 2, 3 order by 1, 2, 3`.execute(t.app.db);
  return {
    visits: await per('visit'),
    calls: await per('call'),
    loans: await per('loan'),
    reviews: await per('review'),
    signups: await per('activity_signup'),
    attendance: await per('activity_attendance'),
    care: await per('care_record'),
    followUps: await per('care_follow_up'),
    parents: await per('child_parent'),
    visitsByDayGradeGender: byGroup.rows,
  };
}

describe('privacy: erasure after the retention period', () => {
  it('refuses a child still at school, one who left too recently, and a wrong name', async () => {
    const { t, herId, otherId } = await privacyRoom();
    expect(errorOf(await t.call(t.admin, 'privacy.erase', { childId: otherId, confirmName: other.name }))).toEqual(conflict('erase_not_archived'));
    // Left on 24 November 2026; two years (the default) end on 24 November 2028.
    t.at('2028-11-23T23:00:00+08:00');
    expect(await t.ok(t.admin, 'privacy.erasable', {})).toEqual([]);
    expect(errorOf(await t.call(t.admin, 'privacy.erase', { childId: herId, confirmName: her.name }))).toEqual(conflict('erase_too_early'));
    t.at('2028-11-24T08:00:00+08:00');
    expect(errorOf(await t.call(t.admin, 'privacy.erase', { childId: herId, confirmName: '王芳' }))).toEqual({
      code: 'invalid_input',
      details: { issues: [{ path: ['confirmName'], code: 'invalid' }] },
    });
    expect(errorOf(await t.call(t.admin, 'privacy.erase', { childId: 9999, confirmName: her.name }))).toEqual({
      code: 'not_found',
      details: { entity: 'child' },
    });
    expect((await t.ok(t.admin, 'children.get', { id: herId })).name).toBe(her.name);
  });

  it('follows the retention setting', async () => {
    const { t, herId } = await privacyRoom();
    await t.ok(t.admin, 'settings.update', { retentionYears: 5 });
    t.at('2029-01-01T10:00:00+08:00');
    expect(errorOf(await t.call(t.admin, 'privacy.erase', { childId: herId, confirmName: her.name }))).toEqual(conflict('erase_too_early'));
    await t.ok(t.admin, 'settings.update', { retentionYears: 1 });
    expect(await t.ok(t.admin, 'privacy.erasable', {})).toEqual([
      {
        id: herId,
        name: her.name,
        gender: 'female',
        grade: 4,
        classNo: 2,
        archivedAt: '2026-11-24T10:00:00+08:00',
        archiveReason: her.archiveReason,
        erasableSince: '2027-11-24',
      },
    ]);
  });

  it('leaves no personal value of hers in any table, keeps the counts, and leaves the other child as she was', async () => {
    const { t, herId, otherId } = await privacyRoom();
    t.at('2028-11-24T08:00:00+08:00');
    const before = await counts(t, herId);
    const otherBefore = await t.ok(t.admin, 'children.get', { id: otherId });
    // Every value is stored before (the old notes only in the file's free space: the next test).
    for (const value of Object.values(her).filter((v) => v !== her.oldNotes)) expect.soft(await whereStored(t, value), value).not.toEqual([]);

    const result = await t.ok(t.admin, 'privacy.erase', { childId: herId, confirmName: ` ${her.name} ` });
    expect(result).toEqual({ childId: herId, placeholder: `#${herId}`, erasedAt: '2028-11-24T08:00:00+08:00', fileCompacted: true });

    for (const value of Object.values(her)) expect.soft(await whereStored(t, value), value).toEqual([]);
    expect(await t.app.db.selectFrom('child_photo').select('photo').where('child_id', '=', herId).execute()).toEqual([{ photo: null }]);
    expect(await t.app.db.selectFrom('child_collector').select('photo').where('child_id', '=', herId).where('photo', 'is not', null).execute()).toEqual([]);
    expect(await counts(t, herId)).toEqual(before);
    expect(await t.ok(t.admin, 'children.get', { id: otherId })).toEqual(otherBefore);
    for (const value of Object.values(other)) expect(await whereStored(t, value)).not.toEqual([]);
  });

  it('leaves no personal value of hers in the database file itself', async () => {
    const { t, herId } = await privacyRoom();
    t.at('2028-11-24T08:00:00+08:00');
    const fileText = () => Buffer.concat([t.file, `${t.file}-wal`].filter((f) => fs.existsSync(f)).map((f) => fs.readFileSync(f))).toString('latin1');
    const bytes = (value: string) => Buffer.from(value, 'utf8').toString('latin1');
    const photo = Buffer.from(herPhoto.split(',')[1] ?? '', 'base64').toString('latin1');
    expect(fileText()).toContain(bytes(her.oldNotes));
    expect(fileText()).toContain(photo);
    await t.ok(t.admin, 'privacy.erase', { childId: herId, confirmName: her.name });
    const text = fileText();
    for (const value of Object.values(her)) expect.soft(text.includes(bytes(value)), value).toBe(false);
    expect(text.includes(photo), 'her photo').toBe(false);
    expect(text).toContain(bytes(other.name));
  });

  it('keeps an anonymous file: placeholder name, birth year, grade, gender; never edited or restored again', async () => {
    const { t, herId } = await privacyRoom();
    t.at('2028-11-24T08:00:00+08:00');
    await t.ok(t.admin, 'privacy.erase', { childId: herId, confirmName: her.name });
    const file = await t.ok(t.admin, 'children.get', { id: herId });
    expect(file).toMatchObject({
      name: `#${herId}`,
      gender: 'female',
      birthDate: '2016-01-01',
      grade: 4,
      classNo: 2,
      studentNo: null,
      situation: 'both_away',
      guardianName: null,
      guardianRelation: null,
      guardianPhone: null,
      guardianAddress: null,
      ethnicity: null,
      notes: null,
      consent: null,
      consentMissing: false,
      archived: true,
      archiveReason: null,
    });
    expect(file.parents.map((p) => [p.relation, p.name, p.phone, p.workCity, p.employer])).toEqual([
      ['father', null, null, null, null],
      ['mother', null, null, null, null],
    ]);
    expect((await t.ok(t.admin, 'children.list', { archived: true })).rows.map((c) => c.name)).toEqual([`#${herId}`]);
    expect(await t.ok(t.admin, 'children.list', { archived: true, query: 'wff' })).toEqual({ rows: [], total: 0 });
    expect(errorOf(await t.call(t.admin, 'children.restore', { id: herId }))).toEqual(conflict('erased'));
    expect(errorOf(await t.call(t.admin, 'privacy.erase', { childId: herId, confirmName: `#${herId}` }))).toEqual(conflict('already_erased'));
    expect(await t.ok(t.admin, 'privacy.erasable', {})).toEqual([]);
  });

  it('writes an audit row without personal data, and strips hers from earlier rows', async () => {
    const { t, herId } = await privacyRoom();
    t.at('2028-11-24T08:00:00+08:00');
    await t.ok(t.admin, 'privacy.erase', { childId: herId, confirmName: her.name });
    const rows = await t.app.db.selectFrom('audit_log').selectAll().where('table_name', '=', 'child').where('row_id', '=', herId).orderBy('id').execute();
    expect(rows.map((r) => [r.action, r.details])).toEqual([
      ['children.create', '{"name":null}'],
      ['collectors.save', '{"mayCollect":2,"mayNotCollect":1}'],
      ['children.photoConsent', '{"consent":true}'],
      ['children.setPhoto', expect.stringMatching(/^\{"bytes":\d+\}$/)],
      ['collectors.setPhoto', expect.stringMatching(/^\{"bytes":\d+\}$/)],
      ['children.update', '{"changed":["notes"]}'],
      ['children.archive', '{"reason":null}'],
      ['privacy.erase', expect.stringMatching(/^\{"auditRowsScrubbed":\d+\}$/)],
    ]);
    const correction = await t.app.db.selectFrom('audit_log').select('details').where('action', '=', 'checkins.correct').executeTakeFirstOrThrow();
    expect(JSON.parse(correction.details ?? '')).toMatchObject({ after: { voided: true }, reason: null });
  });

  it('is for admins only', async () => {
    const { t, teacher, herId } = await privacyRoom();
    t.at('2028-11-24T08:00:00+08:00');
    expect(errorOf(await t.call(teacher, 'privacy.erase', { childId: herId, confirmName: her.name })).code).toBe('forbidden');
    expect(errorOf(await t.call(teacher, 'privacy.erasable', {})).code).toBe('forbidden');
    expect(errorOf(await t.call(t.kiosk, 'privacy.erase', { childId: herId, confirmName: her.name })).code).toBe('forbidden');
    expect((await t.ok(t.admin, 'children.get', { id: herId })).name).toBe(her.name);
  });
});
