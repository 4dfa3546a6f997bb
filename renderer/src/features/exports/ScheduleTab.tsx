// When the app exports by itself and where to; where the daily backups go. Saved in Settings.
import { App, Button, Card, Form, Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../shared/domain';
import { errorMessage, showFieldErrors, toApiError } from '../../components/errors';
import { useSettings } from '../settings/store';
import { useExports } from './store';

type Values = Pick<Settings, 'exportDay' | 'exportTime' | 'exportFolder' | 'backupFolder'>;

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export function ScheduleTab() {
  const { t } = useTranslation(['exports', 'common', 'errors']);
  const { message } = App.useApp();
  const settings = useSettings((s) => s.settings);
  const update = useSettings((s) => s.update);
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (settings) form.setFieldsValue(settings);
  }, [settings, form]);

  const submit = async (values: Values) => {
    setBusy(true);
    try {
      await update({ ...values, exportFolder: values.exportFolder.trim(), backupFolder: values.backupFolder.trim() });
      message.success(t('schedule.message.saved'));
      // The status cards read the folders: refresh them, but a failure there is not the save's.
      const { reloadExports, reloadBackups } = useExports.getState();
      await Promise.all([reloadExports(), reloadBackups()]).catch(() => undefined);
    } catch (e) {
      showFieldErrors(form, toApiError(e).details?.issues);
      message.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t('schedule.card.title')} style={{ maxWidth: 640 }}>
      <Form<Values> form={form} name="exportSchedule" layout="vertical" onFinish={submit} initialValues={{ exportFolder: '', backupFolder: '' }}>
        <Form.Item name="exportDay" label={t('schedule.field.day')} rules={[{ required: true, message: t('errors:field.required') }]}>
          <Select style={{ width: 160 }} options={WEEKDAYS.map((n) => ({ value: n, label: t(`schedule.weekday.${n}`) }))} />
        </Form.Item>
        <Form.Item
          name="exportTime"
          label={t('schedule.field.time')}
          rules={[
            { required: true, message: t('errors:field.required') },
            { pattern: TIME, message: t('errors:field.invalid') },
          ]}
        >
          <Input maxLength={5} style={{ width: 100 }} placeholder="18:30" />
        </Form.Item>
        <Form.Item name="exportFolder" label={t('schedule.field.exportFolder')} extra={t('schedule.field.exportFolderHelp')}>
          <Input maxLength={500} placeholder="E:\" />
        </Form.Item>
        <Form.Item name="backupFolder" label={t('schedule.field.backupFolder')} extra={t('schedule.field.backupFolderHelp')}>
          <Input maxLength={500} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('common:action.save')}
        </Button>
      </Form>
    </Card>
  );
}
