// A turning ring while something loads: plain CSS (global.css), so a screen that waits renders no antd.
import { useTranslation } from 'react-i18next';

/** `fill`: centred on the whole window, as while the app starts. */
export function LoadingRing({ fill = false }: { fill?: boolean }) {
  const { t } = useTranslation('common');
  return <div className={fill ? 'loading-ring loading-ring--fill' : 'loading-ring'} role="status" aria-label={t('status.loading')} />;
}
