// 写读后感 at the kiosk: pick the book (one big card each) and a thank-you that goes back to the start by
// itself. The page she writes on is ReviewWriteScreen.
import { BookTwoTone, HeartTwoTone } from '@ant-design/icons';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskChildStatus } from '../../../../shared/domain';
import { useTicker } from '../../components/useTicker';
import { useSettings } from '../settings/settingsStore';
import { useKioskBooks } from './booksStore';
import { Bubble, Problem, ScreenHead } from './parts';
import { useKiosk } from './kioskStore';
import { KioskButton } from './KioskButton';
import './books.css';

const DEFAULT_RETURN_SECONDS = 5;

export function ReviewPickScreen({ child }: { child: KioskChildStatus }) {
  const { t } = useTranslation(['kiosk', 'common', 'errors']);
  const { childId, reviewable, pickBook } = useKioskBooks();
  const books = childId === child.id ? reviewable : [];

  return (
    <main className="kiosk-screen">
      <ScreenHead title={t('review.title.pick')} />
      <Problem />
      {books.length === 0 ? (
        <p className="kiosk-empty">{t('review.empty.none')}</p>
      ) : (
        <section className="kiosk-grid">
          {books.map((book) => (
            <KioskButton key={book.bookId} className="kiosk-bookcard" onClick={() => pickBook(book)}>
              <BookTwoTone twoToneColor="#9c36b5" aria-hidden />
              <span>《{book.title}》</span>
            </KioskButton>
          ))}
        </section>
      )}
    </main>
  );
}

export function ReviewDoneScreen({ name, title }: { name: string; title: string }) {
  const { t } = useTranslation(['kiosk', 'common', 'errors']);
  const home = useKiosk((s) => s.home);
  const seconds = useSettings((s) => s.settings?.kioskReturnSeconds ?? DEFAULT_RETURN_SECONDS);
  const [shownAt] = useState(() => Date.now());
  const now = useTicker(250);
  const left = Math.max(0, Math.ceil(seconds - (now - shownAt) / 1000));

  useEffect(() => {
    const timer = window.setTimeout(home, seconds * 1000);
    return () => window.clearTimeout(timer);
  }, [home, seconds]);

  return (
    <main className="kiosk-done kiosk-done--review" onClick={home}>
      <Bubble size={200} background="#fff" icon={<HeartTwoTone twoToneColor="#c2255c" />} />
      <h1 className="kiosk-done__title">{t('reviewDone.title.thanks', { name })}</h1>
      <p className="kiosk-done__message">{t('reviewDone.message.text', { title })}</p>
      <KioskButton className="kiosk-done__ok" onClick={home}>
        {t('done.action.ok')}
      </KioskButton>
      <p className="kiosk-done__countdown">{t('done.countdown.text', { seconds: left })}</p>
    </main>
  );
}
