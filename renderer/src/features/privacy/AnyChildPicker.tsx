// Pick any child, those who left (archived) too: a data request or a log search often concerns a leaver.
// It shows the first matches only; when more match, a hint asks to keep typing.
import { Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChildSummary, Page } from '../../../../shared/domain';
import { call } from '../../api';

interface Props {
  value?: number;
  onChange?(childId: number | undefined): void;
  id?: string;
  ariaLabel?: string;
  style?: React.CSSProperties;
}

const SHOWN = 20;
const NONE: Page<ChildSummary> = { rows: [], total: 0 };

export function AnyChildPicker({ value, onChange, id, ariaLabel, style }: Props) {
  const { t } = useTranslation(['privacy', 'common']);
  const [query, setQuery] = useState('');
  const [found, setFound] = useState(NONE);

  useEffect(() => {
    let current = true;
    const timer = window.setTimeout(() => {
      const search = (archived: boolean) => call('children.list', { query: query || undefined, archived, limit: SHOWN });
      Promise.all([search(false), search(true)]).then(
        ([present, left]) => current && setFound({ rows: [...present.rows, ...left.rows].slice(0, SHOWN), total: present.total + left.total }),
        () => current && setFound(NONE),
      );
    }, 150);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [query]);

  return (
    <Select
      id={id}
      aria-label={ariaLabel}
      style={style}
      showSearch={{ filterOption: false, onSearch: setQuery }}
      allowClear
      value={value}
      placeholder={t('picker.placeholder')}
      onChange={(childId?: number) => onChange?.(childId)}
      options={found.rows.map((c) => ({
        value: c.id,
        label: [c.name, t('common:class.label.gradeClass', { grade: c.grade, classNo: c.classNo }), c.archived ? t('picker.left') : null]
          .filter(Boolean)
          .join(' · '),
      }))}
      popupRender={(menu) => (
        <>
          {menu}
          {found.total > found.rows.length && (
            <Typography.Text type="secondary" style={{ display: 'block', padding: '4px 12px' }}>
              {t('picker.more', { count: found.total })}
            </Typography.Text>
          )}
        </>
      )}
    />
  );
}
