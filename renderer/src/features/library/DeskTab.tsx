// 借还书: the desk a teacher uses most. One input always has the focus; a scanner types a copy's
// label (or a book's ISBN) and Enter. A copy on loan comes back at once; a copy on the shelf asks
// for the child (name, pinyin or initials), and Enter on the lend button lends it. An ISBN names
// the book only: unless one copy is all it can be, the teacher picks the copy in her hand.
import { BarcodeOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Input, Space, type InputRef } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BarcodeLookup, Book, BookCopy, Loan } from '../../../../shared/domain';
import { isValidIsbn } from '../../../../shared/validation';
import { errorMessage, toApiError } from '../../components/errors';
import { ChildPicker } from '../../components/ChildPicker';
import { useSettings } from '../settings/settingsStore';
import { day } from './format';
import { IsbnChoice } from './IsbnChoice';
import { LoansTable } from './LoansTable';
import { useLibrary } from './libraryStore';
import { TodayList } from './TodayList';

const PICKER_ID = 'library-desk-child';

interface Feedback {
  type: 'success' | 'info' | 'warning' | 'error';
  title: string;
  description?: string;
}

export function DeskTab({ visible }: { visible: boolean }) {
  const { t } = useTranslation(['library', 'common', 'errors']);
  const { active, lookup, findByIsbn, lend, giveBack, reloadLoans } = useLibrary();
  const maxLoans = useSettings((s) => s.settings?.maxLoansPerChild ?? 0);
  const scanRef = useRef<InputRef>(null);
  const lendRef = useRef<HTMLButtonElement>(null);
  const [code, setCode] = useState('');
  const [pending, setPending] = useState<BarcodeLookup | null>(null);
  const [choice, setChoice] = useState<Book | null>(null);
  const [child, setChild] = useState<{ id: number; name: string } | null>(null);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [busy, setBusy] = useState(false);

  const focusScan = () => window.setTimeout(() => scanRef.current?.focus(), 0);
  /**
   * After a refusal the bad code stays, selected: she sees what was read, and the next scan replaces it.
   * Selected once React has put the code back in the box (an effect), not on a timer that may run first.
   */
  const [selectTick, setSelectTick] = useState(0);
  const selectScan = () => setSelectTick((n) => n + 1);
  useEffect(() => {
    if (selectTick === 0) return;
    scanRef.current?.focus();
    scanRef.current?.select();
  }, [selectTick]);

  // A copy on the shelf was scanned: the question is now "to whom?"; once answered, the lend button.
  useEffect(() => {
    if (pending) document.getElementById(PICKER_ID)?.focus();
  }, [pending]);
  useEffect(() => {
    if (child) lendRef.current?.focus();
  }, [child]);

  useEffect(() => {
    if (!visible) return;
    reloadLoans().catch((e) => setFeedback({ type: 'error', title: errorMessage(e) }));
    focusScan();
  }, [visible, reloadLoans]);

  /** A copy label; or an ISBN: its only possible copy (one on the shelf, none out), else the book to pick a copy of. */
  const find = async (scanned: string): Promise<BarcodeLookup | Feedback | { choose: Book }> => {
    try {
      return await lookup(scanned);
    } catch (e) {
      const { code: errorCode } = toApiError(e);
      if (errorCode !== 'not_found' && errorCode !== 'invalid_input') throw e;
      const book = isValidIsbn(scanned) ? await findByIsbn(scanned) : null;
      if (!book) return { type: 'warning', title: t('desk.error.notFound', { code: scanned }), description: t('desk.error.notFoundHint') };
      const onShelf = book.copies.filter((c) => c.status === 'on_shelf');
      const onLoan = book.copies.filter((c) => c.status === 'on_loan');
      if (onShelf.length + onLoan.length === 0) return { type: 'warning', title: t('desk.error.noneOnShelf', { title: book.title }), description: t('desk.error.isbnHint') };
      if (onLoan.length === 0 && onShelf.length === 1) return { book, copy: onShelf[0]! };
      return { choose: book };
    }
  };

  const returned = (loan: Loan): Feedback => ({
    type: loan.overdueDays > 0 ? 'warning' : 'success',
    title: t('desk.result.returned', { title: loan.title, name: loan.childName }),
    description: loan.overdueDays > 0 ? t('desk.result.late', { count: loan.overdueDays }) : t('desk.result.onTime'),
  });

  const scan = async () => {
    const scanned = code.trim();
    if (!scanned || busy) return;
    setCode('');
    setBusy(true);
    setPending(null);
    setChoice(null);
    setChild(null);
    try {
      const found = await find(scanned);
      if ('choose' in found) {
        setFeedback(null);
        setChoice(found.choose);
        return;
      }
      if (!('copy' in found)) {
        setFeedback(found);
        setCode(scanned);
        selectScan();
        return;
      } else if (found.copy.status === 'on_loan') setFeedback(returned(await giveBack(found.copy.barcode)));
      else if (found.copy.status === 'on_shelf') {
        setFeedback(null);
        setPending(found);
        return;
      } else {
        const status = t(`copy.status.${found.copy.status}`);
        setFeedback({ type: 'warning', title: t('desk.error.unavailable', { title: found.book.title, status }), description: t('desk.error.unavailableHint') });
        setCode(scanned);
        selectScan();
        return;
      }
    } catch (e) {
      setFeedback({ type: 'error', title: errorMessage(e) });
      setCode(scanned);
      selectScan();
      return;
    } finally {
      setBusy(false);
    }
    focusScan();
  };

  const cancel = () => {
    setPending(null);
    setChoice(null);
    setChild(null);
    focusScan();
  };

  const returnCopy = async (copy: BookCopy) => {
    setChoice(null);
    setBusy(true);
    try {
      setFeedback(returned(await giveBack(copy.barcode)));
    } catch (e) {
      setFeedback({ type: 'error', title: errorMessage(e) });
    } finally {
      setBusy(false);
    }
    focusScan();
  };

  const lendCopy = (book: Book, copy: BookCopy) => {
    setChoice(null);
    setPending({ book, copy });
  };

  const lendNow = async () => {
    if (!pending || !child || busy) return;
    setBusy(true);
    try {
      const loan = await lend(pending.copy.barcode, child.id);
      setFeedback({
        type: 'success',
        title: t('desk.result.lent', { title: loan.title, name: loan.childName }),
        description: t('desk.result.due', { due: day(loan.dueOn) }),
      });
      setPending(null);
      setChild(null);
      focusScan();
    } catch (e) {
      const error = toApiError(e);
      const limit = error.code === 'conflict' && error.details?.entity === 'loan_limit';
      setFeedback({ type: 'error', title: limit ? t('desk.error.loanLimit', { name: child.name, max: maxLoans }) : errorMessage(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card>
        <Input
          ref={scanRef}
          size="large"
          autoFocus
          allowClear
          prefix={<BarcodeOutlined />}
          aria-label={t('desk.scan.label')}
          placeholder={t('desk.scan.placeholder')}
          value={code}
          onChange={(e) => setCode(e.target.value)}
          onPressEnter={() => void scan()}
          style={{ maxWidth: 520 }}
        />
        {choice && <IsbnChoice book={choice} onReturn={(c) => void returnCopy(c)} onLend={(c) => lendCopy(choice, c)} onCancel={cancel} />}
        {pending && (
          <Card
            size="small"
            style={{ marginTop: 16, maxWidth: 720, borderColor: '#91caff' }}
            title={t('desk.lend.title', { title: pending.book.title })}
            onKeyDown={(e) => e.key === 'Escape' && cancel()}
          >
            <Descriptions size="small" column={2} style={{ marginBottom: 12 }}>
              <Descriptions.Item label={t('book.field.author')}>{pending.book.author ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('copy.column.barcode')}>{pending.copy.barcode}</Descriptions.Item>
            </Descriptions>
            <Space wrap>
              <ChildPicker
                id={PICKER_ID}
                value={child?.id}
                style={{ width: 300 }}
                onChange={(id, picked) => {
                  setChild(id !== undefined && picked ? { id, name: picked.name } : null);
                }}
              />
              <Button ref={lendRef} type="primary" disabled={!child} loading={busy} onClick={() => void lendNow()}>
                {t('desk.lend.action')}
              </Button>
              <Button onClick={cancel}>{t('common:action.cancel')}</Button>
            </Space>
            <div style={{ marginTop: 8, color: '#868e96' }}>{t('desk.lend.hint')}</div>
          </Card>
        )}
        {feedback && <Alert showIcon type={feedback.type} title={feedback.title} description={feedback.description} style={{ marginTop: 16, maxWidth: 720 }} />}
      </Card>
      <TodayList />
      <Card title={t('loans.title.active', { count: active.length })}>
        <LoansTable loans={active} variant="active" onDone={focusScan} />
      </Card>
    </Space>
  );
}
