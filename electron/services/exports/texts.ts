// The words of a bundle and the register, in the room's language (resources/locales/*/bundle.json),
// plus the child-file enums the screens already translate (common.json). Main process only.
import enCommon from '../../../resources/locales/en/common.json' with { type: 'json' };
import enBundle from '../../../resources/locales/en/bundle.json' with { type: 'json' };
import zhCommon from '../../../resources/locales/zh-CN/common.json' with { type: 'json' };
import zhBundle from '../../../resources/locales/zh-CN/bundle.json' with { type: 'json' };
import type { Language } from '../../../shared/domain';

type Tree = { [key: string]: string | Tree };
const WORDS: Record<Language, { bundle: Tree; common: Tree }> = {
  'zh-CN': { bundle: zhBundle, common: zhCommon },
  en: { bundle: enBundle, common: enCommon },
};

function find(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || !Object.hasOwn(node, part)) return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

export type Translate = (key: string, vars?: Record<string, string | number>) => string;

export interface Texts {
  language: Language;
  /** A bundle.json key; 'common:…' reads common.json. An unknown key reads as itself. */
  t: Translate;
  yesNo(value: boolean): string;
}

/** The words looked up so far, per language: a district week's sheets ask for a word per row and column. */
const looked: Record<Language, Map<string, string>> = { 'zh-CN': new Map(), en: new Map() };

export function textsFor(language: Language): Texts {
  const words = WORDS[language];
  const known = looked[language];
  const t: Translate = (key, vars) => {
    let text = known.get(key);
    if (text === undefined) {
      const common = key.startsWith('common:');
      text = find(common ? words.common : words.bundle, common ? key.slice(7) : key) ?? key;
      known.set(key, text);
    }
    if (!text.includes('{{')) return text;
    return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (vars && name in vars ? String(vars[name]) : whole));
  };
  return { language, t, yesNo: (value) => t(value ? 'value.yes' : 'value.no') };
}
