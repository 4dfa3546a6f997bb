// Errors in words a six-year-old understands, each a whole message: the note shows it as it is. Anything
// the kiosk has no words for falls back to the app's own message (errorMessage), and sends her to the
// teacher on duty, who can read it.
import { errorMessage, toApiError } from '../../components/errors';
import i18n from '../../i18n';

export function kioskMessage(error: unknown): string {
  const { code, details } = toApiError(error);
  const entity = details?.entity;
  if (code === 'conflict' && entity && i18n.exists(`error.conflict.${entity}`, { ns: 'kiosk' })) {
    return i18n.t(`error.conflict.${entity}` as 'error.conflict.already_checked_in', { ns: 'kiosk' });
  }
  if (code !== 'conflict' && i18n.exists(`error.code.${code}`, { ns: 'kiosk' })) {
    return i18n.t(`error.code.${code}` as 'error.code.not_found', { ns: 'kiosk' });
  }
  return i18n.t('error.fallback', { ns: 'kiosk', message: errorMessage(error) });
}
