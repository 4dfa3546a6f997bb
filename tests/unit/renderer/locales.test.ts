// Both languages carry the same keys with the same {{placeholders}}, and every key is used in code.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENDERS, GUARDIAN_RELATIONS, PARENT_RELATIONS, ROLES, SITUATIONS } from '../../../shared/domain';
import { ERROR_CODES, FIELD_CODES } from '../../../shared/errors';

const root = path.resolve(import.meta.dirname, '../../..');
const localeDir = path.join(root, 'resources/locales');
type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Record<string, string> {
  return Object.entries(tree).reduce<Record<string, string>>((out, [k, v]) => {
    if (typeof v === 'string') out[prefix + k] = v;
    else Object.assign(out, flatten(v, `${prefix}${k}.`));
    return out;
  }, {});
}

function load(lang: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const file of fs.readdirSync(path.join(localeDir, lang))) {
    const ns = file.replace(/\.json$/, '');
    const tree = JSON.parse(fs.readFileSync(path.join(localeDir, lang, file), 'utf8')) as Tree;
    for (const [k, v] of Object.entries(flatten(tree))) out[`${ns}:${k}`] = v;
  }
  return out;
}

function sources(dir: string): string {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|tsx)$/.test(e.name))
    .map((e) => fs.readFileSync(path.join(e.parentPath, e.name), 'utf8'))
    .join('\n');
}

const zh = load('zh-CN');
const en = load('en');
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
// i18next plural forms: English has _one and _other, Chinese only _other; code asks for the bare key.
const bare = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
const bareKeys = (keys: string[]) => [...new Set(keys.map(bare))].sort();
// Chinese that is meant to stay in the English text: language names and the Chinese column headings
// an import file must carry.
const INTENDED_CHINESE = ['书名', '作者', '出版社', '分类', '适读年级', '册数', '条码', '学生姓名', '姓名'];

/** Full-width punctuation, Chinese outside the intended words and "day(s)"-style plurals in an English text. */
function englishProblems(text: string): string[] {
  let rest = text;
  for (const word of INTENDED_CHINESE) rest = rest.split(word).join('');
  return rest.match(/[\u3000-\u303f\uff00-\uffef\u4e00-\u9fff]|\w\((s|es)\)/g) ?? [];
}

describe('locales', () => {
  it('zh-CN and en have the same keys', () => {
    expect(bareKeys(Object.keys(en))).toEqual(bareKeys(Object.keys(zh)));
  });

  it('each translation has the same placeholders in both languages', () => {
    const zhByBare = new Map(Object.entries(zh).map(([k, v]) => [bare(k), v]));
    for (const [key, text] of Object.entries(en)) expect([key, placeholders(text)]).toEqual([key, placeholders(zhByBare.get(bare(key)) ?? '')]);
  });

  it('English has no full-width punctuation, no Chinese beyond the intended words, no "(s)" plurals', () => {
    const wrong = Object.entries(en).flatMap(([key, text]) => {
      const bad = englishProblems(text);
      return bad.length ? [`${key}: ${bad.join(' ')}`] : [];
    });
    expect(wrong).toEqual([]);
  });

  it('the scan finds what it is looking for', () => {
    expect(englishProblems('Needs a 书名 column; 2 day(s)：（保存）')).toEqual(['y(s)', '：', '（', '保', '存', '）']);
    expect(englishProblems('Needs a 书名 (title) column, 3 days overdue')).toEqual([]);
  });

  it('translates every error code and field problem, and nothing else', () => {
    const under = (prefix: string) =>
      Object.keys(zh)
        .filter((k) => k.startsWith(prefix))
        .map((k) => k.slice(prefix.length))
        .sort();
    expect(under('errors:code.')).toEqual([...ERROR_CODES].sort());
    expect(under('errors:field.')).toEqual([...FIELD_CODES].sort());
    expect(under('common:enums.situation.')).toEqual([...SITUATIONS].sort());
    expect(under('common:enums.gender.')).toEqual([...GENDERS].sort());
    expect(under('common:enums.guardianRelation.')).toEqual([...GUARDIAN_RELATIONS].sort());
    expect(under('common:enums.parentRelation.')).toEqual([...PARENT_RELATIONS].sort());
    expect(under('common:role.')).toEqual([...ROLES].sort());
  });

  it('uses every key somewhere in the renderer or the main process (export headers)', () => {
    const code = sources(path.join(root, 'renderer/src')) + sources(path.join(root, 'electron'));
    // Keys built at run time: `enums.situation.${s}` covers every key one segment below that prefix.
    // `childData.sectionColumn.${section}.${key}` covers keys two segments below, one per `${…}`.
    const dynamicPrefixes = [...code.matchAll(/`(?:\w+:)?([\w.]+)((?:\.\$\{[^}`]+\})+)/g)].map((m) => ({ prefix: m[1], depth: m[2].split('${').length - 1 }));
    const unused = Object.keys(zh).filter((full) => {
      const key = bare(full.slice(full.indexOf(':') + 1));
      if (code.includes(`'${key}'`) || code.includes(`'${full}'`)) return false;
      return !dynamicPrefixes.some((p) => key.startsWith(`${p.prefix}.`) && key.slice(p.prefix.length + 1).split('.').length === p.depth);
    });
    expect(unused).toEqual([]);
  });
});
