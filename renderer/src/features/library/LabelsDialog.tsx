// 打印标签 (issue 17): the chosen copies' labels on 3×8 A4 label paper. The teacher clicks the first
// free position on her sheet (a sheet half used last time is used up first) and saves the PDF to print.
import { Button, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { savePdf } from '../../components/files';
import { useBusy } from '../../components/useBusy';

const COLUMNS = 3;
const PER_SHEET = 24;

export function LabelsDialog({ copyIds, onClose }: { copyIds: number[]; onClose(): void }) {
  const { t } = useTranslation(['library', 'common']);
  const [startAt, setStartAt] = useState(1);
  const { busy, run } = useBusy();
  const sheets = Math.ceil((startAt - 1 + copyIds.length) / PER_SHEET);

  const print = () =>
    run(async () => {
      savePdf(await call('books.labelsPdf', { copyIds, startAt }));
      onClose();
    });

  return (
    <Modal open title={t('labels.title')} okText={t('labels.action.save')} cancelText={t('common:action.cancel')} onOk={() => void print()} confirmLoading={busy} onCancel={onClose}>
      <Typography.Paragraph>{t('labels.hint')}</Typography.Paragraph>
      <div role="radiogroup" aria-label={t('labels.field.startAt')} style={{ display: 'grid', gridTemplateColumns: `repeat(${COLUMNS}, 1fr)`, gap: 4, width: 240, margin: '0 auto 12px' }}>
        {Array.from({ length: PER_SHEET }, (_, i) => i + 1).map((n) => (
          <Button
            key={n}
            size="small"
            role="radio"
            aria-checked={n === startAt}
            aria-label={t('labels.field.position', { n })}
            type={n === startAt ? 'primary' : 'default'}
            // Positions before the first free one are already used: shown struck through, still clickable.
            style={n < startAt ? { textDecoration: 'line-through', color: '#adb5bd', background: '#f1f3f5' } : undefined}
            onClick={() => setStartAt(n)}
          >
            {n}
          </Button>
        ))}
      </div>
      <Typography.Text>{t('labels.summary', { count: copyIds.length, startAt, sheets })}</Typography.Text>
    </Modal>
  );
}
