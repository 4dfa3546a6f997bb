// One book: what it is, each copy (on the shelf, with whom, lost or withdrawn), a new copy by its
// scanned label or a number from the app, and who has read it before.
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Drawer, Input, Space } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Book, BookCopy, CopyStatus, Loan } from '../../../../shared/domain';
import { errorMessage, fieldMessage, toApiError } from '../../components/errors';
import { BookFormDrawer } from './BookFormDrawer';
import { CopyStatusDialog, type CopyStatusTarget } from './CopyStatusDialog';
import { day } from './format';
import { CopyStatusTag, GradeRange } from './labels';
import { useLibrary } from './libraryStore';
import { ListTable } from '../../components/ListTable';

export function BookDrawer({ bookId, onClose }: { bookId: number | null; onClose(): void }) {
  const { t } = useTranslation(['library', 'common', 'errors']);
  const { message } = App.useApp();
  const { getBook, addCopy, history } = useLibrary();
  const [book, setBook] = useState<Book | null>(null);
  const [loans, setLoans] = useState<Loan[]>([]);
  const [label, setLabel] = useState('');
  const [editing, setEditing] = useState(false);
  const [changing, setChanging] = useState<CopyStatusTarget | null>(null);

  const load = useCallback(
    async (id: number) => {
      const [found, past] = await Promise.all([getBook(id), history({ bookId: id })]);
      setBook(found);
      setLoans(past);
    },
    [getBook, history],
  );

  useEffect(() => {
    setBook(null);
    setLoans([]);
    if (bookId !== null) load(bookId).catch((e) => message.error(errorMessage(e)));
  }, [bookId, load, message]);

  const add = async () => {
    if (!book) return;
    try {
      const saved = await addCopy(book.id, label.trim() || undefined);
      setBook(saved);
      setLabel('');
      message.success(t('copy.message.added', { barcode: saved.copies[saved.copies.length - 1]?.barcode ?? '' }));
    } catch (e) {
      // A label already on another copy, or not a label at all: say what is wrong with it.
      const issue = toApiError(e).details?.issues?.[0];
      message.error(issue ? `${t('copy.field.barcode')}: ${fieldMessage(issue.code)}` : errorMessage(e));
    }
  };

  const change = (copy: BookCopy, status: CopyStatusTarget['status']) => book && setChanging({ copyId: copy.id, barcode: copy.barcode, title: book.title, status });

  return (
    <Drawer
      open={bookId !== null}
      size={760}
      title={book ? `《${book.title}》` : ''}
      onClose={onClose}
      extra={
        book && (
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
            {t('book.action.edit')}
          </Button>
        )
      }
    >
      {book && (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <Descriptions size="small" column={2} bordered>
            <Descriptions.Item label={t('book.field.author')}>{book.author ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('book.field.publisher')}>{book.publisher ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('book.field.isbn')}>{book.isbn ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('book.field.category')}>{book.category ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('book.field.grades')}>
              <GradeRange book={book} />
            </Descriptions.Item>
            <Descriptions.Item label={t('catalogue.column.copies')}>{t('catalogue.label.copies', { onShelf: book.onShelf, total: book.copies.length })}</Descriptions.Item>
          </Descriptions>
          <Card size="small" title={t('copy.title.main')}>
            <Space style={{ marginBottom: 12 }}>
              <Input
                aria-label={t('copy.field.barcode')}
                placeholder={t('copy.field.barcodePlaceholder')}
                value={label}
                maxLength={40}
                onChange={(e) => setLabel(e.target.value)}
                onPressEnter={() => void add()}
                style={{ width: 260 }}
              />
              <Button icon={<PlusOutlined />} onClick={() => void add()}>
                {t('copy.action.add')}
              </Button>
            </Space>
            <ListTable<BookCopy>
              pagination={false}
              dataSource={book.copies}
              columns={[
                { title: t('copy.column.barcode'), dataIndex: 'barcode' },
                {
                  title: t('copy.column.status'),
                  dataIndex: 'status',
                  render: (status: CopyStatus) => <CopyStatusTag status={status} />,
                },
                {
                  title: t('copy.column.holder'),
                  key: 'holder',
                  render: (_, copy) => (copy.loan ? t('copy.label.holder', { name: copy.loan.childName, due: day(copy.loan.dueOn) }) : '—'),
                },
                {
                  title: t('loans.column.actions'),
                  key: 'actions',
                  render: (_, copy) =>
                    copy.status === 'lost' || copy.status === 'withdrawn' ? (
                      <Button size="small" onClick={() => change(copy, 'on_shelf')}>
                        {t('copy.action.found')}
                      </Button>
                    ) : (
                      <Space>
                        <Button size="small" danger onClick={() => change(copy, 'lost')}>
                          {t('copy.action.lost')}
                        </Button>
                        <Button size="small" onClick={() => change(copy, 'withdrawn')}>
                          {t('copy.action.withdrawn')}
                        </Button>
                      </Space>
                    ),
                },
              ]}
            />
          </Card>
          <Card size="small" title={t('history.title.main')}>
            <ListTable<Loan>
              dataSource={loans}
              pagination={{ pageSize: 8, showSizeChanger: false }}
              empty={t('history.table.empty')}
              columns={[
                { title: t('loans.column.child'), dataIndex: 'childName' },
                { title: t('loans.column.barcode'), dataIndex: 'barcode' },
                { title: t('loans.column.lentAt'), dataIndex: 'lentAt', render: day },
                { title: t('loans.column.dueOn'), dataIndex: 'dueOn', render: day },
                {
                  title: t('history.column.returnedAt'),
                  dataIndex: 'returnedAt',
                  render: (at: string | null) => (at ? day(at) : <CopyStatusTag status="on_loan" />),
                },
              ]}
            />
          </Card>
        </Space>
      )}
      <BookFormDrawer open={editing} book={book} onClose={() => setEditing(false)} onSaved={setBook} />
      <CopyStatusDialog
        target={changing}
        onClose={() => setChanging(null)}
        onDone={(saved) => {
          setBook(saved);
          void history({ bookId: saved.id }).then(setLoans, () => undefined);
        }}
      />
    </Drawer>
  );
}
