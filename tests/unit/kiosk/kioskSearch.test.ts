// Issue 16, point 7: children type full pinyin mixed with initials, and names sort syllable by syllable.
import { describe, expect, it } from 'vitest';
import { compareBySyllables, matchesSyllables, nameSyllables } from '../../../shared/names';
import { childInput } from '../fixtures';
import { createTestApp } from '../helpers';

describe('matching pinyin as children type it', () => {
  it('finds 陈慧敏 by full pinyin, initials or both mixed, always from her first syllable', () => {
    const chm = nameSyllables('陈慧敏');
    expect(chm).toEqual(['chen', 'hui', 'min']);
    for (const typed of ['chenhm', 'chhuim', 'chm', 'chenhuimin', 'chenhuim', 'chhm', 'c', 'chen']) expect([typed, matchesSyllables(chm, typed)]).toEqual([typed, true]);
    for (const typed of ['hm', 'huimin', 'chenhmx', 'cm', 'chenx', 'chenhuiminn']) expect([typed, matchesSyllables(chm, typed)]).toEqual([typed, false]);
    expect(matchesSyllables(nameSyllables('吕明'), 'lvm')).toBe(true);
  });

  it('sorts syllable by syllable: 李安 (li an) before 连杰 (lian jie)', () => {
    const names = ['连杰', '李安', '李岸然', '陈慧敏'];
    const sorted = [...names].sort((a, b) => compareBySyllables(nameSyllables(a), nameSyllables(b)));
    expect(sorted).toEqual(['陈慧敏', '李安', '李岸然', '连杰']);
  });
});

describe('kiosk.search with mixed pinyin', () => {
  it('finds her by "chenhm" and "chhuim", and lists a class by grade then syllables', async () => {
    const t = await createTestApp();
    for (const [name, grade] of [
      ['陈慧敏', 3],
      ['陈慧明', 2],
      ['程浩', 3],
      ['连杰', 1],
      ['李安', 1],
    ] as const) {
      await t.ok(t.admin, 'children.create', childInput({ name, grade, classNo: 1 }));
    }
    const search = async (query: string) => (await t.ok(t.kiosk, 'kiosk.search', { query })).map((c) => c.name);
    expect(await search('chenhm')).toEqual(['陈慧明', '陈慧敏']);
    expect(await search('chhuim')).toEqual(['陈慧明', '陈慧敏']);
    expect(await search('chenhuimin')).toEqual(['陈慧明', '陈慧敏']); // 慧明 huiming contains huimin
    expect(await search('chenhuiming')).toEqual(['陈慧明']);
    expect(await search('ch')).toEqual(['陈慧明', '陈慧敏', '程浩']);
    expect(await search('hm')).toEqual([]);
    expect(await search('l')).toEqual(['李安', '连杰']);
    expect(await search('huimin')).toEqual(['陈慧明', '陈慧敏']); // full pinyin still matches anywhere
    const firstGrade = await t.ok(t.kiosk, 'kiosk.classChildren', { grade: 1, classNo: 1 });
    expect(firstGrade.map((c) => c.name)).toEqual(['李安', '连杰']);
  });
});

describe('the class grid', () => {
  it('lists a class by pinyin syllable by syllable, whatever order the files were made in', async () => {
    const t = await createTestApp();
    // Created out of order: the grid must not follow the file ids.
    for (const name of ['章明', '刘洋', '程浩', '张伟', '李雪', '陈晨', '张一', '李安']) {
      await t.ok(t.admin, 'children.create', childInput({ name, grade: 3, classNo: 2 }));
    }
    const grid = await t.ok(t.kiosk, 'kiosk.classChildren', { grade: 3, classNo: 2 });
    // chen before cheng, li before liu; 章 and 张 are both zhang, so the second syllable decides (ming, wei, yi).
    expect(grid.map((c) => c.name)).toEqual(['陈晨', '程浩', '李安', '李雪', '刘洋', '章明', '张伟', '张一']);
  });
});
