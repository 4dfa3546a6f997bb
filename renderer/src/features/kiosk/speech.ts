// The kiosk speaks each step aloud for children who read slowly, through the system's offline voices
// (speechSynthesis). It stays silent when the setting is off or the system has no voice in the app's
// language (no English voice reading Chinese).
import type { Language } from '../../../../shared/domain';
import i18n from '../../i18n';
import { useSettings } from '../settings/settingsStore';
import { pickVoice, type T } from './speechWords';

/** Speaks in the app's language, cutting off what was still being said: the newest step is the one that matters. */
export function say(words: (t: T) => string | null): void {
  const settings = useSettings.getState().settings;
  if (settings && !settings.kioskVoice) return;
  const synth = typeof window === 'undefined' ? undefined : window.speechSynthesis;
  if (!synth) return;
  const language: Language = settings?.language ?? 'zh-CN';
  const voice = pickVoice(synth.getVoices(), language);
  // Without a voice the words are not worth finding: this runs inside the child's tap.
  if (!voice) return;
  const text = words(i18n.getFixedT(language, 'kiosk'));
  if (!text) return;
  // Speech only helps: a system voice that fails must not undo a check-in that was recorded.
  try {
    synth.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    synth.speak(utterance);
  } catch {
    return;
  }
}
