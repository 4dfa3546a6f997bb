// 汇总周报 (the school office): pick a folder holding bundles from several rooms, schools and weeks;
// each is checked against its manifest and its own CSVs, and the figures are shown side by side.
// Nothing is written.
import { FolderOpenOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space, Typography } from 'antd';
import { useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { OfficePanel } from '../../office/OfficePanel';
import { BundleChart } from './BundleChart';
import { BundlesTable } from './BundlesTable';
import { readPicked } from './readPicked';
import { bundleCounts, bundleOk, checkBundles, type BundleCheck } from '../../../../../shared/bundleCheck';

interface Outcome {
  checks: BundleCheck[];
  skipped: number;
}

/** webkitdirectory is not in React's input attributes: set it on the element itself. */
const asFolderPicker = (input: HTMLInputElement | null) => {
  input?.setAttribute('webkitdirectory', '');
  input?.setAttribute('directory', '');
};

export function BundlesTab() {
  const { t } = useTranslation(['exports']);
  const inputRef = useRef<HTMLInputElement | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [reading, setReading] = useState(false);
  const [failure, setFailure] = useState(false);

  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.target.files ?? []);
    // Let the same folder be picked again after its files changed.
    event.target.value = '';
    if (files.length === 0) return;
    setReading(true);
    setFailure(false);
    try {
      const { picked, skipped } = await readPicked(files);
      setOutcome({ checks: await checkBundles(picked), skipped });
    } catch {
      setOutcome(null);
      setFailure(true);
    } finally {
      setReading(false);
    }
  };

  const checks = outcome?.checks ?? [];
  const passed = checks.filter(bundleOk).length;

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card title={t('bundles.card.title')}>
        <Typography.Paragraph type="secondary" style={{ maxWidth: 720 }}>
          {t('bundles.card.intro')}
        </Typography.Paragraph>
        <input
          ref={(el) => {
            inputRef.current = el;
            asFolderPicker(el);
          }}
          type="file"
          multiple
          hidden
          aria-label={t('bundles.field.folder')}
          onChange={(e) => void pick(e)}
        />
        <Button type="primary" icon={<FolderOpenOutlined />} loading={reading} onClick={() => inputRef.current?.click()}>
          {t('bundles.action.pick')}
        </Button>
        {failure && <Alert type="error" showIcon style={{ marginTop: 16 }} title={t('bundles.error.unreadable')} />}
        {outcome && checks.length === 0 && <Alert type="warning" showIcon style={{ marginTop: 16 }} title={t('bundles.result.none')} />}
        {checks.length > 0 && (
          <Alert
            type={passed === checks.length ? 'success' : 'warning'}
            showIcon
            style={{ marginTop: 16 }}
            title={t('bundles.result.summary', { count: checks.length, passed, failed: checks.length - passed })}
            description={outcome && outcome.skipped > 0 ? t('bundles.result.skipped', { count: outcome.skipped }) : undefined}
          />
        )}
      </Card>
      {checks.length > 0 && <BundlesTable checks={checks} />}
      {checks.some(bundleCounts) && <BundleChart checks={checks.filter(bundleCounts)} />}
      <OfficePanel />
    </Space>
  );
}
