// Small pieces the library screens show the same way.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Book, CopyStatus } from '../../../../shared/domain';

const COPY_STATUS_COLOR: Record<CopyStatus, string> = { on_shelf: 'green', on_loan: 'blue', lost: 'red', withdrawn: 'default' };

export function CopyStatusTag({ status }: { status: CopyStatus }) {
  const { t } = useTranslation(['library', 'common', 'errors']);
  return <Tag color={COPY_STATUS_COLOR[status]}>{t(`copy.status.${status}`)}</Tag>;
}

/** 3–4年级, 5年级起, 3年级以下… or a dash when the book suits everyone. */
export function GradeRange({ book }: { book: Pick<Book, 'gradeFrom' | 'gradeTo'> }) {
  const { t } = useTranslation(['library', 'common', 'errors']);
  const { gradeFrom: from, gradeTo: to } = book;
  if (from === null && to === null) return <>—</>;
  if (from !== null && to !== null) return <>{from === to ? t('common:class.label.grade', { grade: from }) : t('book.grades.range', { from, to })}</>;
  return <>{from !== null ? t('book.grades.from', { from }) : t('book.grades.to', { to })}</>;
}

// The settings' default scale is stored in Chinese; its grades get a translated label, a grade
// the room typed itself is shown as typed.
const DEFAULT_GRADE_KEY: Record<string, 'excellent' | 'good' | 'fair' | 'improve'> = { 优: 'excellent', 良: 'good', 中: 'fair', 待提高: 'improve' };

export function useGradeLabel(): (grade: string) => string {
  const { t } = useTranslation(['library', 'common', 'errors']);
  return (grade) => {
    const key = DEFAULT_GRADE_KEY[grade];
    return key ? t(`reviews.grade.${key}`) : grade;
  };
}
