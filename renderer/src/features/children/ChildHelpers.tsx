// 帮扶人 in her file: the volunteers and caring mothers who help her now, with their phones, beside her
// surrogate parent: whom to ring when the family cannot be reached (issue 20, a helper among her contacts).
import { Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Helper } from '../../../../shared/domain';
import { call } from '../../api';

export function ChildHelpers({ childId }: { childId: number }) {
  const { t } = useTranslation(['children', 'helpers']);
  const [helpers, setHelpers] = useState<Helper[] | null>(null);

  useEffect(() => {
    call('helpers.list', {})
      .then((all) => setHelpers(all.filter((h) => h.children.some((c) => c.childId === childId))))
      .catch(() => setHelpers([]));
  }, [childId]);

  if (helpers === null) return null;
  if (helpers.length === 0) return <>—</>;
  return (
    <Space orientation="vertical" size={0}>
      {helpers.map((h) => (
        <Typography.Text key={h.id}>{t('detail.helper', { name: h.name, kind: t(`helpers:shared.kind.${h.kind}`), phone: h.phone ?? '—' })}</Typography.Text>
      ))}
    </Space>
  );
}
