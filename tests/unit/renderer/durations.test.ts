// Call and stay lengths read the same in the message and the log, and short stays read in minutes.
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { kioskResources } from '../../../renderer/src/locales';
import { staffResources } from '../../../renderer/src/staffLocales';
import { callMinutes } from '../../../renderer/src/features/calls/format';
import { stayLength } from '../../../renderer/src/features/room/format';

const resources = {
  'zh-CN': { ...kioskResources['zh-CN'], ...staffResources['zh-CN'] },
  en: { ...kioskResources.en, ...staffResources.en },
};

async function translator(lng: 'zh-CN' | 'en') {
  const i18n = i18next.createInstance();
  await i18n.init({ resources, lng, interpolation: { escapeValue: false } });
  return i18n.getFixedT(lng, ['room']);
}

describe('call minutes', () => {
  it('one rule for the saved message and the log: a 17 s call is 1 minute in both', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ resources, lng: 'zh-CN', interpolation: { escapeValue: false } });
    const minutes = callMinutes(17);
    expect(i18n.t('calls:finish.message.saved', { minutes })).toBe('已记录，通话约 1 分钟');
    expect(i18n.t('calls:history.value.minutes', { minutes })).toBe('1 分钟');
  });

  it('rounds to the nearest minute and keeps no-connection at 0', () => {
    expect([0, 1, 29, 60, 89, 90, 151].map(callMinutes)).toEqual([0, 1, 1, 1, 1, 2, 3]);
  });
});

describe('stay length', () => {
  const from = '2026-12-04T08:00:00.000Z';
  const at = (minutes: number) => new Date(Date.parse(from) + minutes * 60_000).toISOString();

  it('reads 2分钟 under an hour, hours and minutes from an hour on', async () => {
    const t = await translator('zh-CN');
    expect(stayLength(t, from, at(2))).toBe('2分钟');
    expect(stayLength(t, from, at(0))).toBe('0分钟');
    expect(stayLength(t, from, at(65))).toBe('1小时5分');
  });

  it('in English', async () => {
    const t = await translator('en');
    expect(stayLength(t, from, at(2))).toBe('2 min');
    expect(stayLength(t, from, at(125))).toBe('2 h 5 min');
  });
});
