// Pick a child by typing a name, pinyin or initials: the same search as the child list. It shows the
// first matches only; when more match, a hint asks to keep typing.
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ChildSummary } from '../../../shared/domain';
import { call } from '../api';
import { MoreMatches, SHOWN, useChildSearch } from './childSearch';

interface Props {
  value?: number;
  onChange?(childId: number | undefined, child: ChildSummary | undefined): void;
  id?: string;
  style?: React.CSSProperties;
}

const searchPresent = (query: string | undefined) => call('children.list', { query, archived: false, limit: SHOWN });

export function ChildPicker({ value, onChange, id, style }: Props) {
  const { t } = useTranslation(['children', 'common']);
  const { found, setQuery, waiting } = useChildSearch(searchPresent);

  return (
    <Select
      id={id}
      style={style}
      showSearch={{ filterOption: false, onSearch: setQuery }}
      {...waiting}
      allowClear
      value={value}
      placeholder={t('picker.input.placeholder')}
      onChange={(childId?: number) =>
        onChange?.(
          childId,
          found.rows.find((c) => c.id === childId),
        )
      }
      options={found.rows.map((c) => ({
        value: c.id,
        label: `${c.name} · ${t('common:class.label.gradeClass', { grade: c.grade, classNo: c.classNo })}`,
      }))}
      popupRender={(menu) => <MoreMatches menu={menu} found={found} />}
    />
  );
}
