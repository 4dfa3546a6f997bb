// The settings capability: the room's settings and the language.
import type { settingsContract } from '../../../shared/methods/settings';
import type { Methods } from '../deps';
import { createSettingsService } from './settings';

export const settingsMethods: Methods<typeof settingsContract> = {
  'settings.get': (ctx) => createSettingsService(ctx).get(),
  'settings.update': (ctx, input) => createSettingsService(ctx).update(input),
  'settings.setLanguage': (ctx, { language }) => createSettingsService(ctx).setLanguage(language),
};
