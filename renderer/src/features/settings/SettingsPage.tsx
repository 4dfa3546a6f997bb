// Room settings for admins: names shown on every screen, the idle lock, the library's rules, the language;
// below, the office database (汇总数据库) an office PC keeps the rooms' bundles in.
import { Card, Form, Input, InputNumber, Select, Space, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../shared/domain';
import { OfficeServerCard } from '../office/OfficeServerCard';
import { useSettingsForm } from './useSettingsForm';
import { SaveButton } from '../../components/form/SaveButton';

type Key = Exclude<keyof Settings, 'timezone' | 'teachersOnDuty'>;
type Values = Pick<Settings, Key>;

export function SettingsPage() {
  const { t } = useTranslation(['settings', 'common', 'errors']);
  const { form, busy, save } = useSettingsForm<Key>();
  const submit = (values: Values) => save(values, t('page.message.saved'));

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card title={t('page.title.main')} style={{ maxWidth: 640 }}>
        <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
          <Form.Item name="schoolName" label={t('page.field.school')} rules={[{ required: true, whitespace: true, message: t('errors:field.required') }]}>
            <Input maxLength={60} />
          </Form.Item>
          <Form.Item name="roomName" label={t('page.field.room')} rules={[{ required: true, whitespace: true, message: t('errors:field.required') }]}>
            <Input maxLength={60} />
          </Form.Item>
          <Form.Item name="idleLockMinutes" label={t('page.field.idleLock')} extra={t('page.field.idleLockHelp')}>
            <InputNumber min={1} max={120} />
          </Form.Item>
          <Form.Item name="roomCapacity" label={t('page.field.capacity')}>
            <InputNumber min={1} max={500} />
          </Form.Item>
          <Form.Item name="childrenPerTeacher" label={t('page.field.perTeacher')} extra={t('page.field.perTeacherHelp')}>
            <InputNumber min={1} max={100} />
          </Form.Item>
          <Form.Item name="closingTime" label={t('page.field.closing')} extra={t('page.field.closingHelp')} rules={[{ pattern: /^([01]\d|2[0-3]):[0-5]\d$/, message: t('errors:field.invalid') }]}>
            <Input maxLength={5} style={{ width: 100 }} placeholder="18:30" />
          </Form.Item>
          <Form.Item name="leaveAloneFromGrade" label={t('page.field.leaveAloneFromGrade')} extra={t('page.field.leaveAloneFromGradeHelp')}>
            <InputNumber min={1} max={10} />
          </Form.Item>
          <Form.Item
            name="springTermEnd"
            label={t('page.field.springTermEnd')}
            extra={t('page.field.springTermEndHelp')}
            rules={[{ pattern: /^0[2-8]-(0[1-9]|[12]\d|3[01])$/, message: t('errors:field.invalid') }]}
          >
            <Input maxLength={5} style={{ width: 100 }} placeholder="06-30" />
          </Form.Item>
          <Form.Item
            name="schoolYearStart"
            label={t('page.field.schoolYearStart')}
            extra={t('page.field.schoolYearStartHelp')}
            rules={[{ pattern: /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, message: t('errors:field.invalid') }]}
          >
            <Input maxLength={5} style={{ width: 100 }} placeholder="09-01" />
          </Form.Item>
          <Form.Item name="lastGrade" label={t('page.field.lastGrade')} extra={t('page.field.lastGradeHelp')}>
            <InputNumber min={1} max={9} />
          </Form.Item>
          <Form.Item name="callLimitMinutes" label={t('page.field.callLimit')}>
            <InputNumber min={1} max={60} />
          </Form.Item>
          <Form.Item name="videoCallPc" label={t('page.field.videoCallPc')} extra={t('page.field.videoCallPcHelp')} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item name="kioskReturnSeconds" label={t('page.field.kioskReturn')}>
            <InputNumber min={2} max={60} />
          </Form.Item>
          <Form.Item name="kioskVoice" label={t('page.field.kioskVoice')} extra={t('page.field.kioskVoiceHelp')} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item name="loanDays" label={t('page.field.loanDays')}>
            <InputNumber min={1} max={120} />
          </Form.Item>
          <Form.Item name="maxLoansPerChild" label={t('page.field.maxLoans')}>
            <InputNumber min={1} max={20} />
          </Form.Item>
          <Form.Item name="maxRenewals" label={t('page.field.maxRenewals')}>
            <InputNumber min={0} max={10} />
          </Form.Item>
          <Form.Item
            name="reviewGrades"
            label={t('page.field.reviewGrades')}
            extra={t('page.field.reviewGradesHelp')}
            rules={[
              { type: 'array', min: 2, message: t('errors:field.range') },
              { type: 'array', max: 8, message: t('errors:field.too_many') },
              {
                validator: async (_, grades?: string[]) => (grades ?? []).every((g) => g.trim().length <= 10) || Promise.reject(new Error(t('errors:field.too_long'))),
              },
            ]}
          >
            <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[',', '，', ' ']} />
          </Form.Item>
          <Form.Item name="language" label={t('page.field.language')}>
            <Select
              options={[
                { value: 'zh-CN', label: '中文（简体）' },
                { value: 'en', label: 'English' },
              ]}
              style={{ width: 200 }}
            />
          </Form.Item>
          <SaveButton busy={busy} />
        </Form>
      </Card>
      {/* Only the office's administrator sees Settings; the office database is hers to point at the county. */}
      <OfficeServerCard />
    </Space>
  );
}
