// "Include contact details": off by default; ticking it says plainly what will leave the PC.
import { Alert, Checkbox, Form } from 'antd';
import { useTranslation } from 'react-i18next';

export function ContactsField({ warning }: { warning: string }) {
  const { t } = useTranslation(['exports']);
  const checked = Form.useWatch<boolean | undefined>('includeContacts');

  return (
    <>
      <Form.Item name="includeContacts" valuePropName="checked" style={{ marginBottom: checked ? 8 : undefined }}>
        <Checkbox>{t('contacts.field.include')}</Checkbox>
      </Form.Item>
      {checked && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={warning} />}
    </>
  );
}
