// 受助记录: the aid given to children in the chosen semester (school supplies, clothes, money, other),
// with the semester's counts: how many records, children and yuan by kind. Any teacher records aid;
// an admin voids a mistaken entry, which stays struck through and no longer counts.
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Form, Input, Row, Select, Space, Statistic, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roleAtLeast, type Aid } from '../../../../shared/domain';
import { errorMessage } from '../../components/errors';
import { FormDialog } from '../../components/form/FormDialog';
import { useFormSave } from '../../components/form/useFormSave';
import { ListTable, NOT_A_TREE } from '../../components/ListTable';
import { useAuth } from '../auth/authStore';
import { AidFormDrawer } from './AidFormDrawer';
import { useHelpers } from './helpersStore';
import { semesterName } from './semesterName';

export function AidTab() {
  const { t } = useTranslation(['helpers', 'common', 'errors']);
  const { message } = App.useApp();
  const admin = roleAtLeast(
    useAuth((s) => s.session.role),
    'admin',
  );
  const { aid, semester, semesters, loadSemester } = useHelpers();
  const [adding, setAdding] = useState(false);
  const [voiding, setVoiding] = useState<Aid | null>(null);

  useEffect(() => {
    loadSemester().catch((e: unknown) => message.error(errorMessage(e)));
  }, [loadSemester, message]);

  const struck = (a: Aid, text: string) => (a.voidedAt ? <Typography.Text delete>{text}</Typography.Text> : text);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Select
          aria-label={t('aid.field.semester')}
          style={{ width: 200 }}
          value={semester}
          onChange={(s: string) => void loadSemester(s).catch((e: unknown) => message.error(errorMessage(e)))}
          options={semesters.map((s) => ({ value: s, label: semesterName(t, s) }))}
        />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
          {t('aid.action.add')}
        </Button>
      </Space>
      <AidCounts />
      <ListTable<Aid>
        expandable={NOT_A_TREE}
        size="middle"
        dataSource={aid}
        empty={t('aid.empty')}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: t('aid.column.date'), dataIndex: 'date', render: (_, a) => struck(a, a.date) },
          { title: t('aid.column.kind'), dataIndex: 'kind', render: (_, a) => <Tag>{t(`shared.aidKind.${a.kind}`)}</Tag> },
          {
            title: t('aid.column.description'),
            dataIndex: 'description',
            render: (_, a) => (
              <Space orientation="vertical" size={0}>
                {struck(a, a.description)}
                {a.voidedAt && <Tag>{t('aid.label.voided', { reason: a.voidReason ?? '' })}</Tag>}
              </Space>
            ),
          },
          {
            title: t('aid.column.amount'),
            key: 'amount',
            render: (_, a) => (a.amountYuan !== null ? t('aid.label.yuan', { amount: a.amountYuan.toFixed(2) }) : a.quantity !== null ? a.quantity : '—'),
          },
          { title: t('aid.column.donor'), dataIndex: 'donor', render: (v: string | null) => v ?? '—' },
          { title: t('aid.column.children'), key: 'children', render: (_, a) => a.children.map((c) => c.name).join('、') },
          {
            title: t('aid.column.actions'),
            key: 'actions',
            render: (_, a) =>
              admin &&
              !a.voidedAt && (
                <Button size="small" danger onClick={() => setVoiding(a)}>
                  {t('aid.action.void')}
                </Button>
              ),
          },
        ]}
      />
      <AidFormDrawer open={adding} onClose={() => setAdding(false)} />
      <VoidAidDialog aid={voiding} onClose={() => setVoiding(null)} />
    </Space>
  );
}

/** The semester's figures, voided aid left out. */
function AidCounts() {
  const { t } = useTranslation('helpers');
  const counts = useHelpers((s) => s.counts);
  if (!counts) return null;
  const money = counts.aid.find((a) => a.kind === 'money');
  return (
    <Card size="small" title={t('counts.title', { semester: semesterName(t, counts.semester) })}>
      <Row gutter={16}>
        <Col span={6}>
          <Statistic title={t('counts.records')} value={counts.aid.reduce((n, a) => n + a.records, 0)} />
        </Col>
        <Col span={6}>
          <Statistic title={t('counts.aidChildren')} value={counts.aidChildren} />
        </Col>
        <Col span={6}>
          <Statistic title={t('counts.money')} value={money?.amountYuan ?? 0} precision={2} />
        </Col>
        <Col span={6}>
          <Statistic title={t('counts.visits')} value={counts.visits} />
        </Col>
      </Row>
      <Space wrap style={{ marginTop: 12 }}>
        {counts.aid
          .filter((a) => a.records > 0)
          .map((a) => (
            <Tag key={a.kind}>{t('counts.byKind', { kind: t(`shared.aidKind.${a.kind}`), count: a.records, children: a.children })}</Tag>
          ))}
      </Space>
    </Card>
  );
}

function VoidAidDialog({ aid, onClose }: { aid: Aid | null; onClose(): void }) {
  const { t } = useTranslation(['helpers', 'errors']);
  const { message } = App.useApp();
  const voidAid = useHelpers((s) => s.voidAid);
  const [form] = Form.useForm<{ reason: string }>();
  const { busy, save, problem } = useFormSave(form, { show: 'alert' });

  const submit = async () => {
    if (!aid) return;
    const { reason } = await form.validateFields();
    await save(async () => {
      await voidAid(aid.id, reason.trim());
      message.success(t('aid.message.voided'));
      onClose();
    });
  };

  return (
    <FormDialog open={aid !== null} title={t('aid.void.title')} okText={t('aid.action.void')} okButtonProps={{ danger: true }} busy={busy} problem={problem} onCancel={onClose} onOk={submit}>
      {aid && <Typography.Paragraph>{t('aid.void.text', { description: aid.description, date: aid.date })}</Typography.Paragraph>}
      <Form form={form} layout="vertical">
        <Form.Item name="reason" label={t('aid.void.reason')} rules={[{ required: true, whitespace: true, message: t('errors:field.required') }]}>
          <Input.TextArea autoFocus maxLength={200} rows={2} />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}
