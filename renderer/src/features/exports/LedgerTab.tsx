// 台账: the register of left-behind children in the fields of the national survey, as a spreadsheet
// for the forms schools must fill. Contact details only when the admin asks for them.
import { FileExcelOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Form, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LedgerResult } from '../../../../shared/domain';
import { useFormSave } from '../../components/form/useFormSave';
import { useSettings } from '../settings/settingsStore';
import { ContactsField } from './ContactsField';
import { useExports } from './exportsStore';
import { FolderInput } from './FolderInput';

interface Values {
  folder: string;
  includeContacts: boolean;
}

export function LedgerTab() {
  const { t } = useTranslation(['exports', 'common', 'errors']);
  const exportFolder = useSettings((s) => s.settings?.exportFolder);
  const exportLedger = useExports((s) => s.exportLedger);
  const [form] = Form.useForm<Values>();
  const { busy, save, problem: failure } = useFormSave(form, { show: 'alert' });
  const [done, setDone] = useState<LedgerResult | null>(null);

  useEffect(() => {
    if (exportFolder) form.setFieldsValue({ folder: form.getFieldValue('folder') || exportFolder });
  }, [exportFolder, form]);

  const submit = async (values: Values) => {
    setDone(null);
    await save(async () => setDone(await exportLedger({ folder: values.folder.trim(), includeContacts: values.includeContacts })));
  };

  return (
    <Card title={t('ledger.card.title')}>
      <Typography.Paragraph type="secondary" style={{ maxWidth: 640 }}>
        {t('ledger.card.intro')}
      </Typography.Paragraph>
      <Form<Values> form={form} name="exportLedger" layout="vertical" style={{ maxWidth: 560 }} initialValues={{ folder: '', includeContacts: false }} onFinish={(v) => void submit(v)}>
        <Form.Item name="folder" label={t('ledger.field.folder')} rules={[{ required: true, whitespace: true, message: t('errors:field.required') }]}>
          <FolderInput placeholder="E:\" />
        </Form.Item>
        <ContactsField warning={t('ledger.contacts.warning')} />
        <Button type="primary" htmlType="submit" icon={<FileExcelOutlined />} loading={busy}>
          {t('ledger.action.export')}
        </Button>
      </Form>
      {failure && <Alert type="error" showIcon style={{ marginTop: 16 }} title={failure} />}
      {done && (
        <Alert
          type="success"
          showIcon
          style={{ marginTop: 16 }}
          title={t('ledger.result.title')}
          description={
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t('ledger.result.file')}>{done.file}</Descriptions.Item>
              <Descriptions.Item label={t('ledger.result.rows')}>{done.rows}</Descriptions.Item>
              <Descriptions.Item label={t('ledger.result.contacts')}>{done.includeContacts ? t('common:yesNo.yes') : t('common:yesNo.no')}</Descriptions.Item>
            </Descriptions>
          }
        />
      )}
    </Card>
  );
}
