// The fields one kind of record asks for. A letter asks whom it went to and when, never its words:
// the Minors Protection Law forbids reading a child's letters.
import { Alert, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { CONTACT_MODES, CONTACT_WITH, GROWTH_AREAS, type CareKind } from '../../../../shared/domain';

const TEXT_MAX = 2000;

interface Props {
  kind: CareKind;
  notFuture(d: Dayjs): boolean;
  /** The child and kind are chosen already: the teacher starts typing at once. */
  autoFocus: boolean;
}

export function KindFields({ kind, notFuture, autoFocus }: Props) {
  const { t } = useTranslation(['care', 'common', 'errors']);
  const required = [{ required: true, message: t('errors:field.required') }];
  const requiredText = [{ required: true, whitespace: true, message: t('errors:field.required') }];
  // Only the first field of a kind takes the focus.
  const textField = (label: string, placeholder: string, focus = autoFocus) => (
    <Form.Item name="text" label={label} rules={requiredText}>
      <Input.TextArea autoFocus={focus} maxLength={TEXT_MAX} showCount autoSize={{ minRows: 4, maxRows: 12 }} placeholder={placeholder} />
    </Form.Item>
  );

  switch (kind) {
    case 'talk':
      return textField(t('form.field.talkText'), t('form.placeholder.talkText'));
    case 'counselling':
      return (
        <>
          <Alert type="info" showIcon title={t('form.note.counselling')} style={{ marginBottom: 16 }} />
          {textField(t('form.field.counsellingText'), t('form.placeholder.counsellingText'))}
        </>
      );
    case 'contact':
      return (
        <>
          <Row gutter={16}>
            <Col span={12}>
              <Form.Item name="contactWith" label={t('form.field.contactWith')} rules={required}>
                <Select autoFocus={autoFocus} options={CONTACT_WITH.map((w) => ({ value: w, label: t(`shared.contactWith.${w}`) }))} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="contactMode" label={t('form.field.contactMode')} rules={required}>
                <Select options={CONTACT_MODES.map((m) => ({ value: m, label: t(`shared.contactMode.${m}`) }))} />
              </Form.Item>
            </Col>
          </Row>
          {textField(t('form.field.contactText'), t('form.placeholder.contactText'), false)}
        </>
      );
    case 'home_visit':
      return (
        <>
          <Form.Item name="metWith" label={t('form.field.metWith')} rules={requiredText}>
            <Input autoFocus={autoFocus} maxLength={100} placeholder={t('form.placeholder.metWith')} />
          </Form.Item>
          {textField(t('form.field.visitText'), t('form.placeholder.visitText'), false)}
        </>
      );
    case 'letter':
      return (
        <>
          <Alert type="warning" showIcon title={t('form.note.letter')} style={{ marginBottom: 16 }} />
          <Row gutter={16}>
            <Col span={12}>
              <Form.Item name="letterTo" label={t('form.field.letterTo')} rules={requiredText}>
                <Input autoFocus={autoFocus} maxLength={60} placeholder={t('form.placeholder.letterTo')} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item
                name="letterSentOn"
                label={t('form.field.letterSentOn')}
                extra={t('form.help.letterSentOn')}
                dependencies={['date']}
                rules={[
                  ({ getFieldValue }) => ({
                    validator: (_, sent: Dayjs | null | undefined) => {
                      const written = getFieldValue('date') as Dayjs | undefined;
                      return sent && written && sent.isBefore(written, 'day') ? Promise.reject(new Error(t('form.error.sentBeforeWritten'))) : Promise.resolve();
                    },
                  }),
                ]}
              >
                <DatePicker style={{ width: '100%' }} disabledDate={notFuture} format="YYYY-MM-DD" />
              </Form.Item>
            </Col>
          </Row>
        </>
      );
    case 'growth':
      return (
        <>
          <Form.Item name="growthArea" label={t('form.field.growthArea')} rules={required}>
            <Select autoFocus={autoFocus} options={GROWTH_AREAS.map((a) => ({ value: a, label: t(`shared.growthArea.${a}`) }))} />
          </Form.Item>
          {textField(t('form.field.growthText'), t('form.placeholder.growthText'), false)}
        </>
      );
  }
}
