// 关爱周期 (admins): how often each surrogate-parent duty falls due. The school's reports ask for a talk
// and a parent contact each month, a visit and a letter each semester; a school may ask for more.
import { App, Card, Col, Form, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { CARE_DUTIES, CARE_PERIODS, type CareDuty, type CarePeriod, type Settings } from '../../../../shared/domain';
import { errorMessage } from '../../components/errors';
import { useSettings } from '../settings/settingsStore';
import { useCare } from './careStore';

const SETTING_OF: Record<CareDuty, keyof Settings & `care${string}Period`> = {
  talk: 'careTalkPeriod',
  contact: 'careContactPeriod',
  visit: 'careVisitPeriod',
  letter: 'careLetterPeriod',
};

export function PeriodsCard() {
  const { t } = useTranslation(['care', 'common', 'errors']);
  const { message } = App.useApp();
  const settings = useSettings((s) => s.settings);
  const update = useSettings((s) => s.update);
  const { loadMine, loadRoom, coverage } = useCare();

  const change = async (duty: CareDuty, period: CarePeriod) => {
    try {
      await update({ [SETTING_OF[duty]]: period });
      message.success(t('periods.message.saved', { duty: t(`shared.duty.${duty}`), period: t(`shared.period.${period}`) }));
      await Promise.all([loadMine(), coverage ? loadRoom() : Promise.resolve()]);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  return (
    <Card size="small" title={t('periods.title.main')}>
      <Form layout="vertical">
        <Row gutter={16}>
          {CARE_DUTIES.map((duty) => (
            <Col key={duty} xs={12} lg={6}>
              <Form.Item label={t('periods.field.duty', { duty: t(`shared.duty.${duty}`) })} htmlFor={`care-period-${duty}`} style={{ marginBottom: 0 }}>
                <Select<CarePeriod>
                  id={`care-period-${duty}`}
                  value={settings?.[SETTING_OF[duty]]}
                  onChange={(period) => void change(duty, period)}
                  options={CARE_PERIODS.map((p) => ({ value: p, label: t(`shared.period.${p}`) }))}
                />
              </Form.Item>
            </Col>
          ))}
        </Row>
      </Form>
    </Card>
  );
}
