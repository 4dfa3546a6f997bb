import { describe, expect, it } from 'vitest';
import { nameKeys, parseNameQuery } from '../../../shared/names';

describe('nameKeys', () => {
  it('gives full pinyin without tones and the initials', () => {
    expect(nameKeys('张小明')).toEqual({ pinyin: 'zhangxiaoming', initials: 'zxm' });
  });

  it('reads a family name as a surname, not its common reading', () => {
    expect(nameKeys('单杰')).toEqual({ pinyin: 'shanjie', initials: 'sj' });
    expect(nameKeys('曾小华')).toEqual({ pinyin: 'zengxiaohua', initials: 'zxh' });
  });

  it('writes ü as v, as Chinese keyboards type it', () => {
    expect(nameKeys('吕明')).toEqual({ pinyin: 'lvming', initials: 'lm' });
    expect(nameKeys('女娲').pinyin).toBe('nvwa');
  });

  it('keeps only lower-case letters and digits', () => {
    const keys = nameKeys('欧阳·娜娜');
    expect(keys.pinyin).toMatch(/^[a-z0-9]+$/);
    expect(keys.pinyin).toBe('ouyangnana');
  });
});

describe('parseNameQuery', () => {
  it('is empty for nothing, blanks or punctuation only', () => {
    expect(parseNameQuery(undefined)).toEqual({ kind: 'empty' });
    expect(parseNameQuery('')).toEqual({ kind: 'empty' });
    expect(parseNameQuery('   ')).toEqual({ kind: 'empty' });
    expect(parseNameQuery('!?-')).toEqual({ kind: 'empty' });
  });

  it('is han when any Chinese character is typed, with blanks removed', () => {
    expect(parseNameQuery(' 张 小明 ')).toEqual({ kind: 'han', text: '张小明' });
    expect(parseNameQuery('张xm')).toEqual({ kind: 'han', text: '张xm' });
  });

  it('is latin for pinyin, initials and digits, lower-cased and without blanks', () => {
    expect(parseNameQuery('Zhang Xiaoming')).toEqual({ kind: 'latin', text: 'zhangxiaoming' });
    expect(parseNameQuery('ZXM')).toEqual({ kind: 'latin', text: 'zxm' });
    expect(parseNameQuery('20200412')).toEqual({ kind: 'latin', text: '20200412' });
    expect(parseNameQuery('lü')).toEqual({ kind: 'latin', text: 'lv' });
  });
});
