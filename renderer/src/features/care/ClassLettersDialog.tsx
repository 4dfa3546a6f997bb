// This month's letters for a class: one PDF to print (a page each), or, for the admin, one PDF per
// child written into a folder. One line from the surrogate parents goes into every letter.
import { FilePdfOutlined, FolderOpenOutlined } from '@ant-design/icons';
import { App, Button, Input, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { errorMessage } from '../../components/errors';
import { useAuth } from '../auth/authStore';
import { savePdf } from '../../components/files';
import { letterMonths, MonthChoice, useLetterLanguage } from './letterMonths';

interface Props {
  grade: number;
  classNo: number;
  onClose(): void;
}

export function ClassLettersDialog({ grade, classNo, onClose }: Props) {
  const { t } = useTranslation('care');
  const { message } = App.useApp();
  const isAdmin = useAuth((s) => s.session.role === 'admin');
  const language = useLetterLanguage();
  const [month, setMonth] = useState(() => letterMonths()[0] ?? '');
  const [line, setLine] = useState('');
  const [busy, setBusy] = useState<'print' | 'folder' | null>(null);
  const input = { grade, classNo, month, line, language };

  const run = async (kind: 'print' | 'folder') => {
    setBusy(kind);
    try {
      if (kind === 'print') {
        const pdf = await call('care.classLettersPdf', input);
        savePdf(pdf);
        message.success(t('letter.classPrinted', { count: pdf.children }));
        return;
      }
      const { folder } = await call('exports.chooseFolder', { startIn: '' });
      if (folder === null) return;
      const written = await call('care.classLettersToFolder', { ...input, folder });
      message.success(t('letter.classWritten', { count: written.files.length, folder: written.folder }));
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Modal open title={t('letter.classTitle', { grade, classNo })} onCancel={onClose} footer={null}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <MonthChoice value={month} onChange={setMonth} />
        <Input.TextArea
          aria-label={t('letter.classLine')}
          placeholder={t('letter.classLinePlaceholder')}
          maxLength={200}
          showCount
          autoSize={{ minRows: 2 }}
          value={line}
          onChange={(e) => setLine(e.target.value)}
        />
        <Space>
          <Button icon={<FilePdfOutlined />} loading={busy === 'print'} disabled={busy !== null} onClick={() => void run('print')}>
            {t('letter.classPrint')}
          </Button>
          {isAdmin && (
            <Button icon={<FolderOpenOutlined />} loading={busy === 'folder'} disabled={busy !== null} onClick={() => void run('folder')}>
              {t('letter.classFolder')}
            </Button>
          )}
        </Space>
        <Typography.Text type="secondary">{t('letter.privacy')}</Typography.Text>
      </Space>
    </Modal>
  );
}
