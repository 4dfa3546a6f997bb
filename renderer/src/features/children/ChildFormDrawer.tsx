// Add or edit a child file. The same rules run here (for quick feedback) and in the main process: only the
// name is required, as for a row of the child import.
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, AutoComplete, Button, Checkbox, Col, DatePicker, Divider, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import type { Rule } from 'antd/es/form';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toMonthDay } from '../../../../shared/validation';
import { COLLECTOR_ONLY_RELATIONS, GENDERS, GRADES, GUARDIAN_RELATIONS, LEGACY_GUARDIAN_RELATIONS, PARENT_RELATIONS, SITUATIONS, type ChildFile, type StaffMember } from '../../../../shared/domain';
import { isPhone } from '../../../../shared/validation';
import { call } from '../../api';
import { errorMessage, toApiError } from '../../components/errors';
import { FormDrawer } from '../../components/form/FormDrawer';
import { useFormSave } from '../../components/form/useFormSave';
import { HEALTH_FIELDS, toFormValues, toInput, type ChildFormValues } from './childForm';
import { useChildren } from './childrenStore';
import { SurveyFields } from './SurveyFields';

interface Props {
  open: boolean;
  child: ChildFile | null;
  onClose(saved?: ChildFile): void;
}

/**
 * Shown as 2017-03-12; typed also as 2017/3/12, 2017.3.12, 20170312 or 2017年3月12日. A future date is
 * refused by a rule with a message (a disabled date would be cleared silently when typed).
 */
const DATE_FORMATS = ['YYYY-MM-DD', 'YYYY-M-D', 'YYYY/M/D', 'YYYY.M.D', 'YYYYMMDD', 'YYYY年M月D日'];

export function ChildFormDrawer({ open, child, onClose }: Props) {
  const { t } = useTranslation(['children', 'common', 'errors']);
  const { message } = App.useApp();
  const save = useChildren((s) => s.save);
  const [form] = Form.useForm<ChildFormValues>();
  // An old record's 伯叔舅 / 姑姨婶 stays shown and kept; new choices are the survey's own words. A caring
  // mother may collect her but is not her guardian.
  const relation = Form.useWatch('guardianRelation', form);
  const relationOptions = GUARDIAN_RELATIONS.filter((r) => r === relation || !(LEGACY_GUARDIAN_RELATIONS.includes(r) || COLLECTOR_ONLY_RELATIONS.includes(r))).map((r) => ({
    value: r,
    label: t(`common:enums.guardianRelation.${r}`),
  }));
  const [staff, setStaff] = useState<StaffMember[]>([]);
  const [hukouPlaces, setHukouPlaces] = useState<string[]>([]);
  const {
    busy,
    save: saveForm,
    problem,
    setProblem,
  } = useFormSave(form, {
    show: 'alert',
    describe: (e, unshown) => (unshown.length || toApiError(e).code !== 'invalid_input' ? errorMessage(e) : t('form.message.fixFields')),
  });

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(toFormValues(child));
    setProblem(null);
    call('staff.list', {}).then(setStaff, () => setStaff([]));
    call('children.hukouPlaces', {}).then(setHukouPlaces, () => setHukouPlaces([]));
  }, [open, child, form, setProblem]);

  const required: Rule = { required: true, message: t('errors:field.required') };
  const notFuture: Rule = {
    validator: (_, v?: Dayjs | null) => (!v || !v.isAfter(dayjs(), 'day') ? Promise.resolve() : Promise.reject(new Error(t('errors:field.date_future')))),
  };
  /** A parent's birthday as people write it (3月12日, 3-12, 03-12); empty is fine. */
  const monthDayRule: Rule = {
    validator: (_, v?: string | null) => (!v?.trim() || toMonthDay(v) ? Promise.resolve() : Promise.reject(new Error(t('form.field.parentBirthdayInvalid')))),
  };
  const phoneRule = (isRequired: boolean): Rule[] => [
    ...(isRequired ? [required] : []),
    { validator: (_, v?: string) => (!v || isPhone(v) ? Promise.resolve() : Promise.reject(new Error(t('errors:field.phone')))) },
  ];

  const submit = async () => {
    const values = await form.validateFields();
    await saveForm(async () => {
      const saved = await save(child?.id ?? null, toInput(values));
      message.success(t('form.message.saved', { name: saved.name }));
      onClose(saved);
    });
  };

  return (
    <FormDrawer
      open={open}
      size="large"
      title={child ? t('form.title.edit', { name: child.name }) : t('form.title.add')}
      busy={busy}
      problem={problem}
      onClose={() => onClose()}
      onSave={() => void submit().catch(() => setProblem(t('form.message.fixFields')))}
    >
      <Form<ChildFormValues> form={form} name={child ? `child-${child.id}` : 'child-new'} layout="vertical" scrollToFirstError>
        <Divider titlePlacement="start">{t('form.section.basic')}</Divider>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="name" label={t('form.field.name')} rules={[{ ...required, whitespace: true }]}>
              <Input maxLength={20} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="gender" label={t('form.field.gender')}>
              <Select allowClear options={GENDERS.map((g) => ({ value: g, label: t(`common:enums.gender.${g}`) }))} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="birthDate" label={t('form.field.birthDate')} rules={[notFuture]}>
              <DatePicker style={{ width: '100%' }} format={DATE_FORMATS} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="grade" label={t('form.field.grade')}>
              <Select allowClear options={GRADES.map((g) => ({ value: g, label: t('common:class.label.grade', { grade: g }) }))} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="classNo" label={t('form.field.classNo')}>
              <InputNumber min={1} max={40} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="studentNo" label={t('form.field.studentNo')}>
              <Input maxLength={30} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="ethnicity" label={t('form.field.ethnicity')}>
              <Input maxLength={20} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col span={16}>
            <Form.Item name="hukou" label={t('form.field.hukou')} extra={t('form.help.hukou')}>
              <AutoComplete maxLength={60} options={hukouPlaces.map((p) => ({ value: p }))} filterOption={(typed, option) => option?.value.includes(typed) ?? false} />
            </Form.Item>
          </Col>
        </Row>

        <Divider titlePlacement="start">{t('form.section.situation')}</Divider>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="situation" label={t('form.field.situation')}>
              <Select allowClear options={SITUATIONS.map((s) => ({ value: s, label: t(`common:enums.situation.${s}`) }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="deFactoUnsupported" valuePropName="checked" label=" ">
              <Checkbox>{t('common:enums.flag.deFactoUnsupported')}</Checkbox>
            </Form.Item>
            <Form.Item name="boarding" valuePropName="checked" style={{ marginTop: -16 }}>
              <Checkbox>{t('form.field.boarding')}</Checkbox>
            </Form.Item>
          </Col>
        </Row>

        <Divider titlePlacement="start">{t('form.section.guardian')}</Divider>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="guardianName" label={t('form.field.guardianName')}>
              <Input maxLength={30} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="guardianRelation" label={t('form.field.guardianRelation')}>
              <Select allowClear options={relationOptions} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="guardianPhone" label={t('form.field.guardianPhone')} rules={phoneRule(false)}>
              <Input maxLength={20} inputMode="tel" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="guardianAddress" label={t('form.field.guardianAddress')}>
              <Input maxLength={120} />
            </Form.Item>
          </Col>
        </Row>

        <Divider titlePlacement="start">{t('form.section.parents')}</Divider>
        <Form.List name="parents">
          {(fields, { add, remove }) => (
            <>
              {fields.map(({ key, name }) => (
                <div key={key}>
                  <Form.Item name={[name, 'id']} hidden>
                    <InputNumber />
                  </Form.Item>
                  <Row gutter={12} align="middle">
                    <Col span={5}>
                      <Form.Item name={[name, 'relation']} label={t('form.field.parentRelation')} rules={[required]}>
                        <Select options={PARENT_RELATIONS.map((r) => ({ value: r, label: t(`common:enums.parentRelation.${r}`) }))} />
                      </Form.Item>
                    </Col>
                    <Col span={6}>
                      <Form.Item name={[name, 'name']} label={t('form.field.parentName')}>
                        <Input maxLength={30} />
                      </Form.Item>
                    </Col>
                    <Col span={6}>
                      <Form.Item name={[name, 'phone']} label={t('form.field.parentPhone')} rules={phoneRule(false)}>
                        <Input maxLength={20} inputMode="tel" />
                      </Form.Item>
                    </Col>
                    <Col span={6}>
                      <Form.Item name={[name, 'workCity']} label={t('form.field.workCity')}>
                        <Input maxLength={40} />
                      </Form.Item>
                    </Col>
                    <Col span={1}>
                      <MinusCircleOutlined aria-label={t('form.action.removeParent')} onClick={() => remove(name)} />
                    </Col>
                    <Col span={8}>
                      <Form.Item name={[name, 'employer']} label={t('form.field.employer')}>
                        <Input maxLength={60} />
                      </Form.Item>
                    </Col>
                    <Col span={8}>
                      <Form.Item name={[name, 'bestCallTime']} label={t('form.field.bestCallTime')}>
                        <Input maxLength={40} placeholder={t('form.field.bestCallTimePlaceholder')} />
                      </Form.Item>
                    </Col>
                    <Col span={7}>
                      <Form.Item name={[name, 'verifiedOn']} label={t('form.field.verifiedOn')} rules={[notFuture]}>
                        <DatePicker style={{ width: '100%' }} format={DATE_FORMATS} />
                      </Form.Item>
                    </Col>
                    <Col span={8}>
                      <Form.Item name={[name, 'birthday']} label={t('form.field.parentBirthday')} rules={[monthDayRule]}>
                        <Input maxLength={10} placeholder={t('form.field.parentBirthdayPlaceholder')} />
                      </Form.Item>
                    </Col>
                  </Row>
                </div>
              ))}
              {fields.length < 4 && (
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ relation: 'other', name: '' })} block>
                  {t('form.action.addParent')}
                </Button>
              )}
            </>
          )}
        </Form.List>

        <SurveyFields phoneRules={phoneRule(false)} />
        <Divider titlePlacement="start">{t('form.section.health')}</Divider>
        <Typography.Paragraph type="secondary">{t('form.help.health')}</Typography.Paragraph>
        <Row gutter={16}>
          {HEALTH_FIELDS.map((field) => (
            <Col span={12} key={field}>
              <Form.Item name={field} label={t(`form.field.${field}`)}>
                <Input.TextArea rows={2} maxLength={500} placeholder={t(`form.placeholder.${field}`)} />
              </Form.Item>
            </Col>
          ))}
        </Row>

        <Divider titlePlacement="start">{t('form.section.care')}</Divider>
        <Form.Item name="surrogateStaffId" label={t('form.field.surrogate')}>
          <Select allowClear options={staff.filter((s) => !s.archived).map((s) => ({ value: s.id, label: s.name }))} placeholder={t('form.field.surrogatePlaceholder')} />
        </Form.Item>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name={['consent', 'signedBy']} label={t('form.field.consentSignedBy')}>
              <Input maxLength={30} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name={['consent', 'signedOn']} label={t('form.field.consentSignedOn')} rules={[notFuture]}>
              <DatePicker style={{ width: '100%' }} format={DATE_FORMATS} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name={['consent', 'scope']} label={t('form.field.consentScope')}>
              <Input maxLength={200} placeholder={t('form.field.consentScopePlaceholder')} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="notes" label={t('form.field.notes')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
