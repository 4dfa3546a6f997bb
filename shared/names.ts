// Name search keys: children find themselves by Chinese, full pinyin or initials ("zxm" → 张小明).
import { pinyin } from 'pinyin-pro';

const HAN = /\p{Script=Han}/u;

/** ü is typed as v on Chinese keyboards; store and search it that way. */
const plain = (s: string) => s.toLowerCase().replace(/ü/g, 'v').replace(/[^a-z0-9]/g, '');

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
