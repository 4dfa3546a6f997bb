// When the app exports by itself and where to; where the daily backups go. Saved in Settings.
import { Alert, Card, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../shared/domain';
import { useSettingsForm } from '../settings/useSettingsForm';
import { useExports } from './exportsStore';
import { FolderInput } from './FolderInput';
import { SaveButton } from '../../components/form/SaveButton';

type Key = 'exportDay' | 'exportTime' | 'exportFolder' | 'backupFolder';
type Values = Pick<Settings, Key>;

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export function ScheduleTab() {
  const { t } = useTranslation(['exports', 'common', 'errors']);
  const { form, busy, save } = useSettingsForm<Key>();
  const exportDay = Form.useWatch('exportDay', form);
  const day = WEEKDAYS.find((n) => n === exportDay);
  const time = Form.useWatch('exportTime', form);

  const submit = async (values: Values) => {
    const trimmed = { ...values, exportFolder: values.exportFolder.trim(), backupFolder: values.backupFolder.trim() };
    if (!(await save(trimmed, t('schedule.message.saved')))) return;
    // The status cards read the folders: refresh them, but a failure there is not the save's.
    const { reloadExports, reloadBackups } = useExports.getState();
    await Promise.all([reloadExports(), reloadBackups()]).catch(() => undefined);
  };

  return (
    <Card title={t('schedule.card.title')} style={{ maxWidth: 640 }}>
      <Form<Values> form={form} name="exportSchedule" layout="vertical" onFinish={(v) => void submit(v)} initialValues={{ exportFolder: '', backupFolder: '' }}>
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
        {day !== undefined && typeof time === 'string' && TIME.test(time) && (
          <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('schedule.rule', { day: t(`schedule.weekday.${day}`), time })} />
        )}
        <Form.Item name="exportFolder" label={t('schedule.field.exportFolder')} extra={t('schedule.field.exportFolderHelp')}>
          <FolderInput placeholder="E:\" />
        </Form.Item>
        <Form.Item name="backupFolder" label={t('schedule.field.backupFolder')} extra={t('schedule.field.backupFolderHelp')}>
          <FolderInput />
        </Form.Item>
        <SaveButton busy={busy} />
      </Form>
    </Card>
  );
}
