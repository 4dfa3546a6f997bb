// Add a book (or correct one). The ISBN comes first because a scanner types it: Enter there checks
// it and moves on to the title, never saves early. New copies are numbered by the app, or their
// labels are scanned one after another into the labels field.
import { AutoComplete, Alert, App, Button, Col, Form, Input, InputNumber, Row, Select, type InputRef } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Input as ContractInput } from '../../../../shared/contract';
import { GRADES, type Book } from '../../../../shared/domain';
import type { FieldIssue } from '../../../../shared/errors';
import { isValidIsbn } from '../../../../shared/validation';
import { FormDrawer } from '../../components/form/FormDrawer';
import { useFormSave } from '../../components/form/useFormSave';
import { useLibrary } from './libraryStore';

interface Values {
  isbn?: string;
  title: string;
  author?: string;
  publisher?: string;
  category?: string;
  gradeFrom?: number;
  gradeTo?: number;
  barcodes: string[];
  copies: number;
}

interface Props {
  open: boolean;
  /** null: a new book. */
  book: Book | null;
  onClose(): void;
  onSaved?(book: Book): void;
}

/** Server problems name book.title or barcodes.0; the form's fields are title and barcodes. */
function toFormIssues(issues: FieldIssue[] = []): FieldIssue[] {
  return issues.map((i) => ({ ...i, path: i.path[0] === 'book' ? i.path.slice(1) : i.path.slice(0, 1) }));
}

export function BookFormDrawer({ open, book, onClose, onSaved }: Props) {
  const { t } = useTranslation(['library', 'common', 'errors']);
  const { message } = App.useApp();
  const { books, createBook, updateBook, findByIsbn } = useLibrary();
  const [form] = Form.useForm<Values>();
  const titleRef = useRef<InputRef>(null);
  const [existing, setExisting] = useState<Book | null>(null);
  const { busy, save } = useFormSave(form, { toFields: toFormIssues });
  const barcodes = Form.useWatch('barcodes', form) ?? [];
  const categories = useMemo(() => [...new Set(books.map((b) => b.category).filter((c): c is string => c !== null))], [books]);

  useEffect(() => {
    if (!open) return;
    setExisting(null);
    form.resetFields();
    if (book) {
      form.setFieldsValue({
        isbn: book.isbn ?? undefined,
        title: book.title,
        author: book.author ?? undefined,
        publisher: book.publisher ?? undefined,
        category: book.category ?? undefined,
        gradeFrom: book.gradeFrom ?? undefined,
        gradeTo: book.gradeTo ?? undefined,
      });
    }
  }, [open, book, form]);

  /** Enter after the scanner's digits: check the ISBN, say if the shelf has it, go on to the title. */
  const isbnEntered = async (e: React.KeyboardEvent<HTMLInputElement>) => {
    e.preventDefault();
    try {
      await form.validateFields(['isbn']);
    } catch {
      return;
    }
    titleRef.current?.focus();
    const isbn = form.getFieldValue('isbn') as string | undefined;
    if (!book && isbn) setExisting(await findByIsbn(isbn).catch(() => null));
  };

  const submit = async (values: Values) => {
    const fields: ContractInput<'books.create'>['book'] = {
      title: values.title,
      author: values.author ?? null,
      publisher: values.publisher ?? null,
      isbn: values.isbn ?? null,
      category: values.category ?? null,
      gradeFrom: values.gradeFrom ?? null,
      gradeTo: values.gradeTo ?? null,
    };
    await save(async () => {
      const saved = book ? await updateBook(book.id, fields) : await createBook({ book: fields, barcodes: values.barcodes, copies: values.barcodes.length > 0 ? 0 : values.copies });
      message.success(t(book ? 'book.message.updated' : 'book.message.created', { title: saved.title, count: saved.copies.length }));
      onClose();
      onSaved?.(saved);
    });
  };

  const gradeOptions = GRADES.map((g) => ({ value: g, label: t('common:class.label.grade', { grade: g }) }));

  return (
    <FormDrawer open={open} size={560} title={book ? t('book.title.edit', { title: book.title }) : t('book.title.add')} busy={busy} onClose={onClose} onSave={() => form.submit()}>
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} initialValues={{ barcodes: [], copies: 1 }}>
        <Form.Item
          name="isbn"
          label={t('book.field.isbn')}
          extra={t('book.field.isbnHelp')}
          rules={[{ validator: async (_, v?: string) => (!v || isValidIsbn(v) ? undefined : Promise.reject(new Error(t('errors:field.isbn')))) }]}
        >
          <Input autoFocus maxLength={20} onPressEnter={(e) => void isbnEntered(e)} />
        </Form.Item>
        {existing && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('book.existing.text', { title: existing.title, count: existing.copies.length })}
            action={
              <Button
                size="small"
                onClick={() => {
                  onClose();
                  onSaved?.(existing);
                }}
              >
                {t('book.existing.open')}
              </Button>
            }
          />
        )}
        <Form.Item name="title" label={t('book.field.title')} rules={[{ required: true, whitespace: true, message: t('errors:field.required') }]}>
          <Input ref={titleRef} maxLength={120} />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="author" label={t('book.field.author')}>
              <Input maxLength={80} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="publisher" label={t('book.field.publisher')}>
              <Input maxLength={80} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col span={10}>
            <Form.Item name="category" label={t('book.field.category')}>
              <AutoComplete options={categories.map((c) => ({ value: c }))} maxLength={30} filterOption />
            </Form.Item>
          </Col>
          <Col span={7}>
            <Form.Item name="gradeFrom" label={t('book.field.gradeFrom')}>
              <Select allowClear options={gradeOptions} />
            </Form.Item>
          </Col>
          <Col span={7}>
            <Form.Item
              name="gradeTo"
              label={t('book.field.gradeTo')}
              dependencies={['gradeFrom']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: async (_, to?: number) => {
                    const from = getFieldValue('gradeFrom') as number | undefined;
                    if (from !== undefined && to !== undefined && to < from) throw new Error(t('errors:field.range'));
                  },
                }),
              ]}
            >
              <Select allowClear options={gradeOptions} />
            </Form.Item>
          </Col>
        </Row>
        {!book && (
          <>
            <Form.Item name="barcodes" label={t('book.field.barcodes')} extra={t('book.field.barcodesHelp')}>
              <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[',', ' ']} maxCount={50} />
            </Form.Item>
            <Form.Item name="copies" label={t('book.field.copies')} extra={t('book.field.copiesHelp')}>
              <InputNumber min={1} max={50} disabled={barcodes.length > 0} />
            </Form.Item>
          </>
        )}
      </Form>
    </FormDrawer>
  );
}
