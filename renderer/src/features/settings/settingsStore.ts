import { create } from 'zustand';
import type { Language, Settings } from '../../../../shared/domain';
import type { Input } from '../../../../shared/contract';
import { call } from '../../api';
import { setLanguage } from '../../i18n';

interface SettingsState {
  settings: Settings | null;
  load(): Promise<Settings>;
  update(changes: Input<'settings.update'>): Promise<void>;
  setLanguage(language: Language): Promise<void>;
}

function apply(settings: Settings): Settings {
  setLanguage(settings.language);
  return settings;
}

export const useSettings = create<SettingsState>((set) => ({
  settings: null,
  load: async () => {
    const settings = apply(await call('settings.get', {}));
    set({ settings });
    return settings;
  },
  update: async (changes) => set({ settings: apply(await call('settings.update', changes)) }),
  setLanguage: async (language) => set({ settings: apply(await call('settings.setLanguage', { language })) }),
}));
