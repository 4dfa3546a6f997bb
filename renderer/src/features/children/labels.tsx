// Tags on a child's row in the child list and file.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ChildSummary } from '../../../../shared/domain';

export function SituationTags({ child }: { child: Pick<ChildSummary, 'situation' | 'deFactoUnsupported'> }) {
  const { t } = useTranslation();
  return (
    <>
      {child.situation ? <Tag color={child.situation === 'both_away' ? 'volcano' : 'gold'}>{t(`enums.situation.${child.situation}`)}</Tag> : <Tag>{t('enums.situationUnknown')}</Tag>}
      {child.deFactoUnsupported && <Tag color="red">{t('enums.flag.deFactoUnsupported')}</Tag>}
    </>
  );
}

export function ConsentMissingTag() {
  const { t } = useTranslation(['children', 'common', 'errors']);
  return <Tag color="red">{t('list.tag.consentMissing')}</Tag>;
}
