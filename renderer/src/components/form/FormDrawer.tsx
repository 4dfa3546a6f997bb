// The drawer every add/edit form sits in: cancel and save at the top, the refusal's words (if the
// form shows them as an alert) above the fields.
import { Alert, Button, Drawer, Space, type DrawerProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  open: boolean;
  title: ReactNode;
  size: DrawerProps['size'];
  busy: boolean;
  problem?: string | null;
  onClose(): void;
  onSave(): void;
  children: ReactNode;
}

export function FormDrawer({ open, title, size, busy, problem, onClose, onSave, children }: Props) {
  const { t } = useTranslation('common');
  return (
    <Drawer
      open={open}
      size={size}
      title={title}
      onClose={() => onClose()}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={() => onClose()}>{t('action.cancel')}</Button>
          <Button type="primary" loading={busy} onClick={onSave}>
            {t('action.save')}
          </Button>
        </Space>
      }
    >
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />}
      {children}
    </Drawer>
  );
}
