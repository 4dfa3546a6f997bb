// First run: name the school and room, create the first admin; or fill a demo room to try things.
import { Alert, App, Button, Card, Form, Input, Select, Space, Steps, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DemoSeedResult, Language, StaffRole } from '../../../../shared/domain';
import { PIN_PATTERN } from '../../../../shared/validation';
import { call } from '../../api';
import { AntdRoot } from '../../components/AntdRoot';
import { useFormSave } from '../../components/form/useFormSave';
import { setLanguage } from '../../i18n';
import './setup.css';

interface Values {
  schoolName: string;
  roomName: string;
  language: Language;
  adminName: string;
  pin: string;
  pinAgain: string;
}

/** Inside antd's providers (and App, for its modal hook), which App.tsx leaves to each part that uses antd. */
export function SetupWizard({ onDone }: { onDone(): void }) {
  return (
    <AntdRoot>
      <SetupSteps onDone={onDone} />
    </AntdRoot>
  );
}

function SetupSteps({ onDone }: { onDone(): void }) {
  const { t } = useTranslation(['setup', 'common', 'errors']);
  const { modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [step, setStep] = useState(0);
  const { busy, save, problem } = useFormSave(form, { show: 'alert' });

  const next = async () => {
    await form.validateFields(['schoolName', 'roomName', 'language']);
    setStep(1);
  };

  const finish = async () => {
    const values = await form.validateFields();
    await save(async () => {
      await call('setup.complete', {
        schoolName: values.schoolName,
        roomName: values.roomName,
        language: values.language,
        adminName: values.adminName,
        pin: values.pin,
      });
      onDone();
    });
  };

  const demo = async () => {
    await save(async () => {
      const result = await call('setup.seedDemo', {});
      modal.info({ title: t('wizard.demo.doneTitle'), content: <DemoAccounts result={result} />, width: 520, onOk: onDone });
    });
  };

  return (
    <div className="setup">
      <Card className="setup__card" title={t('wizard.title.main')}>
        <Typography.Paragraph type="secondary">{t('wizard.intro.text')}</Typography.Paragraph>
        <Steps current={step} items={[{ title: t('wizard.step.room') }, { title: t('wizard.step.admin') }]} style={{ marginBottom: 24 }} />
        <Form<Values>
          form={form}
          layout="vertical"
          size="large"
          initialValues={{ language: 'zh-CN', roomName: t('wizard.field.roomDefault') }}
          onValuesChange={(changed) => changed.language && setLanguage(changed.language)}
        >
          <div hidden={step !== 0}>
            <Form.Item name="schoolName" label={t('wizard.field.school')} rules={[{ required: true, whitespace: true, message: t('wizard.field.schoolRequired') }]}>
              <Input maxLength={60} placeholder={t('wizard.field.schoolPlaceholder')} />
            </Form.Item>
            <Form.Item name="roomName" label={t('wizard.field.room')} rules={[{ required: true, whitespace: true, message: t('wizard.field.roomRequired') }]}>
              <Input maxLength={60} />
            </Form.Item>
            <Form.Item name="language" label={t('wizard.field.language')}>
              <Select
                options={[
                  { value: 'zh-CN', label: '中文（简体）' },
                  { value: 'en', label: 'English' },
                ]}
              />
            </Form.Item>
          </div>
          <div hidden={step !== 1}>
            <Form.Item name="adminName" label={t('wizard.field.adminName')} rules={[{ required: step === 1, whitespace: true, message: t('wizard.field.adminNameRequired') }]}>
              <Input maxLength={30} />
            </Form.Item>
            <Form.Item name="pin" label={t('wizard.field.pin')} extra={t('wizard.field.pinHelp')} rules={[{ required: step === 1, pattern: PIN_PATTERN, message: t('wizard.field.pinInvalid') }]}>
              <Input.Password inputMode="numeric" maxLength={8} autoComplete="new-password" />
            </Form.Item>
            <Form.Item
              name="pinAgain"
              label={t('wizard.field.pinAgain')}
              dependencies={['pin']}
              rules={[
                { required: step === 1, message: t('wizard.field.pinAgainRequired') },
                ({ getFieldValue }) => ({
                  validator: (_, value) => (!value || value === getFieldValue('pin') ? Promise.resolve() : Promise.reject(new Error(t('wizard.field.pinMismatch')))),
                }),
              ]}
            >
              <Input.Password inputMode="numeric" maxLength={8} autoComplete="new-password" />
            </Form.Item>
          </div>
        </Form>
        {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />}
        <Space style={{ width: '100%', justifyContent: 'space-between' }}>
          <Button onClick={() => void demo()} loading={busy} disabled={step !== 0}>
            {t('wizard.action.demo')}
          </Button>
          <Space>
            {step === 1 && <Button onClick={() => setStep(0)}>{t('wizard.action.back')}</Button>}
            {step === 0 ? (
              <Button type="primary" onClick={() => void next().catch(() => undefined)}>
                {t('wizard.action.next')}
              </Button>
            ) : (
              <Button type="primary" loading={busy} onClick={() => void finish().catch(() => undefined)}>
                {t('wizard.action.finish')}
              </Button>
            )}
          </Space>
        </Space>
      </Card>
    </div>
  );
}

function DemoAccounts({ result }: { result: DemoSeedResult }) {
  const { t } = useTranslation(['setup', 'common', 'errors']);
  return (
    <>
      <Typography.Paragraph>{t('wizard.demo.doneText', { count: result.children })}</Typography.Paragraph>
      <Table
        size="small"
        pagination={false}
        rowKey="name"
        dataSource={result.staff}
        columns={[
          { title: t('wizard.demo.columnName'), dataIndex: 'name' },
          { title: t('wizard.demo.columnRole'), dataIndex: 'role', render: (role: StaffRole) => t(`common:role.${role}`) },
          { title: t('wizard.demo.columnPin'), dataIndex: 'pin' },
        ]}
      />
    </>
  );
}
