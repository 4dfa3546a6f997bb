// exports.chooseFolder: the system's folder chooser through the contract, played here by a fake
// (main.ts hands createApp Electron's dialog.showOpenDialog).
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers';

describe('exports.chooseFolder', () => {
  it('opens the chooser at the typed folder and returns the chosen one, or null on cancel; admins only, like the export screen', async () => {
    const t = await createTestApp();
    // Without a chooser (the command line) nothing is chosen: the typed path stays.
    expect(await t.ok(t.admin, 'exports.chooseFolder', { startIn: 'E:\\' })).toEqual({ folder: null });

    const asked: (string | null)[] = [];
    const answers = ['F:\\导出', null];
    t.app.host.chooseFolder = (startIn) => {
      asked.push(startIn);
      return Promise.resolve(answers.shift() ?? null);
    };
    const teacher = await t.signIn('teacher');
    expect(await t.call(teacher, 'exports.chooseFolder', {})).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect(await t.ok(t.admin, 'exports.chooseFolder', { startIn: ' E:\\ ' })).toEqual({ folder: 'F:\\导出' });
    expect(await t.ok(t.admin, 'exports.chooseFolder', {})).toEqual({ folder: null });
    expect(asked).toEqual(['E:\\', null]);
  });
});
