// Teachers' list of child files: search by name, pinyin or initials; filter by class and situation.
// The database pages it (a district holds 10,000 children), in class order then pinyin.
import { ImportOutlined, MailOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Input, Space, Switch, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GRADES, SITUATIONS, type ChildSummary, type Situation } from '../../../../shared/domain';
import { useAuth } from '../auth/authStore';
import { ChildDetailDrawer } from './ChildDetailDrawer';
import { ClassLettersDialog } from '../care/ClassLettersDialog';
import { ChildFormDrawer } from './ChildFormDrawer';
import { ChildImportDialog } from './ChildImportDialog';
import { ClassLabel, GenderText } from '../../components/childLabels';
import { ConsentMissingTag, SituationTags } from './labels';
import { serverPager } from '../../components/paging';
import { useChildren } from './childrenStore';
import { ListTable } from '../../components/ListTable';
import { FilterSelect } from '../../components/FilterSelect';

const CLASS_NUMBERS = Array.from({ length: 12 }, (_, i) => i + 1);

export function ChildrenPage() {
  const { t } = useTranslation(['children', 'common', 'errors', 'care']);
  const isAdmin = useAuth((s) => s.session.role === 'admin');
  const { rows, total, page, pageSize, loading, filters, setFilters, setPage, reload, showChild } = useChildren();
  const [openId, setOpenId] = useState<number | null>(null);
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  const [lettersOpen, setLettersOpen] = useState(false);
  const filtered = Boolean(filters.query) || filters.grade !== undefined || filters.classNo !== undefined || filters.situation !== undefined || filters.archived;

  useEffect(() => {
    void reload();
  }, [reload]);

  return (
    <Card
      title={t('list.title.main')}
      extra={
        isAdmin && (
          <Space>
            <Button icon={<ImportOutlined />} onClick={() => setImporting(true)}>
              {t('list.action.import')}
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              {t('list.action.add')}
            </Button>
          </Space>
        )
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          aria-label={t('list.filter.search')}
          placeholder={t('list.filter.searchPlaceholder')}
          style={{ width: 280 }}
          value={filters.query ?? ''}
          onChange={(e) => setFilters({ query: e.target.value || undefined })}
        />
        <FilterSelect
          label={t('list.filter.grade')}
          width={130}
          value={filters.grade}
          onChange={(grade?: number) => setFilters({ grade })}
          options={GRADES.map((g) => ({ value: g, label: t('common:class.label.grade', { grade: g }) }))}
        />
        <FilterSelect
          label={t('list.filter.class')}
          width={120}
          value={filters.classNo}
          onChange={(classNo?: number) => setFilters({ classNo })}
          options={CLASS_NUMBERS.map((c) => ({ value: c, label: t('common:class.label.class', { classNo: c }) }))}
        />
        {filters.grade !== undefined && filters.classNo !== undefined && (
          <Button icon={<MailOutlined />} onClick={() => setLettersOpen(true)}>
            {t('care:letter.open')}
          </Button>
        )}
        <FilterSelect
          label={t('list.filter.situation')}
          width={160}
          value={filters.situation}
          onChange={(situation?: Situation) => setFilters({ situation })}
          options={SITUATIONS.map((s) => ({ value: s, label: t(`common:enums.situation.${s}`) }))}
        />
        <Space>
          <Switch checked={filters.archived} onChange={(archived) => setFilters({ archived })} aria-label={t('list.filter.archived')} />
          <Typography.Text>{t('list.filter.archived')}</Typography.Text>
        </Space>
      </Space>
      <ListTable<ChildSummary>
        size="middle"
        loading={loading}
        dataSource={rows}
        pagination={serverPager(page, pageSize, total, (count) => t('list.table.total', { count }), setPage)}
        locale={{
          // An empty list says what to do next: set up the room's children, or loosen the search.
          emptyText: filtered ? (
            <Empty description={t('list.empty.noMatch')}>
              <Button onClick={() => setFilters({ query: undefined, grade: undefined, classNo: undefined, situation: undefined, archived: false })}>{t('list.action.clearFilters')}</Button>
            </Empty>
          ) : (
            <Empty description={isAdmin ? t('list.empty.noneAdmin') : t('list.empty.noneTeacher')}>
              {isAdmin && (
                <Space>
                  <Button icon={<ImportOutlined />} onClick={() => setImporting(true)}>
                    {t('list.action.import')}
                  </Button>
                  <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
                    {t('list.action.add')}
                  </Button>
                </Space>
              )}
            </Empty>
          ),
        }}
        onRow={(child) => ({ onClick: () => setOpenId(child.id), style: { cursor: 'pointer' } })}
        columns={[
          {
            title: t('list.column.name'),
            dataIndex: 'name',
            render: (name: string, child) => (
              <Space>
                <Typography.Link>{name}</Typography.Link>
                {child.consentMissing && <ConsentMissingTag />}
              </Space>
            ),
          },
          { title: t('list.column.gender'), dataIndex: 'gender', width: 80, render: (g: ChildSummary['gender']) => <GenderText gender={g} /> },
          {
            title: t('list.column.class'),
            key: 'class',
            width: 140,
            render: (_, child) => <ClassLabel grade={child.grade} classNo={child.classNo} />,
          },
          { title: t('list.column.situation'), key: 'situation', render: (_, child) => <SituationTags child={child} /> },
          {
            title: t('list.column.boarding'),
            dataIndex: 'boarding',
            width: 90,
            render: (boarding: boolean) => (boarding ? <Tag>{t('list.tag.boarding')}</Tag> : null),
          },
          { title: t('list.column.surrogate'), dataIndex: 'surrogateName', render: (name: string | null) => name ?? '—' },
        ]}
      />
      <ChildDetailDrawer childId={openId} onClose={() => setOpenId(null)} />
      {lettersOpen && filters.grade !== undefined && filters.classNo !== undefined && <ClassLettersDialog grade={filters.grade} classNo={filters.classNo} onClose={() => setLettersOpen(false)} />}
      <ChildFormDrawer
        open={adding}
        child={null}
        onClose={(saved) => {
          setAdding(false);
          if (saved) showChild(saved.name);
        }}
      />
      <ChildImportDialog open={importing} onClose={() => setImporting(false)} />
    </Card>
  );
}
