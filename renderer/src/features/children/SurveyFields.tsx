// The national survey's fields of the child's file (身体状况, 家庭主要经济来源, 受委托监护人情况,
// 村(居)委会联系人): all optional, shown empty when unknown. The usual answers are offered, any other
// words are kept as typed, since schools' own forms word them differently.
import { AutoComplete, Col, Divider, Form, Input, Row } from 'antd';
import type { Rule } from 'antd/es/form';
import { useTranslation } from 'react-i18next';

const HEALTH = ['healthy', 'fair', 'poor', 'ill', 'disabled'] as const;
const INCOME = ['work', 'farming', 'business', 'welfare', 'other'] as const;

export function SurveyFields({ phoneRules }: { phoneRules: Rule[] }) {
  const { t } = useTranslation('children');
  const healthOptions = HEALTH.map((h) => ({ value: t(`form.option.healthStatus.${h}`) }));
  const incomeOptions = INCOME.map((i) => ({ value: t(`form.option.incomeSource.${i}`) }));
  return (
    <>
      <Divider titlePlacement="start">{t('form.section.survey')}</Divider>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="healthStatus" label={t('form.field.healthStatus')}>
            <AutoComplete maxLength={30} options={healthOptions} />
          </Form.Item>
        </Col>
        <Col span={16}>
          <Form.Item name="incomeSource" label={t('form.field.incomeSource')}>
            <AutoComplete maxLength={30} options={incomeOptions} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="guardianSituation" label={t('form.field.guardianSituation')} extra={t('form.help.guardianSituation')}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="villageContactName" label={t('form.field.villageContactName')} extra={t('form.help.villageContactName')}>
            <Input maxLength={30} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="villageContactPhone" label={t('form.field.villageContactPhone')} rules={phoneRules}>
            <Input maxLength={20} inputMode="tel" />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
