// Pick several children by typing names, pinyin or initials (the child list's search), as for an aid
// given to a few children or a visit. The chosen children keep their labels while the search moves on.
import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api';
import { MoreMatches, SHOWN, useChildSearch } from './childSearch';

interface Props {
  value?: number[];
  onChange?(childIds: number[]): void;
  id?: string;
  /** Children already chosen when the form opens (an edit), so they show by name before any search. */
  known?: readonly { id: number; name: string }[];
}

const searchPresent = (query: string | undefined) => call('children.list', { query, archived: false, limit: SHOWN });

export function ChildrenPicker({ value, onChange, id, known }: Props) {
  const { t } = useTranslation(['children', 'common']);
  const { found, setQuery, waiting } = useChildSearch(searchPresent);
  const [labels, setLabels] = useState<Map<number, string>>(new Map());
  const label = (c: { name: string; grade: number | null; classNo: number | null }) => `${c.name} · ${t('common:class.label.gradeClass', { grade: c.grade, classNo: c.classNo })}`;
  const shown = found.rows.map((c) => ({ value: c.id, label: label(c) }));
  // The chosen children not among the matches still need their names.
  const chosen = (value ?? [])
    .filter((childId) => !found.rows.some((c) => c.id === childId))
    .map((childId) => ({ value: childId, label: labels.get(childId) ?? known?.find((c) => c.id === childId)?.name ?? String(childId) }));

  return (
    <Select
      id={id}
      mode="multiple"
      showSearch={{ filterOption: false, onSearch: setQuery }}
      {...waiting}
      value={value}
      placeholder={t('picker.input.placeholder')}
      onChange={(childIds: number[]) => {
        setLabels((old) => new Map([...old, ...shown.filter((o) => childIds.includes(o.value)).map((o) => [o.value, o.label] as const)]));
        setQuery('');
        onChange?.(childIds);
      }}
      options={[...chosen, ...shown]}
      popupRender={(menu) => <MoreMatches menu={menu} found={found} />}
    />
  );
}
