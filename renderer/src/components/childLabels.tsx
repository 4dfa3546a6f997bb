// How a child's class, gender, situation and guardian relation read, the same on every screen.
import { useTranslation } from 'react-i18next';
import type { ClassRef } from '../../../shared/classOrder';
import { GUARDIAN_RELATIONS, type Gender, type GuardianRelation, type Situation } from '../../../shared/domain';

/** Only a child's name is required: any other field may be unknown, and says so. */
export function ClassLabel({ grade, classNo }: ClassRef) {
  const { t } = useTranslation();
  if (grade !== null && classNo !== null) return <>{t('class.label.gradeClass', { grade, classNo })}</>;
  if (grade !== null) return <>{t('class.label.grade', { grade })}</>;
  if (classNo !== null) return <>{t('class.label.class', { classNo })}</>;
  return <>{t('class.label.unknown')}</>;
}

export function GenderText({ gender }: { gender: Gender | null }) {
  const { t } = useTranslation();
  return <>{gender ? t(`enums.gender.${gender}`) : t('enums.unknown')}</>;
}

export function SituationText({ situation }: { situation: Situation | null }) {
  const { t } = useTranslation();
  return <>{situation ? t(`enums.situation.${situation}`) : t('enums.unknown')}</>;
}

const isRelation = (r: string): r is GuardianRelation => (GUARDIAN_RELATIONS as readonly string[]).includes(r);

/** A relation from the enum in words; older files may hold the child import's own word, shown as it is. */
export function useRelationWords(): (relation: string | null) => string {
  const { t } = useTranslation();
  return (relation) => (relation === null ? t('enums.unknown') : isRelation(relation) ? t(`enums.guardianRelation.${relation}`) : relation);
}

export function RelationText({ relation }: { relation: string | null }) {
  return <>{useRelationWords()(relation)}</>;
}
