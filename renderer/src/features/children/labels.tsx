// Small pieces every child screen shows the same way.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ChildSummary } from '../../../../shared/domain';

export function ClassLabel({ grade, classNo }: { grade: number; classNo: number }) {
  const { t } = useTranslation();
  return <>{t('class.label.gradeClass', { grade, classNo })}</>;
}

export function SituationTags({ child }: { child: Pick<ChildSummary, 'situation' | 'deFactoUnsupported'> }) {
  const { t } = useTranslation();
  return (
    <>
      <Tag color={child.situation === 'both_away' ? 'volcano' : 'gold'}>{t(`enums.situation.${child.situation}`)}</Tag>
      {child.deFactoUnsupported && <Tag color="red">{t('enums.flag.deFactoUnsupported')}</Tag>}
    </>
  );
}

export function ConsentMissingTag() {
  const { t } = useTranslation(['children', 'common', 'errors']);
  return <Tag color="red">{t('list.tag.consentMissing')}</Tag>;
}
