// 写关爱记录: one form for every kind of record, dated today unless the teacher says otherwise (never
// in the future), signed by whoever is signed in, with an optional follow-up.
import { App, Checkbox, Col, DatePicker, Form, Input, Radio, Row, Typography, type RadioChangeEvent } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CARE_KINDS, type CareKind } from '../../../../shared/domain';
import { FormDrawer } from '../../components/form/FormDrawer';
import { useFormSave } from '../../components/form/useFormSave';
import { ChildPicker } from '../../components/ChildPicker';
import { KindFields } from './KindFields';
import { toCareInput, type RecordPreset, type RecordValues } from './recordForm';
import { useCare } from './careStore';
import { useMayCounsel } from './useMayCounsel';

interface Props {
  /** null: closed. */
  preset: RecordPreset | null;
  onClose(): void;
}

const notFuture = (d: Dayjs) => d.isAfter(dayjs(), 'day');
const notPast = (d: Dayjs) => d.isBefore(dayjs(), 'day');

/** The kinds the reader may write; the counsellor mark is asked for only once the form is open. */
function KindChoice(props: { value?: CareKind; onChange?(e: RadioChangeEvent): void }) {
  const { t } = useTranslation(['care']);
  const mayCounsel = useMayCounsel();
  const kinds = CARE_KINDS.filter((k) => k !== 'counselling' || mayCounsel);
  return <Radio.Group {...props} optionType="button" options={kinds.map((k) => ({ value: k, label: t(`shared.kind.${k}`) }))} />;
}

function RecordFormDrawer({ preset, onClose }: Props) {
  const { t } = useTranslation(['care', 'common', 'errors']);
  const { message } = App.useApp();
  const create = useCare((s) => s.create);
  const [form] = Form.useForm<RecordValues>();
  const { busy, save } = useFormSave(form);
  const kind = Form.useWatch('kind', form) ?? preset?.kind ?? 'talk';
  const withFollowUp = Form.useWatch('withFollowUp', form) ?? false;
  const required = [{ required: true, message: t('errors:field.required') }];

  useEffect(() => {
    if (!preset) return;
    form.resetFields();
    form.setFieldsValue({ childId: preset.childId, kind: preset.kind ?? 'talk', date: dayjs() });
  }, [preset, form]);

  const submit = async (values: RecordValues) => {
    await save(async () => {
      const saved = await create(toCareInput(values));
      message.success(t('form.message.saved', { name: saved.childName, kind: t(`shared.kind.${saved.kind}`) }));
      onClose();
    });
  };

  return (
    <FormDrawer
      open={preset !== null}
      size={640}
      title={preset?.childName ? t('form.title.forChild', { name: preset.childName }) : t('form.title.main')}
      busy={busy}
      onClose={onClose}
      onSave={() => form.submit()}
    >
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} onFinishFailed={() => void message.error(t('form.message.fixFields'))}>
        <Form.Item name="childId" label={t('form.field.child')} rules={required} hidden={preset?.childId !== undefined}>
          <ChildPicker />
        </Form.Item>
        <Form.Item name="kind" label={t('form.field.kind')}>
          <KindChoice />
        </Form.Item>
        <Form.Item name="date" label={kind === 'letter' ? t('form.field.letterWrittenOn') : t('form.field.date')} rules={required} extra={t('form.help.date')}>
          <DatePicker style={{ width: 200 }} disabledDate={notFuture} format="YYYY-MM-DD" />
        </Form.Item>
        <KindFields kind={kind} notFuture={notFuture} autoFocus={preset?.childId !== undefined} />
        <Form.Item name="withFollowUp" valuePropName="checked">
          <Checkbox>{t('form.field.withFollowUp')}</Checkbox>
        </Form.Item>
        {withFollowUp && (
          <Row gutter={16}>
            <Col span={16}>
              <Form.Item name={['followUp', 'note']} label={t('form.field.followUpNote')} rules={[{ ...required[0], whitespace: true }]}>
                <Input maxLength={200} placeholder={t('form.placeholder.followUpNote')} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name={['followUp', 'dueOn']} label={t('form.field.followUpDueOn')} rules={required}>
                <DatePicker style={{ width: '100%' }} disabledDate={notPast} format="YYYY-MM-DD" />
              </Form.Item>
            </Col>
          </Row>
        )}
        <Typography.Text type="secondary">{t('form.help.signed')}</Typography.Text>
      </Form>
    </FormDrawer>
  );
}

/** The record form as a hook: `write(preset)` opens it; render `drawer` once where it is used. */
export function useRecordDrawer(): { drawer: ReactNode; write(preset: RecordPreset): void } {
  const [preset, setPreset] = useState<RecordPreset | null>(null);
  return { drawer: <RecordFormDrawer preset={preset} onClose={() => setPreset(null)} />, write: setPreset };
}
