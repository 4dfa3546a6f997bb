// 我借的书 on a child's own screen: each book she has out and when it goes back (a book past its
// day is a gentle reminder, never a telling-off), and the way to write a review.
import { BookTwoTone, EditOutlined, SmileTwoTone } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useKioskBooks } from './booksStore';
import { useKiosk } from './kioskStore';
import { KioskButton } from './KioskButton';
import './books.css';

export function MyBooks({ childId }: { childId: number }) {
  const { t } = useTranslation(['kiosk', 'common', 'errors']);
  const busy = useKiosk((s) => s.busy);
  // Loaded as her screen was asked for (booksStore.ts, onChildOpened).
  const { childId: loadedFor, loans, reviewable, openReview } = useKioskBooks();

  // Until her own answer arrives, show nothing: never the books of whoever was here before.
  if (loadedFor !== childId || (loans.length === 0 && reviewable.length === 0)) return null;

  return (
    <section className="kiosk-books" aria-label={t('books.title.mine')}>
      {loans.length > 0 && (
        <>
          <h2 className="kiosk-books__title">{t('books.title.mine')}</h2>
          <ul className="kiosk-books__list">
            {loans.map((loan, i) => (
              <li key={`${i}-${loan.title}`} className={loan.overdue ? 'kiosk-book kiosk-book--overdue' : 'kiosk-book'}>
                <span className="kiosk-book__picture" aria-hidden>
                  {loan.overdue ? <SmileTwoTone twoToneColor="#f08c00" /> : <BookTwoTone twoToneColor="#1971c2" />}
                </span>
                <span className="kiosk-book__title">《{loan.title}》</span>
                <span className="kiosk-book__due">{loan.overdue ? t('books.due.overdue') : t('books.due.date', { date: dayjs(loan.dueOn).format(t('books.date.format')) })}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {reviewable.length > 0 && (
        <KioskButton className="kiosk-action kiosk-books__review" tone="purple" disabled={busy} onClick={openReview}>
          <EditOutlined aria-hidden />
          {t('books.action.review')}
        </KioskButton>
      )}
    </section>
  );
}
