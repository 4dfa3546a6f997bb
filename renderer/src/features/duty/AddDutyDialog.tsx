// Add one teacher to one opening on one date (a single-date change to the roster).
import { Form, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Opening } from '../../../../shared/domain';
import { FormDialog } from '../../components/form/FormDialog';
import { useFormSave } from '../../components/form/useFormSave';
import { useRoster } from './rosterStore';

export function AddDutyDialog({ target, onClose }: { target: { date: string; opening: Opening } | null; onClose(): void }) {
  const { t } = useTranslation(['roster', 'errors']);
  const staff = useRoster((s) => s.staff);
  const addDuty = useRoster((s) => s.addDuty);
  const [form] = Form.useForm<{ staffId?: number }>();
  const { busy, save } = useFormSave(form);

  const submit = async () => {
    if (!target) return;
    const { staffId } = await form.validateFields();
    if (staffId === undefined) return;
    await save(async () => {
      await addDuty(target.date, target.opening.id, staffId);
      onClose();
    });
  };

  return (
    <FormDialog
      open={target !== null}
      title={t('add.title.main', {
        date: target ? dayjs(target.date).format('MM-DD') : '',
        time: target ? `${target.opening.startTime}–${target.opening.endTime}` : '',
      })}
      onOk={submit}
      busy={busy}
      onCancel={onClose}
    >
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="staffId" label={t('add.field.teacher')} rules={[{ required: true, message: t('errors:field.required') }]}>
          <Select showSearch optionFilterProp="label" options={staff.map((s) => ({ value: s.id, label: s.name }))} />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}
