// 本月家书 for one child: the letter as text to copy into a phone message, the surrogate parent's line
// typed here (not stored: the letter is sent, then gone), and the same letter as a one-page PDF.
import { CopyOutlined, FilePdfOutlined } from '@ant-design/icons';
import { App, Button, Input, Modal, Space, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParentLetter } from '../../../../shared/domain';
import { call } from '../../api';
import { errorMessage } from '../../components/errors';
import { savePdf } from '../../components/files';
import { letterMonths, MonthChoice, useLetterLanguage } from './letterMonths';

interface Props {
  childId: number;
  open: boolean;
  onClose(): void;
}

// Kept mounted while closed so Ant Design can hand the focus back to 本月家书 in the child's drawer
// (Escape then closes the drawer too); the body is destroyed so each opening starts afresh.
export function ParentLetterDialog({ childId, open, onClose }: Props) {
  const { t } = useTranslation('care');
  return (
    <Modal open={open} title={t('letter.title')} onCancel={onClose} footer={null} width={640} destroyOnHidden>
      <LetterBody childId={childId} />
    </Modal>
  );
}

function LetterBody({ childId }: { childId: number }) {
  const { t } = useTranslation('care');
  const { message } = App.useApp();
  const language = useLetterLanguage();
  const [month, setMonth] = useState(() => letterMonths()[0] ?? '');
  const [line, setLine] = useState('');
  const [letter, setLetter] = useState<ParentLetter | null>(null);
  const [saving, setSaving] = useState(false);

  // The line is part of the text the main process writes: ask again a moment after typing stops.
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      call('care.letter', { childId, month, line, language }).then(
        (value) => current && setLetter(value),
        (e: unknown) => current && message.error(errorMessage(e)),
      );
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [childId, month, line, language, message]);

  const copy = async () => {
    if (!letter) return;
    await navigator.clipboard.writeText(letter.text);
    message.success(t('letter.copied'));
  };
  const save = async () => {
    setSaving(true);
    try {
      savePdf(await call('care.letterPdf', { childId, month, line, language }));
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <MonthChoice value={month} onChange={setMonth} />
      <Input.TextArea
        aria-label={t('letter.line')}
        placeholder={t('letter.linePlaceholder')}
        maxLength={200}
        showCount
        autoSize={{ minRows: 2 }}
        value={line}
        onChange={(e) => setLine(e.target.value)}
      />
      {letter ? (
        <Typography.Paragraph aria-label={t('letter.text')} style={{ whiteSpace: 'pre-wrap', background: '#fafafa', padding: 12, margin: 0 }}>
          {letter.text}
        </Typography.Paragraph>
      ) : (
        <Spin />
      )}
      <Space>
        <Button icon={<CopyOutlined />} disabled={!letter} onClick={() => void copy()}>
          {t('letter.copy')}
        </Button>
        <Button icon={<FilePdfOutlined />} loading={saving} onClick={() => void save()}>
          {t('letter.savePdf')}
        </Button>
      </Space>
      <Typography.Text type="secondary">{t('letter.privacy')}</Typography.Text>
    </Space>
  );
}
