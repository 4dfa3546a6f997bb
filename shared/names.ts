// Name search keys: children find themselves by Chinese, full pinyin or initials ("zxm" → 张小明).
import { pinyin } from 'pinyin-pro';

const HAN = /\p{Script=Han}/u;

/** ü is typed as v on Chinese keyboards; store and search it that way. */
const plain = (s: string) =>
  s
    .toLowerCase()
    .replace(/ü/g, 'v')
    .replace(/[^a-z0-9]/g, '');

export function nameKeys(name: string): { pinyin: string; initials: string } {
  // surname: 'head' reads the family name as a surname (单 shan, 曾 zeng), not its common reading.
  const full = pinyin(name, { toneType: 'none', type: 'array', surname: 'head', v: true });
  return {
    pinyin: plain(full.join('')),
    initials: plain(full.map((syllable) => syllable.charAt(0)).join('')),
  };
}

export type NameQuery = { kind: 'han'; text: string } | { kind: 'latin'; text: string } | { kind: 'empty' };

export function parseNameQuery(raw: string | undefined): NameQuery {
  const text = (raw ?? '').trim();
  if (!text) return { kind: 'empty' };
  if (HAN.test(text)) return { kind: 'han', text: text.replace(/\s+/g, '') };
  const latin = plain(text);
  return latin ? { kind: 'latin', text: latin } : { kind: 'empty' };
}

/** Her name's syllables as typed (no tones, ü as v): 陈慧敏 → ['chen', 'hui', 'min']. */
export function nameSyllables(name: string): string[] {
  return pinyin(name, { toneType: 'none', type: 'array', surname: 'head', v: true }).map(plain).filter(Boolean);
}

/**
 * Full pinyin mixed with initials, from her first syllable: each syllable is typed whole or by its first
 * letters ("chenhm", "chhuim", "chm" and "chenhuimin" all find 陈慧敏).
 */
export function matchesSyllables(syllables: readonly string[], typed: string): boolean {
  const from = (i: number, rest: string): boolean => {
    if (rest === '') return true;
    const s = syllables[i];
    if (s === undefined) return false;
    for (let k = Math.min(s.length, rest.length); k >= 1; k--) {
      if (rest.startsWith(s.slice(0, k)) && from(i + 1, rest.slice(k))) return true;
    }
    return false;
  };
  return from(0, typed);
}

/** Orders names by pinyin syllable by syllable (李安 li-an before 连 lian), then as written. */
export function compareBySyllables(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1; // i is within both
  }
  return a.length - b.length;
}
