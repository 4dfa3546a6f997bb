// 代写读后感: a child tells her review (or hands it in on paper) and the teacher types it in.
// The teacher finds the book by typing its title, author or ISBN (the catalogue may hold thousands);
// the books the child has borrowed come first.
import { App, Form, Input, Select, type SelectProps } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnsweredSearch } from '../../components/answeredSearch';
import { errorMessage } from '../../components/errors';
import { FormDialog } from '../../components/form/FormDialog';
import { useFormSave } from '../../components/form/useFormSave';
import { ChildPicker } from '../../components/ChildPicker';
import { useReviews } from './reviewsStore';
import { useLibrary } from './libraryStore';

interface Values {
  childId: number;
  bookId: number;
  text: string;
}

interface BookOption {
  value: number;
  label: string;
}

/** Titles offered per search: enough to see the one meant, few enough to read at a glance. */
const FOUND_MAX = 20;
const SEARCH_DELAY_MS = 200;
const NO_BOOKS: BookOption[] = [];

/** The catalogue's first titles matching what the teacher typed, fetched once she pauses (answeredSearch.tsx). */
function useBookSearch(open: boolean) {
  const { message } = App.useApp();
  const searchBooks = useLibrary((s) => s.searchBooks);
  const ask = useCallback(
    async (query: string): Promise<BookOption[]> => {
      const books = await searchBooks(query, FOUND_MAX);
      return books.map((b) => ({ value: b.id, label: `《${b.title}》${b.author ? ` ${b.author}` : ''}` }));
    },
    [searchBooks],
  );
  const failed = useCallback((e: unknown) => void message.error(errorMessage(e)), [message]);
  return useAnsweredSearch(ask, { empty: NO_BOOKS, delayMs: SEARCH_DELAY_MS, enabled: open, onError: failed });
}

export function ReviewDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation(['library', 'common', 'errors']);
  const { message } = App.useApp();
  const create = useReviews((s) => s.create);
  const history = useLibrary((s) => s.history);
  const [form] = Form.useForm<Values>();
  const childId = Form.useWatch('childId', form);
  const { found, setQuery, waiting } = useBookSearch(open);
  const [typed, setTyped] = useState('');
  const [borrowed, setBorrowed] = useState<BookOption[]>([]);
  // The chosen book keeps its label when a later search no longer lists it.
  const [picked, setPicked] = useState<BookOption | null>(null);
  const { busy, save } = useFormSave(form);

  useEffect(() => {
    if (childId === undefined) setBorrowed([]);
    else
      history({ childId }).then(
        (loans) => setBorrowed([...new Map(loans.map((l) => [l.bookId, { value: l.bookId, label: `《${l.title}》` }])).values()]),
        () => setBorrowed([]),
      );
  }, [childId, history]);

  const search = (text: string) => {
    setTyped(text);
    setQuery(text);
  };

  const bookOptions: SelectProps['options'] = useMemo(() => {
    const text = typed.trim().toLowerCase();
    const hers = borrowed.filter((b) => b.label.toLowerCase().includes(text));
    const herIds = new Set(borrowed.map((b) => b.value));
    const others = found.filter((b) => !herIds.has(b.value));
    if (picked && !herIds.has(picked.value) && !others.some((b) => b.value === picked.value)) others.unshift(picked);
    if (hers.length === 0) return others;
    const groups = [{ label: t('reviews.dialog.borrowed'), options: hers }];
    // No heading over nothing: while the catalogue's answer is awaited, or when it has no other book.
    return others.length > 0 ? [...groups, { label: t('reviews.dialog.others'), options: others }] : groups;
  }, [typed, borrowed, found, picked, t]);

  /** The next opening starts with no search and no book chosen. */
  const close = () => {
    search('');
    setPicked(null);
    onClose();
  };

  const submit = async (values: Values) => {
    await save(async () => {
      const review = await create(values);
      message.success(t('reviews.message.written', { name: review.childName, title: review.title }));
      form.resetFields();
      close();
    });
  };

  return (
    <FormDialog
      open={open}
      width={640}
      title={t('reviews.dialog.title')}
      okText={t('common:action.save')}
      cancelText={t('common:action.cancel')}
      busy={busy}
      onOk={() => form.submit()}
      onCancel={close}
    >
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} preserve={false}>
        <Form.Item name="childId" label={t('reviews.dialog.child')} rules={[{ required: true, message: t('errors:field.required') }]}>
          <ChildPicker />
        </Form.Item>
        <Form.Item name="bookId" label={t('reviews.dialog.book')} rules={[{ required: true, message: t('errors:field.required') }]}>
          <Select
            showSearch={{ filterOption: false, onSearch: search }}
            placeholder={t('reviews.dialog.bookPlaceholder')}
            {...waiting}
            notFoundContent={waiting.notFoundContent ?? t('reviews.dialog.bookNone')}
            options={bookOptions}
            onChange={(bookId: number) => setPicked([...borrowed, ...found].find((b) => b.value === bookId) ?? null)}
          />
        </Form.Item>
        <Form.Item name="text" label={t('reviews.dialog.text')} rules={[{ required: true, whitespace: true, message: t('errors:field.required') }]}>
          <Input.TextArea rows={8} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}
