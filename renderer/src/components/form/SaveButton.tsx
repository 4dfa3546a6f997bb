// The save button under a settings form that stays on the page (not in a drawer or a dialog).
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';

export function SaveButton({ busy }: { busy: boolean }) {
  const { t } = useTranslation('common');
  return (
    <Button type="primary" htmlType="submit" loading={busy}>
      {t('action.save')}
    </Button>
  );
}
