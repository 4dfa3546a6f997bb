// A folder typed as a path ("E:\") or picked with the system's folder chooser: the chooser fills the
// same field, and typing stays possible when the chooser is not what the person wants.
import { FolderOpenOutlined } from '@ant-design/icons';
import { App, Button, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../components/errors';
import { call } from '../../api';

interface Props {
  value?: string;
  onChange?: (value: string) => void;
  placeholder?: string;
  id?: string;
}

export function FolderInput({ value, onChange, placeholder, id }: Props) {
  const { t } = useTranslation('exports');
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const choose = async () => {
    setBusy(true);
    try {
      const { folder } = await call('exports.chooseFolder', { startIn: value?.trim() ?? '' });
      if (folder !== null) onChange?.(folder);
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Input id={id} maxLength={500} placeholder={placeholder} value={value} onChange={(e) => onChange?.(e.target.value)} />
      <Button icon={<FolderOpenOutlined />} loading={busy} onClick={() => void choose()}>
        {t('folder.choose')}
      </Button>
    </Space.Compact>
  );
}
