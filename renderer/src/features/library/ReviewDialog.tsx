// 代写读后感: a child tells her review (or hands it in on paper) and the teacher types it in.
// The books she has borrowed come first in the list.
import { App, Form, Input, Modal, Select, type SelectProps } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Book } from '../../../../shared/domain';
import { errorMessage, showFieldErrors, toApiError } from '../../components/errors';
import { ChildPicker } from '../children/ChildPicker';
import { useReviews } from './reviewsStore';
import { useLibrary } from './store';

interface Values {
  childId: number;
  bookId: number;
  text: string;
}

export function ReviewDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation(['library', 'common', 'errors']);
  const { message } = App.useApp();
  const create = useReviews((s) => s.create);
  const allBooks = useLibrary((s) => s.allBooks);
  const history = useLibrary((s) => s.history);
  const [form] = Form.useForm<Values>();
  const childId = Form.useWatch('childId', form);
  const [books, setBooks] = useState<Book[]>([]);
  const [borrowed, setBorrowed] = useState<Set<number>>(new Set());
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (open) allBooks().then(setBooks, (e) => message.error(errorMessage(e)));
  }, [open, allBooks, message]);

  useEffect(() => {
    if (childId === undefined) setBorrowed(new Set());
    else history({ childId }).then((loans) => setBorrowed(new Set(loans.map((l) => l.bookId))), () => setBorrowed(new Set()));
  }, [childId, history]);

  const submit = async (values: Values) => {
    setBusy(true);
    try {
      const review = await create(values);
      message.success(t('reviews.message.written', { name: review.childName, title: review.title }));
      form.resetFields();
      onClose();
    } catch (e) {
      showFieldErrors(form, toApiError(e).details?.issues);
      message.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const option = (b: Book) => ({ value: b.id, label: `《${b.title}》${b.author ? ` ${b.author}` : ''}` });
  const hers = books.filter((b) => borrowed.has(b.id));
  const others = books.filter((b) => !borrowed.has(b.id));
  const bookOptions: SelectProps['options'] =
    hers.length > 0
      ? [
          { label: t('reviews.dialog.borrowed'), options: hers.map(option) },
          { label: t('reviews.dialog.others'), options: others.map(option) },
        ]
      : others.map(option);

  return (
    <Modal
      open={open}
      width={640}
      title={t('reviews.dialog.title')}
      okText={t('common:action.save')}
      cancelText={t('common:action.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
        <Form.Item name="childId" label={t('reviews.dialog.child')} rules={[{ required: true, message: t('errors:field.required') }]}>
          <ChildPicker />
        </Form.Item>
        <Form.Item name="bookId" label={t('reviews.dialog.book')} rules={[{ required: true, message: t('errors:field.required') }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={bookOptions}
          />
        </Form.Item>
        <Form.Item name="text" label={t('reviews.dialog.text')} rules={[{ required: true, whitespace: true, message: t('errors:field.required') }]}>
          <Input.TextArea rows={8} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
