// 登记意外事件 and 修改: the kind, when (never ahead of the PC's clock), the children involved, where, what
// happened, what was done and the follow-up; when recording, who was told. Anyone told later is added
// from the incident (NoticeDialog), so an edit never rewrites who was told.
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Form, Input, Radio, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { INCIDENT_KINDS, NOTICE_HOW, NOTICE_WHOM, type Incident, type IncidentKind, type NoticeHow, type NoticeWhom } from '../../../../shared/domain';
import { ChildrenPicker } from '../../components/ChildrenPicker';
import { FormDrawer } from '../../components/form/FormDrawer';
import { useFormSave } from '../../components/form/useFormSave';
import { notAhead, STAMP_FORMAT, stampOf, useNotAheadRule } from './stamps';
import { useIncidents } from './incidentsStore';

export interface NoticeValues {
  whom: NoticeWhom;
  name?: string;
  toldAt: Dayjs;
  how: NoticeHow;
}

interface Values {
  kind: IncidentKind;
  occurredAt: Dayjs;
  childIds?: number[];
  place?: string;
  whatHappened: string;
  whatWasDone?: string;
  followUp?: string;
  notices?: NoticeValues[];
}

/** Open for a new incident (`editing` null) or to edit one. */
export function IncidentFormDrawer({ open, editing, onClose }: { open: boolean; editing: Incident | null; onClose(): void }) {
  const { t } = useTranslation(['incidents', 'common', 'errors']);
  const { message } = App.useApp();
  const { create, update } = useIncidents();
  const [form] = Form.useForm<Values>();
  const { busy, save, problem } = useFormSave(form, { show: 'alert' });
  const required = { required: true, message: t('errors:field.required') };
  const notAheadRule = useNotAheadRule();

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (editing) {
      form.setFieldsValue({
        kind: editing.kind,
        occurredAt: dayjs(editing.occurredAt),
        childIds: editing.children.map((c) => c.id),
        place: editing.place ?? undefined,
        whatHappened: editing.whatHappened ?? '',
        whatWasDone: editing.whatWasDone ?? undefined,
        followUp: editing.followUp ?? undefined,
      });
    } else {
      form.setFieldsValue({ kind: 'injury', occurredAt: dayjs().second(0), notices: [] });
    }
  }, [open, editing, form]);

  const submit = async (v: Values) => {
    const fields = {
      kind: v.kind,
      occurredAt: stampOf(v.occurredAt),
      childIds: v.childIds ?? [],
      place: v.place?.trim() || null,
      whatHappened: v.whatHappened,
      whatWasDone: v.whatWasDone?.trim() || null,
      followUp: v.followUp?.trim() || null,
    };
    await save(async () => {
      if (editing) {
        await update(editing.id, fields);
        message.success(t('message.updated'));
      } else {
        const notices = (v.notices ?? []).map((n) => ({ whom: n.whom, name: n.name?.trim() || null, toldAt: stampOf(n.toldAt), how: n.how }));
        await create({ ...fields, notices });
        message.success(t('message.saved'));
      }
      onClose();
    });
  };

  return (
    <FormDrawer open={open} size={600} title={editing ? t('form.titleEdit') : t('form.titleAdd')} busy={busy} problem={problem} onClose={onClose} onSave={() => form.submit()}>
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item name="kind" label={t('field.kind')} rules={[required]}>
          <Radio.Group optionType="button" options={INCIDENT_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="occurredAt" label={t('field.occurredAt')} rules={[required, notAheadRule]}>
          <DatePicker showTime={{ format: 'HH:mm' }} format={STAMP_FORMAT} disabledDate={notAhead} />
        </Form.Item>
        <Form.Item name="childIds" label={t('field.children')} rules={[{ required: true, type: 'array', min: 1, message: t('error.children') }]}>
          <ChildrenPicker known={editing?.children} />
        </Form.Item>
        <Form.Item name="place" label={t('field.place')}>
          <Input maxLength={100} placeholder={t('placeholder.place')} />
        </Form.Item>
        <Form.Item name="whatHappened" label={t('field.whatHappened')} rules={[{ ...required, whitespace: true }]}>
          <Input.TextArea maxLength={2000} rows={3} placeholder={t('placeholder.whatHappened')} />
        </Form.Item>
        <Form.Item name="whatWasDone" label={t('field.whatWasDone')}>
          <Input.TextArea maxLength={2000} rows={2} placeholder={t('placeholder.whatWasDone')} />
        </Form.Item>
        <Form.Item name="followUp" label={t('field.followUp')}>
          <Input.TextArea maxLength={500} rows={2} placeholder={t('placeholder.followUp')} />
        </Form.Item>
        {!editing && <NoticeRows />}
      </Form>
    </FormDrawer>
  );
}

/** Who was told, one row each, when recording the incident. */
function NoticeRows() {
  const { t } = useTranslation(['incidents', 'common', 'errors']);
  const required = { required: true, message: t('errors:field.required') };
  const notAheadRule = useNotAheadRule();
  return (
    <>
      <Typography.Text strong>{t('detail.notices')}</Typography.Text>
      <Typography.Paragraph type="secondary">{t('form.noticesHint')}</Typography.Paragraph>
      <Form.List name="notices">
        {(rows, { add, remove }) => (
          <>
            {rows.map(({ key, name }) => (
              <Space key={key} align="baseline" wrap data-testid="notice-row">
                <Form.Item name={[name, 'whom']} rules={[required]}>
                  <Select aria-label={t('field.whom')} style={{ width: 110 }} options={NOTICE_WHOM.map((w) => ({ value: w, label: t(`whom.${w}`) }))} />
                </Form.Item>
                <Form.Item name={[name, 'name']}>
                  <Input aria-label={t('field.name')} maxLength={40} style={{ width: 120 }} placeholder={t('placeholder.name')} />
                </Form.Item>
                <Form.Item name={[name, 'toldAt']} rules={[required, notAheadRule]}>
                  <DatePicker aria-label={t('field.toldAt')} showTime={{ format: 'HH:mm' }} format={STAMP_FORMAT} disabledDate={notAhead} />
                </Form.Item>
                <Form.Item name={[name, 'how']} rules={[required]}>
                  <Select aria-label={t('field.how')} style={{ width: 100 }} options={NOTICE_HOW.map((h) => ({ value: h, label: t(`how.${h}`) }))} />
                </Form.Item>
                <MinusCircleOutlined aria-label={t('common:action.delete')} onClick={() => remove(name)} />
              </Space>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ whom: 'guardian', toldAt: dayjs().second(0), how: 'phone' })}>
              {t('action.addNoticeRow')}
            </Button>
          </>
        )}
      </Form.List>
    </>
  );
}
