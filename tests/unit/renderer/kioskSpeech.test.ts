// Issue 16, point 7: what the kiosk says at each step, in both languages, and which voice may say it.
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { KioskActivity, KioskCheckResult } from '../../../shared/domain';
import { kioskResources as resources } from '../../../renderer/src/locales';
import { callBookedWords, checkWords, closedWords, pickVoice, reviewSavedWords, signedUpWords, undoWords, type T } from '../../../renderer/src/features/kiosk/speechWords';

async function translator(lng: 'zh-CN' | 'en'): Promise<T> {
  const i18n = i18next.createInstance();
  await i18n.init({ resources, lng, interpolation: { escapeValue: false } });
  return i18n.getFixedT(lng, 'kiosk');
}

// A Friday in the room's calendar; the room opens next on Monday.
const base = { childId: 1, name: '陈慧敏', at: '2026-12-04T17:10:00.000+08:00', nextOpenDate: '2026-12-07', birthday: false };
const result = (action: KioskCheckResult['action'], extra: Partial<KioskCheckResult> = {}) => ({ ...base, action, ...extra }) as KioskCheckResult;
const activity = (mine: KioskActivity['mine']) => ({ title: '书法课', mine }) as KioskActivity;
const voice = (lang: string, localService = true) => ({ lang, localService, name: lang, default: false, voiceURI: lang }) as SpeechSynthesisVoice;

describe('kiosk speech', () => {
  it('says each step in Chinese', async () => {
    const t = await translator('zh-CN');
    expect(checkWords(t, result('checked_in'))).toBe('陈慧敏，签到成功');
    expect(checkWords(t, result('checked_out'))).toBe('再见，星期一见！');
    expect(checkWords(t, result('checked_out', { nextOpenDate: '2026-12-05' }))).toBe('再见，明天见！');
    expect(checkWords(t, result('checked_out', { nextOpenDate: null }))).toBe('陈慧敏，再见');
    expect(checkWords(t, result('held'))).toBe('请等一下，老师马上来');
    expect(callBookedWords(t, 2)).toBe('你是第2个，等一下老师会叫你');
    expect(reviewSavedWords(t)).toBe('读后感写好了，谢谢你');
    expect(signedUpWords(t, activity({ status: 'enrolled', position: null }))).toBe('报名成功：书法课');
    expect(signedUpWords(t, activity({ status: 'waiting', position: 3 }))).toBe('书法课，你在等候的第3个');
    expect(signedUpWords(t, activity(null))).toBeNull();
    expect(undoWords(t)).toBe('要走了吗？点错了就点撤销');
    expect(closedWords(t)).toBe('今天已经关门了，有事请找值班老师');
  });

  it('says them in English when the app is in English', async () => {
    const t = await translator('en');
    expect(checkWords(t, result('checked_in'))).toBe('陈慧敏, you are checked in');
    expect(checkWords(t, result('checked_out'))).toBe('Goodbye! See you on Monday!');
    expect(callBookedWords(t, 2)).toBe('You are number 2, a teacher will call you soon');
    expect(checkWords(t, result('held'))).toBe('Please wait, a teacher is coming');
    expect(closedWords(t)).toBe('The room has closed for today. If you need anything, please ask the teacher on duty');
  });

  it('picks a zh-CN voice for Chinese, an English one for English, and none rather than the wrong language', () => {
    const voices = [voice('en-US'), voice('zh-TW'), voice('zh_CN', false), voice('zh-CN')];
    expect(pickVoice(voices, 'zh-CN')?.lang).toBe('zh-CN');
    expect(pickVoice([voice('en-GB'), voice('zh_CN')], 'zh-CN')?.lang).toBe('zh_CN');
    expect(pickVoice(voices, 'en')?.lang).toBe('en-US');
    expect(pickVoice([voice('en-US'), voice('zh-TW')], 'zh-CN')).toBeNull();
    expect(pickVoice([voice('zh-CN')], 'en')).toBeNull();
  });
});
