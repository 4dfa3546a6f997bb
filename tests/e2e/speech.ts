// A stand-in for the system's speech: records what the kiosk says instead of saying it, with a Chinese
// and an English voice, so a test asserts the words (Chromium headless has no voices of its own).
import type { Page } from '@playwright/test';

declare global {
  interface Window {
    spoken?: { text: string; lang: string }[];
  }
}

export async function recordSpeech(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const voices = [
      { name: 'Huihui', lang: 'zh-CN', localService: true, default: true, voiceURI: 'huihui' },
      { name: 'Zira', lang: 'en-US', localService: true, default: false, voiceURI: 'zira' },
    ];
    window.spoken = [];
    const recorder = {
      getVoices: () => voices,
      cancel: () => undefined,
      speak: (u: SpeechSynthesisUtterance) => window.spoken?.push({ text: u.text, lang: u.lang }),
    };
    // The real utterance refuses a voice that is not the system's own: a plain one takes the fake voices.
    class Utterance {
      lang = '';
      voice: unknown = null;
      constructor(public text: string) {}
    }
    Object.defineProperty(window, 'speechSynthesis', { value: recorder, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  });
}

/** What was said so far, in order. */
export async function spoken(page: Page): Promise<string[]> {
  return page.evaluate(() => (window.spoken ?? []).map((s) => s.text));
}
