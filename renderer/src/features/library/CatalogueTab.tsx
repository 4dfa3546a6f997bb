// 图书目录: the titles on the shelf, a page at a time in pinyin order, with their copies on the shelf
// and in all; search by title, author, ISBN or a copy's label; add a book (the scanner fills the
// ISBN); admins import a catalogue spreadsheet. The database pages, so a district's 8,000 titles
// open as fast as a room's 80.
import { ImportOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Input, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Book } from '../../../../shared/domain';
import { useAuth } from '../auth/authStore';
import { BookDrawer } from './BookDrawer';
import { BookFormDrawer } from './BookFormDrawer';
import { BookImportDialog } from './BookImportDialog';
import { GradeRange } from './labels';
import { LabelsDialog } from './LabelsDialog';
import { serverPager } from '../../components/paging';
import { useLibrary } from './libraryStore';
import { ListTable } from '../../components/ListTable';
import { FilterSelect } from '../../components/FilterSelect';

export function CatalogueTab({ visible }: { visible: boolean }) {
  const { t } = useTranslation(['library', 'common', 'errors']);
  const isAdmin = useAuth((s) => s.session.role === 'admin');
  const { books, booksTotal, page, pageSize, booksLoading, query, setQuery, category, categories, setCategory, setPage, reloadBooks, reloadCategories } = useLibrary();
  const [openId, setOpenId] = useState<number | null>(null);
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  // Books ticked for labels, kept across pages and searches: their copies on the shelf or out on loan.
  const [ticked, setTicked] = useState<Map<number, number[]>>(new Map());
  const [labelling, setLabelling] = useState(false);
  const labelCopies = [...ticked.values()].flat();

  useEffect(() => {
    if (visible) void Promise.all([reloadBooks(), reloadCategories()]);
  }, [visible, reloadBooks, reloadCategories]);

  return (
    <Card
      title={t('catalogue.title.main')}
      extra={
        <Space>
          <Button icon={<PrinterOutlined />} disabled={labelCopies.length === 0} onClick={() => setLabelling(true)}>
            {t('labels.action.open', { count: labelCopies.length })}
          </Button>
          {isAdmin && (
            <Button icon={<ImportOutlined />} onClick={() => setImporting(true)}>
              {t('catalogue.action.import')}
            </Button>
          )}
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('catalogue.action.add')}
          </Button>
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          aria-label={t('catalogue.filter.search')}
          placeholder={t('catalogue.filter.searchPlaceholder')}
          style={{ width: 320 }}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <FilterSelect
          label={t('catalogue.filter.category')}
          placeholder={t('catalogue.filter.categoryPlaceholder')}
          width={180}
          value={category}
          onChange={(value?: string) => setCategory(value)}
          options={categories.map((c) => ({ value: c, label: c }))}
        />
      </Space>
      <ListTable<Book>
        size="middle"
        loading={booksLoading}
        dataSource={books}
        pagination={serverPager(page, pageSize, booksTotal, (total) => t('catalogue.table.total', { total }), setPage)}
        empty={t('catalogue.table.empty')}
        onRow={(book) => ({ onClick: () => setOpenId(book.id), style: { cursor: 'pointer' } })}
        rowSelection={{
          preserveSelectedRowKeys: true,
          selectedRowKeys: [...ticked.keys()],
          onChange: (_keys, rows) =>
            setTicked((was) => {
              const onPage = new Set(books.map((b) => b.id));
              const next = new Map([...was].filter(([id]) => !onPage.has(id)));
              for (const b of rows)
                if (b)
                  next.set(
                    b.id,
                    b.copies.filter((c) => c.status === 'on_shelf' || c.status === 'on_loan').map((c) => c.id),
                  );
              return next;
            }),
        }}
        columns={[
          {
            title: t('book.field.title'),
            dataIndex: 'title',
            render: (title: string) => <Typography.Link>《{title}》</Typography.Link>,
          },
          { title: t('book.field.author'), dataIndex: 'author', render: (v: string | null) => v ?? '—' },
          { title: t('book.field.isbn'), dataIndex: 'isbn', render: (v: string | null) => v ?? '—' },
          {
            title: t('book.field.category'),
            dataIndex: 'category',
            render: (v: string | null) => (v ? <Tag>{v}</Tag> : '—'),
          },
          { title: t('book.field.grades'), key: 'grades', render: (_, book) => <GradeRange book={book} /> },
          {
            title: t('catalogue.column.copies'),
            key: 'copies',
            render: (_, book) => (
              <Typography.Text type={book.onShelf === 0 ? 'warning' : undefined}>{t('catalogue.label.copies', { onShelf: book.onShelf, total: book.copies.length })}</Typography.Text>
            ),
          },
        ]}
      />
      <BookDrawer bookId={openId} onClose={() => setOpenId(null)} />
      {labelling && <LabelsDialog copyIds={labelCopies} onClose={() => setLabelling(false)} />}
      <BookFormDrawer open={adding} book={null} onClose={() => setAdding(false)} onSaved={(book) => setOpenId(book.id)} />
      {isAdmin && <BookImportDialog open={importing} onClose={() => setImporting(false)} />}
    </Card>
  );
}
