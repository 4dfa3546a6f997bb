// Pick any child, those who left (archived) too: a data request or a log search often concerns a leaver.
import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChildSummary } from '../../../../shared/domain';
import { call } from '../../api';

interface Props {
  value?: number;
  onChange?(childId: number | undefined): void;
  id?: string;
  ariaLabel?: string;
  style?: React.CSSProperties;
}

const SHOWN = 30;

export function AnyChildPicker({ value, onChange, id, ariaLabel, style }: Props) {
  const { t } = useTranslation(['privacy', 'common']);
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<ChildSummary[]>([]);

  useEffect(() => {
    let current = true;
    const timer = window.setTimeout(() => {
      const search = (archived: boolean) => call('children.list', { query: query || undefined, archived });
      Promise.all([search(false), search(true)]).then(
        ([present, left]) => current && setOptions([...present, ...left].slice(0, SHOWN)),
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
      aria-label={ariaLabel}
      style={style}
      showSearch={{ filterOption: false, onSearch: setQuery }}
      allowClear
      value={value}
      placeholder={t('picker.placeholder')}
      onChange={(childId?: number) => onChange?.(childId)}
      options={options.map((c) => ({
        value: c.id,
        label: [c.name, t('common:class.label.gradeClass', { grade: c.grade, classNo: c.classNo }), c.archived ? t('picker.left') : null]
          .filter(Boolean)
          .join(' · '),
      }))}
    />
  );
}
