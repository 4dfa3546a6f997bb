// Export one ISO week now, into a folder the admin names (a USB drive, a shared folder).
import { ExportOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Descriptions, Form } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportRun } from '../../../../shared/domain';
import { useFormSave } from '../../components/form/useFormSave';
import { useSettings } from '../settings/settingsStore';
import { ContactsField } from './ContactsField';
import { useExports } from './exportsStore';
import { isoWeekOfRow, isRunning, lastFullWeek, roomToday } from './week';
import { useWeekLabel } from '../../components/WeekName';
import { when } from './format';
import { FolderInput } from './FolderInput';

interface Values {
  week: Dayjs;
  folder: string;
  includeContacts: boolean;
}

export function ExportWeekCard() {
  const { t } = useTranslation(['exports', 'common', 'errors']);
  const settings = useSettings((s) => s.settings);
  const exportWeek = useExports((s) => s.exportWeek);
  const [form] = Form.useForm<Values>();
  const { busy, save, problem: failure } = useFormSave(form, { show: 'alert' });
  const [done, setDone] = useState<ExportRun | null>(null);
  const timezone = settings?.timezone ?? 'Asia/Shanghai';
  const label = useWeekLabel();
  const picked = Form.useWatch('week', form);
  const running = picked !== undefined && isRunning(isoWeekOfRow(picked), roomToday(timezone));

  useEffect(() => {
    if (!settings) return;
    form.setFieldsValue({ folder: form.getFieldValue('folder') || settings.exportFolder });
  }, [settings, form]);

  const submit = async (values: Values) => {
    setDone(null);
    await save(async () => setDone(await exportWeek({ week: isoWeekOfRow(values.week), folder: values.folder.trim(), includeContacts: values.includeContacts })));
  };

  return (
    <Card title={t('week.card.title')}>
      <Form<Values>
        form={form}
        name="exportWeek"
        layout="vertical"
        style={{ maxWidth: 560 }}
        initialValues={{ week: lastFullWeek(roomToday(timezone)), folder: '', includeContacts: false }}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item name="week" label={t('week.field.week')} extra={t('week.field.weekHelp')} rules={[{ required: true, message: t('errors:field.required') }]}>
          <DatePicker picker="week" allowClear={false} format={(value) => label(isoWeekOfRow(value))} style={{ width: 300 }} disabledDate={(d) => d.isAfter(roomToday(timezone), 'day')} />
        </Form.Item>
        <Form.Item name="folder" label={t('week.field.folder')} extra={t('week.field.folderHelp')} rules={[{ required: true, whitespace: true, message: t('errors:field.required') }]}>
          <FolderInput placeholder="E:\" />
        </Form.Item>
        {running && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('week.running')} />}
        <ContactsField warning={t('week.contacts.warning')} />
        <Button type="primary" htmlType="submit" icon={<ExportOutlined />} loading={busy}>
          {t('week.action.export')}
        </Button>
      </Form>
      {failure && <Alert type="error" showIcon style={{ marginTop: 16 }} title={failure} description={t('week.error.nothingMarked')} />}
      {done && (
        <Alert
          type="success"
          showIcon
          style={{ marginTop: 16 }}
          title={t('week.result.title', { week: label(done.week) })}
          description={
            <Descriptions size="small" column={1}>
              {done.partialUpTo !== null && <Descriptions.Item>{t('week.result.partial', { at: when(done.partialUpTo) })}</Descriptions.Item>}
              {done.replaces !== null && <Descriptions.Item>{t('week.result.revision', { revision: done.revision, replaces: done.replaces })}</Descriptions.Item>}
              <Descriptions.Item label={t('week.result.path')}>{done.bundlePath}</Descriptions.Item>
              <Descriptions.Item label={t('week.result.files')}>{done.files}</Descriptions.Item>
              <Descriptions.Item label={t('week.result.rows')}>{done.rows}</Descriptions.Item>
              <Descriptions.Item label={t('week.result.contacts')}>{done.includeContacts ? t('common:yesNo.yes') : t('common:yesNo.no')}</Descriptions.Item>
            </Descriptions>
          }
        />
      )}
    </Card>
  );
}
