// The two short forms of a helper's row: 帮扶孩子 (a child she helps, since a day) and 登记来访 (the day
// she came, what she did, the children she saw). Neither day may lie ahead.
import { App, DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Helper } from '../../../../shared/domain';
import { ChildPicker } from '../../components/ChildPicker';
import { ChildrenPicker } from '../../components/ChildrenPicker';
import { FormDialog } from '../../components/form/FormDialog';
import { useFormSave } from '../../components/form/useFormSave';
import { useHelpers } from './helpersStore';

const notFuture = (d: Dayjs) => d.isAfter(dayjs(), 'day');

export function LinkChildDialog({ helper, onClose }: { helper: Helper | null; onClose(): void }) {
  const { t } = useTranslation(['helpers', 'common', 'errors']);
  const { message } = App.useApp();
  const linkChild = useHelpers((s) => s.linkChild);
  const [form] = Form.useForm<{ childId: number; since: Dayjs }>();
  const { busy, save, problem } = useFormSave(form, { show: 'alert' });

  const submit = async () => {
    if (!helper) return;
    const v = await form.validateFields();
    await save(async () => {
      await linkChild(helper.id, v.childId, v.since.format('YYYY-MM-DD'));
      message.success(t('link.message.saved'));
      onClose();
    });
  };

  return (
    <FormDialog open={helper !== null} title={t('link.title', { name: helper?.name ?? '' })} busy={busy} problem={problem} onCancel={onClose} onOk={submit}>
      <Form form={form} layout="vertical" initialValues={{ since: dayjs() }}>
        <Form.Item name="childId" label={t('link.field.child')} rules={[{ required: true, message: t('errors:field.required') }]}>
          <ChildPicker />
        </Form.Item>
        <Form.Item name="since" label={t('link.field.since')} rules={[{ required: true, message: t('errors:field.required') }]}>
          <DatePicker disabledDate={notFuture} format="YYYY-MM-DD" />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}

export function VisitDialog({ helper, onClose }: { helper: Helper | null; onClose(): void }) {
  const { t } = useTranslation(['helpers', 'common', 'errors']);
  const { message } = App.useApp();
  const recordVisit = useHelpers((s) => s.recordVisit);
  const [form] = Form.useForm<{ date: Dayjs; what?: string; childIds?: number[] }>();
  const { busy, save, problem } = useFormSave(form, { show: 'alert' });

  const submit = async () => {
    if (!helper) return;
    const v = await form.validateFields();
    await save(async () => {
      await recordVisit({ helperId: helper.id, date: v.date.format('YYYY-MM-DD'), what: v.what || null, childIds: v.childIds ?? [] });
      message.success(t('visit.message.saved'));
      onClose();
    });
  };

  return (
    <FormDialog open={helper !== null} title={t('visit.title', { name: helper?.name ?? '' })} busy={busy} problem={problem} onCancel={onClose} onOk={submit}>
      <Form form={form} layout="vertical" initialValues={{ date: dayjs(), childIds: helper?.children.map((c) => c.childId) ?? [] }}>
        <Form.Item name="date" label={t('visit.field.date')} rules={[{ required: true, message: t('errors:field.required') }]}>
          <DatePicker disabledDate={notFuture} format="YYYY-MM-DD" />
        </Form.Item>
        <Form.Item name="what" label={t('visit.field.what')}>
          <Input.TextArea maxLength={300} rows={2} placeholder={t('visit.placeholder.what')} />
        </Form.Item>
        <Form.Item name="childIds" label={t('visit.field.children')}>
          <ChildrenPicker />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}
