// 成长档案: one child's file on a sheet of its own, above everything else, for the class teacher or a
// parent's visit: who she is, the totals, and the timeline of care records, visits, calls, books and
// activities. "Print" prints the sheet alone (care.css); Electron's print dialog can save it as a PDF.
import { CloseOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Empty, Space, Spin, Statistic, Timeline } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { GrowthFile } from '../../../../shared/domain';
import { useAuth } from '../auth/authStore';
import { ClassLabel, GenderText, SituationText, useRelationWords } from '../../components/childLabels';
import { useSettings } from '../settings/settingsStore';
import { TimelineItemContent, TIMELINE_COLORS, whenOf } from './TimelineItem';
import { useGrowthFile } from './useChildRecords';
import './care.css';

export function GrowthFileView({ childId, onClose }: { childId: number; onClose(): void }) {
  const { t } = useTranslation(['care', 'common', 'errors']);
  const { value: file, loading, error } = useGrowthFile(childId);
  const printRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  useEffect(() => {
    if (file) printRef.current?.focus();
  }, [file]);

  return createPortal(
    <div className="care-growth" role="dialog" aria-modal="true" aria-label={t('growth.title.main', { name: file?.childName ?? '' })}>
      <div className="care-growth__toolbar">
        <Space>
          <Button ref={printRef} type="primary" icon={<PrinterOutlined />} disabled={!file} onClick={() => window.print()}>
            {t('growth.action.print')}
          </Button>
          <Button icon={<CloseOutlined />} onClick={onClose}>
            {t('growth.action.close')}
          </Button>
        </Space>
      </div>
      <article className="care-growth__sheet">
        {loading && !file && <Spin />}
        {error && <Alert type="error" showIcon title={error} />}
        {file && <Sheet file={file} />}
      </article>
    </div>,
    document.body,
  );
}

function Sheet({ file }: { file: GrowthFile }) {
  const relationWords = useRelationWords();
  const { t } = useTranslation(['care', 'common', 'errors']);
  const settings = useSettings((s) => s.settings);
  const printedBy = useAuth((s) => s.session.staffName);
  const totals = ['records', 'visits', 'calls', 'booksRead', 'activities'] as const;

  return (
    <>
      <header className="care-growth__header">
        <div className="care-growth__school">
          {settings?.schoolName} · {settings?.roomName}
        </div>
        <h1>{t('growth.title.main', { name: file.childName })}</h1>
      </header>
      <Descriptions bordered size="small" column={3}>
        <Descriptions.Item label={t('growth.field.name')}>{file.childName}</Descriptions.Item>
        <Descriptions.Item label={t('growth.field.gender')}>
          <GenderText gender={file.gender} />
        </Descriptions.Item>
        <Descriptions.Item label={t('growth.field.birthDate')}>{file.birthDate}</Descriptions.Item>
        <Descriptions.Item label={t('growth.field.class')}>
          <ClassLabel grade={file.grade} classNo={file.classNo} />
        </Descriptions.Item>
        <Descriptions.Item label={t('growth.field.situation')}>
          <SituationText situation={file.situation} />
        </Descriptions.Item>
        <Descriptions.Item label={t('growth.field.guardian')}>{t('growth.value.guardian', { name: file.guardianName ?? '—', relation: relationWords(file.guardianRelation) })}</Descriptions.Item>
        <Descriptions.Item label={t('growth.field.surrogate')} span={3}>
          {file.surrogateName ?? t('growth.value.noSurrogate')}
        </Descriptions.Item>
      </Descriptions>
      <div className="care-growth__totals">
        {totals.map((key) => (
          <Statistic key={key} title={t(`growth.total.${key}`)} value={file.totals[key]} />
        ))}
      </div>
      <h2>{t('growth.section.timeline')}</h2>
      {file.entries.length === 0 ? (
        <Empty description={t('growth.empty.timeline')} />
      ) : (
        <Timeline
          items={file.entries.map((entry, i) => ({
            key: `${entry.kind}-${entry.at}-${i}`,
            color: TIMELINE_COLORS[entry.kind],
            title: whenOf(entry.at),
            content: <TimelineItemContent entry={entry} />,
          }))}
        />
      )}
      <footer className="care-growth__footer">{t('growth.footer.printed', { date: dayjs().format('YYYY-MM-DD'), name: printedBy ?? '' })}</footer>
    </>
  );
}
