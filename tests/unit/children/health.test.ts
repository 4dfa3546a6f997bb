// Health notes on the child's file: sensitive personal data. Saved with the file; the room page learns only
// which children have some; each opening of the text is logged; never at the kiosk or in a bundle; in her
// own data export; erased with the rest of her file.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { childInput } from '../fixtures';
import { createTestApp } from '../helpers';
import { readXlsx } from '../exports/room';
import { her, privacyRoom } from '../privacy/room';
import { csv, csvText } from './childImportFiles';

const notes = {
  healthAllergies: '花生过敏，误食会喉咙肿',
  healthConditions: '轻度哮喘',
  healthMedicines: '书包侧袋有哮喘喷雾',
  healthActions: '喘不上气时先用喷雾，再打电话给奶奶',
};
const texts = Object.values(notes);

describe('health notes', () => {
  it('are saved with the file, and an empty one is none', async () => {
    const t = await createTestApp();
    const child = await t.ok(t.admin, 'children.create', childInput(notes));
    expect(await t.ok(t.admin, 'children.get', { id: child.id })).toMatchObject(notes);
    const cleared = await t.ok(t.admin, 'children.update', { ...childInput({ ...notes, healthMedicines: '  ' }), id: child.id, parents: child.parents });
    expect(cleared.healthMedicines).toBeNull();
    expect(cleared.healthAllergies).toBe(notes.healthAllergies);
  });

  it('are read by the child import from columns headed 过敏 and 病史 or 既往病史 (健康状况 is the survey field 身体状况)', async () => {
    const t = await createTestApp();
    for (const [header, name] of [
      ['既往病史', '王小红'],
      ['病史', '李小兰'],
    ] as const) {
      const file = csv(
        csvText([
          ['姓名', '过敏', header],
          [name, '青霉素过敏', '先天性心脏病'],
        ]),
        'utf8-bom',
      );
      const preview = await t.ok(t.admin, 'children.importPreview', file);
      expect(preview.columns.map((c) => c.suggested)).toEqual(['name', 'healthAllergies', 'healthConditions']);
      await t.ok(t.admin, 'children.importConfirm', file);
      const list = await t.ok(t.admin, 'children.list', { query: name });
      expect(await t.ok(t.admin, 'children.get', { id: list.rows[0]?.id ?? 0 })).toMatchObject({ healthAllergies: '青霉素过敏', healthConditions: '先天性心脏病' });
    }
  });

  it('the room flags who has notes without the text, and each opening writes an access-log row', async () => {
    const t = await createTestApp();
    const teacher = await t.signIn('teacher', '王老师');
    const withNotes = await t.ok(t.admin, 'children.create', childInput(notes));
    const without = await t.ok(t.admin, 'children.create', childInput({ name: '李小兰' }));
    await t.ok(teacher, 'checkins.checkIn', { childId: withNotes.id });
    await t.ok(teacher, 'checkins.checkIn', { childId: without.id });
    const room = await t.ok(teacher, 'checkins.room', {});
    expect(room.withHealthNotes).toEqual([withNotes.id]);
    const shown = JSON.stringify(room);
    for (const text of texts) expect(shown).not.toContain(text);

    const opened = await t.ok(teacher, 'children.healthNotes', { id: withNotes.id });
    expect(opened).toEqual({ allergies: notes.healthAllergies, conditions: notes.healthConditions, medicines: notes.healthMedicines, actions: notes.healthActions });
    await t.ok(teacher, 'children.healthNotes', { id: withNotes.id });
    const log = await t.ok(t.admin, 'privacy.accessLog', { childId: withNotes.id, what: 'health' });
    expect(log.rows.map((r) => [r.what, r.staffName, r.role])).toEqual([
      ['health', '王老师', 'teacher'],
      ['health', '王老师', 'teacher'],
    ]);
    expect(errorOf(await t.call(teacher, 'children.healthNotes', { id: 9999 }))).toMatchObject({ code: 'not_found' });
  });

  it('are never in a kiosk answer', async () => {
    const t = await createTestApp();
    const child = await t.ok(t.admin, 'children.create', childInput(notes));
    const answers = [
      await t.ok(t.kiosk, 'kiosk.search', { query: child.name.slice(0, 2) }),
      await t.ok(t.kiosk, 'kiosk.classChildren', { grade: child.grade ?? 1, classNo: child.classNo ?? 1 }),
      await t.ok(t.kiosk, 'kiosk.checkIn', { childId: child.id }),
      await t.ok(t.kiosk, 'kiosk.status', { childId: child.id }),
    ];
    const shown = JSON.stringify(answers);
    expect(shown).toContain(child.name); // the check can fail: the answers do speak of her
    for (const text of texts) expect(shown).not.toContain(text);
  });

  it('are in her data export, in no weekly bundle, and erased', async () => {
    const { t, herId } = await privacyRoom();
    const exported = await t.ok(t.admin, 'privacy.exportChild', { childId: herId, folder: t.dir });
    const json = fs.readFileSync(path.join(exported.path, 'child-data.json'), 'utf8');
    for (const text of [her.healthAllergies, her.healthConditions, her.healthMedicines, her.healthActions]) expect(json).toContain(text);

    for (const includeContacts of [false, true]) {
      const folder = path.join(t.dir, `usb-${includeContacts}`);
      fs.mkdirSync(folder);
      const run = await t.ok(t.admin, 'exports.week', { week: '2026-W48', folder, includeContacts });
      let bundle = '';
      for (const name of fs.readdirSync(run.folder, { recursive: true, encoding: 'utf8' })) {
        const file = path.join(run.folder, name);
        if (name.endsWith('.xlsx')) bundle += JSON.stringify(await readXlsx(file));
        else if (fs.statSync(file).isFile() && !name.endsWith('.pdf')) bundle += fs.readFileSync(file, 'utf8');
      }
      expect(bundle).toContain(her.name); // the check can fail: the bundle does speak of her
      for (const text of [her.healthAllergies, her.healthConditions, her.healthMedicines, her.healthActions]) expect(bundle).not.toContain(text);
    }

    t.at('2028-11-24T08:00:00+08:00');
    await t.ok(t.admin, 'privacy.erase', { childId: herId, confirmName: her.name });
    expect(await t.ok(t.admin, 'children.get', { id: herId })).toMatchObject({ healthAllergies: null, healthConditions: null, healthMedicines: null, healthActions: null });
  });
});

function errorOf(result: { ok: boolean; error?: unknown }): unknown {
  return result.ok ? null : result.error;
}
