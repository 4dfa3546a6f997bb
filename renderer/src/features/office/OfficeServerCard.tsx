// Settings → 汇总数据库: where the office keeps the weekly bundles it imports. The file on this PC by
// default; the county's PostgreSQL server once a connection here is tested and saved. The password
// is sealed on this PC and never shown again: leaving it empty keeps the saved one.
import { Alert, App, Button, Card, Form, Input, InputNumber, Space, Switch, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Input as MethodInput } from '../../../../shared/contract';
import type { OfficeServerInfo } from '../../../../shared/office';
import { call } from '../../api';
import { errorMessage } from '../../components/errors';
import { useBusy } from '../../components/useBusy';

type Values = Omit<MethodInput<'office.saveServer'>, 'password'> & { password?: string };

const DEFAULTS: Partial<Values> = { port: 5432, tls: true };

export function OfficeServerCard() {
  const { t } = useTranslation(['exports', 'common', 'errors']);
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [info, setInfo] = useState<OfficeServerInfo | null>(null);
  const [outcome, setOutcome] = useState<{ type: 'success' | 'error'; text: string } | null>(null);
  const testing = useBusy();
  const saving = useBusy();

  const show = (next: OfficeServerInfo) => {
    setInfo(next);
    form.setFieldsValue({ ...DEFAULTS, ...(next.server ?? {}), password: undefined });
  };
  // Once, when the card opens.
  useEffect(() => {
    call('office.server', {}).then(show, (e: unknown) => setOutcome({ type: 'error', text: errorMessage(e) }));
  }, []);

  /** An empty password field keeps the saved password; the contract's "absent" says so. */
  const input = (v: Values): MethodInput<'office.saveServer'> => ({ ...v, password: v.password ? v.password : undefined });
  const fail = (e: unknown) => setOutcome({ type: 'error', text: errorMessage(e) });

  const test = async () => {
    const values = await form.validateFields();
    setOutcome(null);
    await testing.run(async () => {
      const { bundles } = await call('office.testServer', input(values));
      setOutcome({ type: 'success', text: t('office.server.result.tested', { count: bundles }) });
    }, fail);
  };
  const save = async () => {
    const values = await form.validateFields();
    setOutcome(null);
    await saving.run(async () => {
      show(await call('office.saveServer', input(values)));
      message.success(t('office.server.result.saved'));
    }, fail);
  };
  const clear = () =>
    saving.run(async () => {
      show(await call('office.clearServer', {}));
      setOutcome(null);
      message.success(t('office.server.result.cleared'));
    }, fail);

  const required = { required: true, whitespace: true, message: t('errors:field.required') };
  return (
    <Card title={t('office.server.title')} style={{ maxWidth: 640 }}>
      <Typography.Paragraph type="secondary">{t('office.server.intro')}</Typography.Paragraph>
      {info && (
        <Alert
          type={info.server ? 'info' : 'warning'}
          showIcon
          style={{ marginBottom: 16 }}
          title={info.server ? t('office.server.inUse.server', { host: info.server.host, database: info.server.database, user: info.server.user }) : t('office.server.inUse.file')}
        />
      )}
      {info && !info.canEncrypt && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('office.server.noEncryption')} />}
      <Form form={form} layout="vertical" initialValues={DEFAULTS} onFinish={() => void save().catch(() => undefined)}>
        <Space align="start" wrap>
          <Form.Item name="host" label={t('office.server.field.host')} rules={[required]}>
            <Input maxLength={255} style={{ width: 260 }} placeholder="192.168.1.20" />
          </Form.Item>
          <Form.Item name="port" label={t('office.server.field.port')} rules={[{ required: true, message: t('errors:field.required') }]}>
            <InputNumber min={1} max={65535} style={{ width: 120 }} />
          </Form.Item>
        </Space>
        <Space align="start" wrap>
          <Form.Item name="database" label={t('office.server.field.database')} rules={[required]}>
            <Input maxLength={63} style={{ width: 190 }} placeholder="office" />
          </Form.Item>
          <Form.Item name="user" label={t('office.server.field.user')} rules={[required]}>
            <Input maxLength={63} style={{ width: 190 }} />
          </Form.Item>
        </Space>
        <Form.Item name="password" label={t('office.server.field.password')} extra={info?.passwordSaved ? t('office.server.field.passwordSaved') : undefined}>
          <Input.Password maxLength={200} style={{ width: 260 }} autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="tls" label={t('office.server.field.tls')} valuePropName="checked" extra={t('office.server.field.tlsHelp')}>
          <Switch />
        </Form.Item>
        {outcome && <Alert type={outcome.type} showIcon style={{ marginBottom: 16 }} title={outcome.text} />}
        <Space wrap>
          <Button onClick={() => void test().catch(() => undefined)} loading={testing.busy}>
            {t('office.server.action.test')}
          </Button>
          <Button type="primary" htmlType="submit" loading={saving.busy}>
            {t('office.server.action.save')}
          </Button>
          {info?.server && (
            <Button danger onClick={() => void clear()} disabled={saving.busy}>
              {t('office.server.action.clear')}
            </Button>
          )}
        </Space>
      </Form>
    </Card>
  );
}
