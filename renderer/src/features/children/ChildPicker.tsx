// Pick a child by typing a name, pinyin or initials: the same search as the child list.
import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChildSummary } from '../../../../shared/domain';
import { call } from '../../api';

interface Props {
  value?: number;
  onChange?(childId: number | undefined, child: ChildSummary | undefined): void;
  id?: string;
  style?: React.CSSProperties;
}

export function ChildPicker({ value, onChange, id, style }: Props) {
  const { t } = useTranslation(['children', 'common']);
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<ChildSummary[]>([]);

  useEffect(() => {
    let current = true;
    const timer = window.setTimeout(() => {
      call('children.list', { query: query || undefined, archived: false }).then(
        (rows) => current && setOptions(rows.slice(0, 30)),
        () => current && setOptions([]),
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
      onChange={(childId?: number) => onChange?.(childId, options.find((c) => c.id === childId))}
      options={options.map((c) => ({
        value: c.id,
        label: `${c.name} · ${t('common:class.label.gradeClass', { grade: c.grade, classNo: c.classNo })}`,
      }))}
    />
  );
}
