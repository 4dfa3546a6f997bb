// Pick any child, those who left (archived) too: a data request or a log search often concerns a leaver.
// It shows the first matches only; when more match, a hint asks to keep typing.
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ChildSummary, Page } from '../../../../shared/domain';
import { call } from '../../api';
import { MoreMatches, SHOWN, useChildSearch } from '../../components/childSearch';

interface Props {
  value?: number;
  onChange?(childId: number | undefined): void;
  id?: string;
  ariaLabel?: string;
  style?: React.CSSProperties;
}

/** Children on the roll first, then those who left, the first SHOWN of them all. */
async function searchAll(query: string | undefined): Promise<Page<ChildSummary>> {
  const search = (archived: boolean) => call('children.list', { query, archived, limit: SHOWN });
  const [present, left] = await Promise.all([search(false), search(true)]);
  return { rows: [...present.rows, ...left.rows].slice(0, SHOWN), total: present.total + left.total };
}

export function AnyChildPicker({ value, onChange, id, ariaLabel, style }: Props) {
  const { t } = useTranslation(['privacy', 'common']);
  const { found, setQuery, waiting } = useChildSearch(searchAll);

  return (
    <Select
      id={id}
      aria-label={ariaLabel}
      style={style}
      showSearch={{ filterOption: false, onSearch: setQuery }}
      {...waiting}
      allowClear
      value={value}
      placeholder={t('picker.placeholder')}
      onChange={(childId?: number) => onChange?.(childId)}
      options={found.rows.map((c) => ({
        value: c.id,
        label: [c.name, t('common:class.label.gradeClass', { grade: c.grade, classNo: c.classNo }), c.archived ? t('picker.left') : null].filter(Boolean).join(' · '),
      }))}
      popupRender={(menu) => <MoreMatches menu={menu} found={found} />}
    />
  );
}
