// One incident in full (its opening is in each child's access log): what happened, who was told, the
// follow-up. Any teacher adds who was told later and marks the follow-up done; the one who recorded it
// or an admin edits or voids it.
import { App, Button, Descriptions, Drawer, Form, Input, List, Select, Space, Tag, Typography, DatePicker } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NOTICE_HOW, NOTICE_WHOM, type Incident } from '../../../../shared/domain';
import { errorMessage } from '../../components/errors';
import { FormDialog } from '../../components/form/FormDialog';
import { useFormSave } from '../../components/form/useFormSave';
import { useAuth } from '../auth/authStore';
import type { NoticeValues } from './IncidentFormDrawer';
import { useIncidents } from './incidentsStore';
import { notAhead, shownStamp, STAMP_FORMAT, stampOf, useNotAheadRule } from './stamps';

export function IncidentDrawer({ onEdit }: { onEdit(incident: Incident): void }) {
  const { t } = useTranslation(['incidents', 'common', 'errors']);
  const { message, modal } = App.useApp();
  const { open: incident, close, closeFollowUp } = useIncidents();
  const session = useAuth((s) => s.session);
  const [telling, setTelling] = useState(false);
  const [voiding, setVoiding] = useState(false);
  const mayChange = incident !== null && !incident.voided && (session.role === 'admin' || session.staffId === incident.recordedByStaffId);

  const done = () => {
    modal.confirm({
      title: t('action.closeFollowUp'),
      content: incident?.followUp,
      onOk: () =>
        closeFollowUp().then(
          () => void message.success(t('message.followUpClosed')),
          (e: unknown) => void message.error(errorMessage(e)),
        ),
    });
  };

  return (
    <Drawer
      open={incident !== null}
      size={600}
      title={incident ? t('detail.title', { kind: t(`kind.${incident.kind}`), at: shownStamp(incident.occurredAt) }) : ''}
      onClose={close}
      destroyOnHidden
      extra={
        mayChange && (
          <Space>
            <Button onClick={() => incident && onEdit(incident)}>{t('action.edit')}</Button>
            <Button danger onClick={() => setVoiding(true)}>
              {t('action.void')}
            </Button>
          </Space>
        )
      }
    >
      {incident && (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          {incident.voided && <Tag color="default">{t('label.voidedBecause', { reason: incident.voidReason ?? '' })}</Tag>}
          <Descriptions column={1} bordered size="small">
            <Descriptions.Item label={t('field.children')}>{incident.children.map((c) => c.name).join('、')}</Descriptions.Item>
            <Descriptions.Item label={t('field.place')}>{incident.place ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('field.whatHappened')}>
              <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{incident.whatHappened}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('field.whatWasDone')}>{incident.whatWasDone ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('field.followUp')}>
              <Space wrap>
                {incident.followUp ?? '—'}
                <FollowUpTag incident={incident} />
                {incident.followUpOpen && (
                  <Button size="small" type="primary" onClick={done}>
                    {t('action.closeFollowUp')}
                  </Button>
                )}
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('detail.recordedBy')}>{incident.recordedByName}</Descriptions.Item>
          </Descriptions>
          <List
            header={
              <Space style={{ width: '100%', justifyContent: 'space-between' }}>
                <Typography.Text strong>{t('detail.notices')}</Typography.Text>
                {!incident.voided && (
                  <Button size="small" onClick={() => setTelling(true)}>
                    {t('action.addNotice')}
                  </Button>
                )}
              </Space>
            }
            bordered
            size="small"
            dataSource={incident.notices}
            locale={{ emptyText: t('label.noNotice') }}
            renderItem={(n) => (
              <List.Item>
                <Space wrap>
                  <Tag>{t(`whom.${n.whom}`)}</Tag>
                  {n.name}
                  <Typography.Text type="secondary">
                    {shownStamp(n.toldAt)} · {t(`how.${n.how}`)}
                  </Typography.Text>
                </Space>
              </List.Item>
            )}
          />
          <Typography.Text type="secondary">{t('label.logged')}</Typography.Text>
        </Space>
      )}
      <NoticeDialog open={telling} onClose={() => setTelling(false)} />
      <VoidDialog open={voiding} onClose={() => setVoiding(false)} />
    </Drawer>
  );
}

export function FollowUpTag({ incident }: { incident: Pick<Incident, 'followUpOpen' | 'followUpDoneOn' | 'voided'> }) {
  const { t } = useTranslation('incidents');
  if (incident.voided) return null;
  if (incident.followUpOpen) return <Tag color="orange">{t('label.followUpOpen')}</Tag>;
  if (incident.followUpDoneOn) return <Tag color="green">{t('label.followUpDone', { date: incident.followUpDoneOn })}</Tag>;
  return null;
}

/** 登记通知: someone told after the incident was recorded. */
function NoticeDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation(['incidents', 'errors']);
  const { message } = App.useApp();
  const addNotice = useIncidents((s) => s.addNotice);
  const [form] = Form.useForm<NoticeValues>();
  const { busy, save, problem } = useFormSave(form, { show: 'alert' });
  const required = { required: true, message: t('errors:field.required') };
  const notAheadRule = useNotAheadRule();

  const submit = async () => {
    const v = await form.validateFields();
    await save(async () => {
      await addNotice({ whom: v.whom, name: v.name?.trim() || null, toldAt: stampOf(v.toldAt), how: v.how });
      message.success(t('message.noticeAdded'));
      onClose();
    });
  };

  return (
    <FormDialog open={open} title={t('action.addNotice')} busy={busy} problem={problem} onCancel={onClose} onOk={submit}>
      <Form form={form} layout="vertical" initialValues={{ whom: 'guardian', toldAt: dayjs().second(0), how: 'phone' }}>
        <Form.Item name="whom" label={t('field.whom')} rules={[required]}>
          <Select options={NOTICE_WHOM.map((w) => ({ value: w, label: t(`whom.${w}`) }))} />
        </Form.Item>
        <Form.Item name="name" label={t('field.name')}>
          <Input maxLength={40} placeholder={t('placeholder.name')} />
        </Form.Item>
        <Form.Item name="toldAt" label={t('field.toldAt')} rules={[required, notAheadRule]}>
          <DatePicker showTime={{ format: 'HH:mm' }} format={STAMP_FORMAT} disabledDate={notAhead} />
        </Form.Item>
        <Form.Item name="how" label={t('field.how')} rules={[required]}>
          <Select options={NOTICE_HOW.map((h) => ({ value: h, label: t(`how.${h}`) }))} />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}

function VoidDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation(['incidents', 'errors']);
  const { message } = App.useApp();
  const voidIncident = useIncidents((s) => s.voidIncident);
  const [form] = Form.useForm<{ reason: string }>();
  const { busy, save, problem } = useFormSave(form, { show: 'alert' });

  const submit = async () => {
    const v = await form.validateFields();
    await save(async () => {
      await voidIncident(v.reason);
      message.success(t('message.voided'));
      onClose();
    });
  };

  return (
    <FormDialog open={open} title={t('void.title')} okButtonProps={{ danger: true }} busy={busy} problem={problem} onCancel={onClose} onOk={submit}>
      <Typography.Paragraph type="secondary">{t('void.hint')}</Typography.Paragraph>
      <Form form={form} layout="vertical">
        <Form.Item name="reason" label={t('field.reason')} rules={[{ required: true, whitespace: true, message: t('errors:field.required') }]}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}
