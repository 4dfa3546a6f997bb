// Where every child starts: the room's welcome and clock, a search for her name, or her class.
import { SearchOutlined, SunFilled, TeamOutlined } from '@ant-design/icons';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useTicker } from '../../components/useTicker';
import { useSettings } from '../settings/settingsStore';
import { Bubble, NameCard, Problem } from './parts';
import { isOneLetter, useKiosk } from './kioskStore';
import { useLoadPhotos } from './photosStore';
import dayjs from 'dayjs';
import { KioskButton } from './KioskButton';
import { KioskSearch } from './KioskSearch';

const SEARCH_DELAY_MS = 150;

export function StartScreen() {
  const { t } = useTranslation(['kiosk', 'common', 'errors']);
  const settings = useSettings((s) => s.settings);
  const now = useTicker(30_000);
  const query = useKiosk((s) => s.query);
  const setQuery = useKiosk((s) => s.setQuery);
  const search = useKiosk((s) => s.search);
  const results = useKiosk((s) => s.results);
  const searched = useKiosk((s) => s.searched);
  const openClasses = useKiosk((s) => s.openClasses);
  const openChild = useKiosk((s) => s.openChild);

  // Finds names as she types, once her fingers rest for a moment.
  useEffect(() => {
    const timer = window.setTimeout(() => void search(), query.trim() ? SEARCH_DELAY_MS : 0);
    return () => window.clearTimeout(timer);
  }, [query, search]);

  const typing = query.trim() !== '';
  useLoadPhotos(typing ? results.map((c) => c.id) : []);

  return (
    <main className="kiosk-start">
      <section className={typing ? 'kiosk-start__welcome kiosk-start__welcome--small' : 'kiosk-start__welcome'}>
        <SunFilled className="kiosk-start__sun" aria-hidden />
        <div>
          <h1 className="kiosk-start__title">{t('home.title.welcome', { room: settings?.roomName })}</h1>
          <p className="kiosk-start__clock">{dayjs(now).format(t('home.clock.format'))}</p>
        </div>
      </section>

      <p className="kiosk-start__who">{t('search.title.who')}</p>
      <KioskSearch value={query} onChange={setQuery} label={t('search.input.placeholder')} clearLabel={t('search.action.clear')} maxLength={40} />
      <Problem />

      {typing ? (
        <section className="kiosk-grid" aria-live="polite">
          {isOneLetter(query) && (
            <p className="kiosk-empty">
              <SearchOutlined aria-hidden /> {t('search.result.keepTyping')}
            </p>
          )}
          {results.map((child) => (
            <NameCard key={child.id} child={child} onPick={(id) => void openChild(id)} />
          ))}
          {searched && results.length === 0 && (
            <p className="kiosk-empty">
              <SearchOutlined aria-hidden /> {t('search.result.none')}
            </p>
          )}
        </section>
      ) : null}

      <KioskButton className="kiosk-tile" onClick={() => void openClasses()}>
        <Bubble icon={<TeamOutlined />} size={72} background="#1c7ed6" />
        {t('search.action.byClass')}
      </KioskButton>
      {!typing && <p className="kiosk-start__hint">{t('home.hint.askTeacher')}</p>}
    </main>
  );
}
