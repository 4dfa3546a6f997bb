// 按学期生成: a weekly pattern (which teachers take each opening) repeated from term start to end.
import { App, DatePicker, Form, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../components/form/FormDialog';
import { useFormSave } from '../../components/form/useFormSave';
import { semesterEndOf } from '../../../../shared/termEnd';
import { useSettings } from '../settings/settingsStore';
import { useRoster } from './rosterStore';

interface Values {
  termStart?: Dayjs;
  termEnd?: Dayjs;
  staff?: Record<string, number[] | undefined>;
}

export function GenerateDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation(['roster', 'errors']);
  const { message } = App.useApp();
  const { openings, staff, week, weekStart, generate } = useRoster();
  const [form] = Form.useForm<Values>();
  const { busy, save } = useFormSave(form);
  const springEnd = useSettings((s) => s.settings?.springTermEnd ?? '06-30');

  useEffect(() => {
    if (!open) return;
    // Start from the shown week's teachers for each opening.
    const current: Record<string, number[]> = {};
    for (const day of week?.days ?? []) {
      for (const { opening, duties } of day.openings) current[String(opening.id)] = [...new Set(duties.map((d) => d.staffId))];
    }
    form.setFieldsValue({ termStart: dayjs(weekStart), termEnd: dayjs(semesterEndOf(weekStart, springEnd)), staff: current });
  }, [open, form, week, weekStart, springEnd]);

  const submit = async () => {
    const values = await form.validateFields();
    const { termStart, termEnd } = values;
    if (!termStart || !termEnd) return;
    await save(async () => {
      const created = await generate({
        termStart: termStart.format('YYYY-MM-DD'),
        termEnd: termEnd.format('YYYY-MM-DD'),
        pattern: openings.map((o) => ({ openingId: o.id, staffIds: values.staff?.[String(o.id)] ?? [] })),
      });
      message.success(t('generate.message.done', { count: created }));
      onClose();
    });
  };

  const required = [{ required: true, message: t('errors:field.required') }];
  return (
    <FormDialog open={open} title={t('generate.title.main')} okText={t('generate.action.run')} onOk={submit} busy={busy} onCancel={onClose} width={640} forceRender>
      <Typography.Paragraph type="secondary">{t('generate.hint.replace')}</Typography.Paragraph>
      <Form form={form} layout="vertical">
        <Form.Item name="termStart" label={t('generate.field.termStart')} rules={required}>
          <DatePicker allowClear={false} />
        </Form.Item>
        <Form.Item name="termEnd" label={t('generate.field.termEnd')} rules={required}>
          <DatePicker allowClear={false} />
        </Form.Item>
        {openings.map((o) => (
          <Form.Item
            key={o.id}
            name={['staff', String(o.id)]}
            label={t('generate.field.opening', {
              weekday: t(`week.weekday.${o.weekday}` as 'week.weekday.1'),
              time: `${o.startTime}–${o.endTime}`,
              needed: o.teachersNeeded,
            })}
          >
            <Select mode="multiple" optionFilterProp="label" options={staff.map((s) => ({ value: s.id, label: s.name }))} />
          </Form.Item>
        ))}
      </Form>
    </FormDialog>
  );
}
