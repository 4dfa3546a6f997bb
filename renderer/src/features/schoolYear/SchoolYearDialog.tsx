// The new school year as one guided step: the preview, the admin's choices (who stays back, who takes
// over a child whose surrogate parent left), then one run. Undo stays on the home card for the day.
import { Alert, App, Button, Modal, Space, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SchoolYearPreview } from '../../../../shared/domain';
import { errorMessage } from '../../components/errors';
import { useBusy } from '../../components/useBusy';
import { NO_SURROGATE, PreviewTables } from './PreviewTables';
import { useSchoolYear } from './schoolYearStore';

export function SchoolYearDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation('schoolYear');
  const { message } = App.useApp();
  const load = useSchoolYear((s) => s.preview);
  const runStep = useSchoolYear((s) => s.run);
  const [preview, setPreview] = useState<SchoolYearPreview | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [keepBack, setKeepBack] = useState<ReadonlySet<number>>(new Set());
  const [reassign, setReassign] = useState<Record<number, number>>({});
  const { busy, run } = useBusy();

  useEffect(() => {
    load().then(setPreview, (e: unknown) => setFailed(errorMessage(e)));
  }, [load]);

  const onKeepBack = (childId: number, kept: boolean) =>
    setKeepBack((before) => {
      const next = new Set(before);
      if (kept) next.add(childId);
      else next.delete(childId);
      return next;
    });
  const onReassign = (childId: number, staffId: number | undefined) =>
    setReassign((before) => {
      const next = { ...before };
      if (staffId === undefined) delete next[childId];
      else next[childId] = staffId;
      return next;
    });

  const submit = () =>
    run(async () => {
      await runStep({
        keepBack: [...keepBack],
        reassign: Object.entries(reassign).map(([childId, staffId]) => ({ childId: Number(childId), staffId: staffId === NO_SURROGATE ? null : staffId })),
      });
      message.success(t('dialog.done'));
      onClose();
    });

  const promoted = preview ? preview.moves.filter((c) => !keepBack.has(c.childId)).length : 0;
  const graduated = preview ? preview.graduates.filter((c) => !keepBack.has(c.childId)).length : 0;

  return (
    <Modal
      open
      width={960}
      styles={{ body: { maxHeight: '65vh', overflowY: 'auto' } }}
      title={preview ? t('dialog.title', { year: t('year', { from: preview.schoolYear, to: preview.schoolYear + 1 }) }) : t('card.dueTitle')}
      onCancel={onClose}
      footer={
        <Space>
          <Button onClick={onClose}>{t('dialog.cancel')}</Button>
          <Button type="primary" disabled={!preview} loading={busy} onClick={() => void submit()}>
            {t('dialog.run')}
          </Button>
        </Space>
      }
    >
      {failed && <Alert type="error" showIcon title={failed} />}
      {!preview && !failed && <Spin />}
      {preview && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Alert type="info" showIcon title={t('dialog.intro')} />
          <PreviewTables preview={preview} keepBack={keepBack} onKeepBack={onKeepBack} reassign={reassign} onReassign={onReassign} />
          <Typography.Text strong>{t('dialog.summary', { promoted, keptBack: keepBack.size, graduated, reassigned: Object.keys(reassign).length, groups: preview.groups.length })}</Typography.Text>
        </Space>
      )}
    </Modal>
  );
}
