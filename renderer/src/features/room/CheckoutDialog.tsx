// Check a child out by hand: how she leaves and, when collected, who from her list (or someone else,
// with the reason). For a child waiting at the kiosk it shows what she chose and the teacher decides.
import { App, Form, Input, Radio, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LEAVE_MODES, type Collector, type LeaveMode, type Visit } from '../../../../shared/domain';
import { call } from '../../api';
import { errorMessage } from '../../components/errors';
import { FormDialog } from '../../components/form/FormDialog';
import { useFormSave } from '../../components/form/useFormSave';
import { useRoom } from './roomStore';

const OTHER = 'other';

interface Values {
  leaveMode?: LeaveMode;
  collector?: number | typeof OTHER;
  collectedBy?: string;
  leaveNote?: string;
}

/** The visit to close; `collectors` when already known (a waiting child's), else read from her file. */
export interface CheckoutTarget {
  visit: Pick<Visit, 'id' | 'childId' | 'childName' | 'leaveRequest'>;
  collectors?: Collector[];
}

export function CheckoutDialog({ target, onClose }: { target: CheckoutTarget | null; onClose(): void }) {
  const { t } = useTranslation(['room', 'common', 'errors']);
  const { message } = App.useApp();
  const checkOut = useRoom((s) => s.checkOut);
  const [form] = Form.useForm<Values>();
  const leaveMode = Form.useWatch('leaveMode', form);
  const collector = Form.useWatch('collector', form);
  const { busy, save } = useFormSave(form);
  const [loaded, setLoaded] = useState<Collector[]>([]);
  const visit = target?.visit ?? null;
  const collectors = target?.collectors ?? loaded;

  useEffect(() => {
    setLoaded([]);
    if (!target || target.collectors) return;
    call('collectors.list', { childId: target.visit.childId })
      .then(setLoaded)
      .catch((e: unknown) => message.error(errorMessage(e)));
  }, [target, message]);

  const submit = async () => {
    if (!visit) return;
    const values = await form.validateFields();
    const picked = typeof values.collector === 'number' ? values.collector : null;
    await save(async () => {
      await checkOut({
        visitId: visit.id,
        leaveMode: values.leaveMode ?? null,
        collectorId: values.leaveMode === 'guardian' ? picked : null,
        collectedBy: values.leaveMode === 'guardian' && picked === null ? (values.collectedBy ?? null) : null,
        leaveNote: values.leaveMode === 'guardian' && picked === null ? (values.leaveNote ?? null) : null,
      });
      message.success(t('room:checkout.message.done', { name: visit.childName }));
      onClose();
    });
  };

  const required = [{ required: true, whitespace: true, message: t('errors:field.required') }];
  return (
    <FormDialog open={visit !== null} title={t('room:checkout.title.main', { name: visit?.childName ?? '' })} okText={t('room:present.action.checkOut')} onOk={submit} busy={busy} onCancel={onClose}>
      {visit?.leaveRequest && <p>{t('room:checkout.held', { request: t(`room:leave.${visit.leaveRequest}`) })}</p>}
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="leaveMode" label={t('room:checkout.field.leaveMode')}>
          <Radio.Group optionType="button" options={LEAVE_MODES.map((m) => ({ value: m, label: t(`room:leave.${m}`) }))} />
        </Form.Item>
        {leaveMode === 'guardian' && (
          <Form.Item name="collector" label={t('room:checkout.field.collector')} rules={[{ required: true, message: t('errors:field.required') }]}>
            <Radio.Group
              options={[
                ...collectors.map((c) => ({
                  value: c.id,
                  disabled: !c.mayCollect,
                  label: (
                    <>
                      {c.relation ? `${t(`common:enums.guardianRelation.${c.relation}`)} ` : ''}
                      {c.name}
                      {!c.mayCollect && (
                        <Tag color="red" style={{ marginInlineStart: 8 }}>
                          {t('room:checkout.excluded')}
                          {c.note ? `：${c.note}` : ''}
                        </Tag>
                      )}
                    </>
                  ),
                })),
                { value: OTHER, label: t('room:checkout.option.other') },
              ]}
              style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
            />
          </Form.Item>
        )}
        {leaveMode === 'guardian' && collector === OTHER && (
          <>
            <Form.Item name="collectedBy" label={t('room:checkout.field.collectedBy')} rules={required}>
              <Input maxLength={30} placeholder={t('room:checkout.field.collectedByPlaceholder')} />
            </Form.Item>
            <Form.Item name="leaveNote" label={t('room:checkout.field.leaveNote')} rules={required}>
              <Input.TextArea maxLength={200} rows={2} placeholder={t('room:checkout.field.leaveNotePlaceholder')} />
            </Form.Item>
          </>
        )}
      </Form>
    </FormDialog>
  );
}
