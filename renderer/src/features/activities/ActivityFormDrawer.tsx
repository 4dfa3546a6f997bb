// 新建活动 / 编辑活动 (admins): a weekend activity on one date, or an interest group every week of a
// term; its times, places, grades, teacher and the window in which children may sign up.
import { App, Col, DatePicker, Form, Input, InputNumber, Radio, Row, Select, TimePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { GRADES, type Activity, type ActivityKind } from '../../../../shared/domain';
import type { FieldIssue } from '../../../../shared/errors';
import { FormDrawer } from '../../components/form/FormDrawer';
import { useFormSave } from '../../components/form/useFormSave';
import { WEEKDAYS } from './labels';
import { useActivities, type ActivityInput } from './activitiesStore';

interface Values {
  kind: ActivityKind;
  title: string;
  description?: string;
  place?: string;
  capacity: number;
  gradeFrom?: number;
  gradeTo?: number;
  teacherId?: number;
  signupOpensAt: Dayjs;
  signupClosesAt: Dayjs;
  date?: Dayjs;
  weekday?: number;
  termStart?: Dayjs;
  termEnd?: Dayjs;
  startTime: Dayjs;
  endTime: Dayjs;
}

interface Props {
  open: boolean;
  /** null: a new activity. */
  activity: Activity | null;
  onClose(): void;
}

const DAY = 'YYYY-MM-DD';
const STAMP = 'YYYY-MM-DDTHH:mm:ssZ';
const TIME = 'HH:mm';

/** '15:30' as today at 15:30: what a TimePicker holds. */
function atTime(hhmm: string): Dayjs {
  const [h = NaN, m = NaN] = hhmm.split(':').map(Number);
  return dayjs().hour(h).minute(m).second(0);
}

function toValues(a: Activity): Values {
  const day = (d: string | null) => (d ? dayjs(d) : undefined);
  return {
    kind: a.kind,
    title: a.title,
    description: a.description ?? undefined,
    place: a.place ?? undefined,
    capacity: a.capacity,
    gradeFrom: a.gradeFrom ?? undefined,
    gradeTo: a.gradeTo ?? undefined,
    teacherId: a.teacherId ?? undefined,
    signupOpensAt: dayjs(a.signupOpensAt),
    signupClosesAt: dayjs(a.signupClosesAt),
    date: day(a.date),
    weekday: a.weekday ?? undefined,
    termStart: day(a.termStart),
    termEnd: day(a.termEnd),
    startTime: atTime(a.startTime),
    endTime: atTime(a.endTime),
  };
}

function toInput(v: Values): ActivityInput {
  const weekend = v.kind === 'weekend';
  return {
    kind: v.kind,
    title: v.title,
    description: v.description || null,
    place: v.place || null,
    capacity: v.capacity,
    gradeFrom: v.gradeFrom ?? null,
    gradeTo: v.gradeTo ?? null,
    teacherId: v.teacherId ?? null,
    signupOpensAt: v.signupOpensAt.format(STAMP),
    signupClosesAt: v.signupClosesAt.format(STAMP),
    date: weekend ? (v.date?.format(DAY) ?? null) : null,
    weekday: weekend ? null : (v.weekday ?? null),
    termStart: weekend ? null : (v.termStart?.format(DAY) ?? null),
    termEnd: weekend ? null : (v.termEnd?.format(DAY) ?? null),
    startTime: v.startTime.format(TIME),
    endTime: v.endTime.format(TIME),
  };
}

/** Server problems name activity.title (update) or title (create); the form's field is title. */
const toFormIssues = (issues: FieldIssue[] = []): FieldIssue[] => issues.map((i) => ({ ...i, path: i.path[0] === 'activity' ? i.path.slice(1) : i.path }));

export function ActivityFormDrawer({ open, activity, onClose }: Props) {
  const { t } = useTranslation(['activities', 'common', 'errors']);
  const { message } = App.useApp();
  const { staff, loadStaff, create, update } = useActivities();
  const [form] = Form.useForm<Values>();
  const { busy, save } = useFormSave(form, { toFields: toFormIssues });
  const kind = Form.useWatch('kind', form) ?? 'weekend';
  const required = [{ required: true, message: t('errors:field.required') }];

  useEffect(() => {
    if (!open) return;
    void loadStaff().catch(() => undefined);
    form.resetFields();
    if (activity) form.setFieldsValue(toValues(activity));
  }, [open, activity, form, loadStaff]);

  const submit = async (values: Values) => {
    await save(async () => {
      const saved = activity ? await update(activity.id, toInput(values)) : await create(toInput(values));
      message.success(t(activity ? 'form.message.updated' : 'form.message.created', { title: saved.title }));
      onClose();
    });
  };

  const gradeOptions = GRADES.map((g) => ({ value: g, label: t('common:class.label.grade', { grade: g }) }));
  const weekdayOptions = WEEKDAYS.map((d) => ({ value: d, label: t(`shared.weekday.${d}`) }));

  return (
    <FormDrawer open={open} size={600} title={activity ? t('form.title.edit', { title: activity.title }) : t('form.title.add')} busy={busy} onClose={onClose} onSave={() => form.submit()}>
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} initialValues={{ kind: 'weekend', capacity: 20 }}>
        <Form.Item name="kind" label={t('form.field.kind')}>
          <Radio.Group optionType="button" options={(['weekend', 'group'] as const).map((k) => ({ value: k, label: t(`shared.kind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="title" label={t('form.field.title')} rules={[{ required: true, whitespace: true, message: t('errors:field.required') }]}>
          <Input maxLength={60} />
        </Form.Item>
        {kind === 'weekend' ? (
          <Form.Item name="date" label={t('form.field.date')} rules={required}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        ) : (
          <Row gutter={16}>
            <Col span={8}>
              <Form.Item name="weekday" label={t('form.field.weekday')} rules={required}>
                <Select options={weekdayOptions} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="termStart" label={t('form.field.termStart')} rules={required}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="termEnd" label={t('form.field.termEnd')} rules={required}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
        )}
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="startTime" label={t('form.field.startTime')} rules={required}>
              <TimePicker format={TIME} minuteStep={5} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="endTime" label={t('form.field.endTime')} rules={required}>
              <TimePicker format={TIME} minuteStep={5} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="capacity" label={t('form.field.capacity')} rules={required}>
              <InputNumber min={1} max={500} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="gradeFrom" label={t('form.field.gradeFrom')}>
              <Select allowClear options={gradeOptions} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="gradeTo" label={t('form.field.gradeTo')}>
              <Select allowClear options={gradeOptions} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="teacherId" label={t('form.field.teacher')}>
              <Select allowClear options={staff.map((s) => ({ value: s.id, label: s.name }))} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="signupOpensAt" label={t('form.field.signupOpensAt')} rules={required}>
              <DatePicker showTime={{ format: TIME }} format={`${DAY} ${TIME}`} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="signupClosesAt" label={t('form.field.signupClosesAt')} rules={required}>
              <DatePicker showTime={{ format: TIME }} format={`${DAY} ${TIME}`} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="place" label={t('form.field.place')}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="description" label={t('form.field.description')}>
          <Input.TextArea maxLength={1000} autoSize={{ minRows: 3, maxRows: 8 }} />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
