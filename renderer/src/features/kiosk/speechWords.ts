// What the kiosk says at each step, as pure functions of what happened (speech.ts speaks them), and the
// voice that may say it: one in the app's language, or none.
import type { TFunction } from 'i18next';
import type { KioskActivity, KioskCheckResult, Language } from '../../../../shared/domain';
import { seeYou } from './seeYou';

export type T = TFunction<'kiosk'>;

/** After a check-in, a check-out (with the next day the room opens) or a leave held for a teacher. */
export function checkWords(t: T, result: KioskCheckResult): string {
  if (result.action === 'checked_in') return t('speech.checkedIn', { name: result.name });
  if (result.action === 'held') return t('speech.held');
  const until = seeYou(t, result.at, result.nextOpenDate);
  return until ? t('speech.checkedOutUntil', { seeYou: until }) : t('speech.checkedOut', { name: result.name });
}

export const callBookedWords = (t: T, position: number): string => t('speech.callBooked', { position });

export const reviewSavedWords = (t: T): string => t('speech.reviewSaved');

/** Her place after signing up: in, or on the waiting list. */
export function signedUpWords(t: T, activity: KioskActivity): string | null {
  if (!activity.mine) return null;
  if (activity.mine.status === 'waiting') return t('speech.signedUpWaiting', { title: activity.title, position: activity.mine.position ?? 1 });
  return t('speech.signedUp', { title: activity.title });
}

/** After she asked to talk: a teacher will come. */
export const talkWords = (t: T): string => t('speech.talk');

/** Her screen opened after closing time: no 签到, and whom to ask. */
export const closedWords = (t: T): string => t('speech.closed');

/** The undo window before a check-out counts. */
export const undoWords = (t: T): string => t('speech.undo');

/** A voice in the app's language: zh-CN (or cmn-Hans-CN) for Chinese, any English voice for English. */
export function pickVoice(voices: readonly SpeechSynthesisVoice[], language: Language): SpeechSynthesisVoice | null {
  const norm = (lang: string) => lang.replace('_', '-').toLowerCase();
  const fits = language === 'zh-CN' ? (l: string) => l === 'zh-cn' || l.startsWith('zh-hans') || l.startsWith('cmn') : (l: string) => l.startsWith('en');
  const found = voices.filter((v) => fits(norm(v.lang)));
  return found.find((v) => v.localService) ?? found[0] ?? null;
}
