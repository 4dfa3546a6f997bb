// Pick a child by typing a name, pinyin or initials: the same search as the child list. It shows the
// first matches only; when more match, a hint asks to keep typing.
import { Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChildSummary, Page } from '../../../../shared/domain';
import { call } from '../../api';

interface Props {
  value?: number;
  onChange?(childId: number | undefined, child: ChildSummary | undefined): void;
  id?: string;
  style?: React.CSSProperties;
}

const SHOWN = 20;
const NONE: Page<ChildSummary> = { rows: [], total: 0 };

export function ChildPicker({ value, onChange, id, style }: Props) {
  const { t } = useTranslation(['children', 'common']);
  const [query, setQuery] = useState('');
  const [found, setFound] = useState(NONE);

  useEffect(() => {
    let current = true;
    const timer = window.setTimeout(() => {
      call('children.list', { query: query || undefined, archived: false, limit: SHOWN }).then(
        (page) => current && setFound(page),
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
      style={style}
      showSearch={{ filterOption: false, onSearch: setQuery }}
      allowClear
      value={value}
      placeholder={t('picker.input.placeholder')}
      onChange={(childId?: number) => onChange?.(childId, found.rows.find((c) => c.id === childId))}
      options={found.rows.map((c) => ({
        value: c.id,
        label: `${c.name} · ${t('common:class.label.gradeClass', { grade: c.grade, classNo: c.classNo })}`,
      }))}
      popupRender={(menu) => (
        <>
          {menu}
          {found.total > found.rows.length && (
            <Typography.Text type="secondary" style={{ display: 'block', padding: '4px 12px' }}>
              {t('picker.hint.more', { count: found.total })}
            </Typography.Text>
          )}
        </>
      )}
    />
  );
}
