// A scanned ISBN names a book, not a copy: the teacher says which copy is in her hand (its label is
// on the book), so a return closes that copy's loan and a loan records the copy that leaves.
import { Button, Card, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Book, BookCopy } from '../../../../shared/domain';
import { day } from './format';

interface Props {
  book: Book;
  onReturn(copy: BookCopy): void;
  onLend(copy: BookCopy): void;
  onCancel(): void;
}

export function IsbnChoice({ book, onReturn, onLend, onCancel }: Props) {
  const { t } = useTranslation(['library', 'common']);
  // Copies out first: a scanned ISBN at the desk is most often a book coming back.
  const copies = [...book.copies.filter((c) => c.status === 'on_loan'), ...book.copies.filter((c) => c.status === 'on_shelf')];

  return (
    <Card
      size="small"
      style={{ marginTop: 16, maxWidth: 720, borderColor: '#91caff' }}
      title={t('desk.choice.title', { title: book.title })}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
      extra={<Button onClick={onCancel}>{t('common:action.cancel')}</Button>}
    >
      <Typography.Paragraph type="secondary">{t('desk.choice.hint')}</Typography.Paragraph>
      <List
        size="small"
        dataSource={copies}
        renderItem={(copy, i) => (
          <List.Item
            actions={[
              copy.loan ? (
                <Button key="return" type="primary" autoFocus={i === 0} onClick={() => onReturn(copy)}>
                  {t('desk.choice.return', { barcode: copy.barcode })}
                </Button>
              ) : (
                <Button key="lend" autoFocus={i === 0} onClick={() => onLend(copy)}>
                  {t('desk.choice.lend', { barcode: copy.barcode })}
                </Button>
              ),
            ]}
          >
            <Space>
              <Typography.Text strong>{copy.barcode}</Typography.Text>
              {copy.loan ? <Tag color="blue">{t('desk.choice.onLoan', { name: copy.loan.childName, due: day(copy.loan.dueOn) })}</Tag> : <Tag color="green">{t('desk.choice.onShelf')}</Tag>}
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
