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

describe('locales', () => {
  it('zh-CN and en have the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it('each translation has the same placeholders in both languages', () => {
    for (const key of Object.keys(zh)) expect([key, placeholders(en[key] ?? '')]).toEqual([key, placeholders(zh[key])]);
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
    const dynamicPrefixes = [...code.matchAll(/`(?:\w+:)?([\w.]+)\.\$\{/g)].map((m) => m[1]);
    const unused = Object.keys(zh).filter((withPlural) => {
      // i18next plural forms (alert_one, alert_other) are used by their base key with a count.
      const full = withPlural.replace(/_(zero|one|two|few|many|other)$/, '');
      const key = full.slice(full.indexOf(':') + 1);
      if (code.includes(`'${key}'`) || code.includes(`'${full}'`)) return false;
      return !dynamicPrefixes.some((p) => key.startsWith(`${p}.`) && !key.slice(p.length + 1).includes('.'));
    });
    expect(unused).toEqual([]);
  });
});
