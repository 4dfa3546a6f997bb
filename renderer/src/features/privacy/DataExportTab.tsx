// A child's own data on request: pick her and a folder (a USB drive); the admin decides what to hand over.
import { Alert, Button, Form, Input, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChildDataExport } from '../../../../shared/domain';
import { useBusy } from '../../components/useBusy';
import { useSettings } from '../settings/settingsStore';
import { AnyChildPicker } from './AnyChildPicker';
import { usePrivacy } from './privacyStore';

interface Values {
  childId: number;
  folder: string;
}

/** The sections a result lists, in the order of the workbook's sheets. */
const SECTIONS = ['parents', 'visits', 'calls', 'bookings', 'loans', 'reviews', 'signups', 'attendance', 'lectures', 'care', 'followUps', 'access'] as const;

export function DataExportTab() {
  const { t } = useTranslation(['privacy', 'common', 'errors']);
  const exportChild = usePrivacy((s) => s.exportChild);
  const exportFolder = useSettings((s) => s.settings?.exportFolder ?? '');
  const [form] = Form.useForm<Values>();
  const { busy, run } = useBusy();
  const [result, setResult] = useState<ChildDataExport | null>(null);

  const submit = async ({ childId, folder }: Values) => {
    setResult(null);
    await run(async () => {
      setResult(await exportChild(childId, folder.trim()));
    });
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%', maxWidth: 720 }}>
      <Alert type="info" showIcon title={t('export.intro.text')} />
      <Form form={form} layout="vertical" initialValues={{ folder: exportFolder }} onFinish={(v) => void submit(v)}>
        <Form.Item name="childId" label={t('export.field.child')} rules={[{ required: true, message: t('errors:field.required') }]}>
          <AnyChildPicker />
        </Form.Item>
        <Form.Item name="folder" label={t('export.field.folder')} rules={[{ required: true, whitespace: true, message: t('errors:field.required') }]}>
          <Input placeholder={t('export.field.folderPlaceholder')} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('export.action.export')}
        </Button>
      </Form>
      {result && (
        <Alert
          type="success"
          showIcon
          title={t('export.result.title', { path: result.path })}
          description={
            <>
              <div>{t('export.result.files', { files: result.files.join(', ') })}</div>
              <Space wrap size={[4, 8]} style={{ marginTop: 8 }}>
                {SECTIONS.map((section) => (
                  <Tag key={section}>
                    {t(`childData.sheet.${section}`)} {result.counts[section] ?? 0}
                  </Tag>
                ))}
              </Space>
            </>
          }
        />
      )}
    </Space>
  );
}
