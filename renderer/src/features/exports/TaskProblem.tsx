// The last problem of a task the app retries by itself (the scheduled export, the daily backup).
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TaskStatus } from '../../../../shared/domain';
import { when } from './format';

/** Nothing when the last attempt went well. */
export function TaskProblem({ status }: { status: TaskStatus }) {
  const { t } = useTranslation(['exports']);
  if (!status.problem) return null;
  return (
    <Alert
      type="error"
      showIcon
      title={t(`task.problem.${status.problem.code}`, { detail: status.problem.detail ?? '' })}
      description={t('task.problem.retry', { when: when(status.lastAttemptAt) })}
    />
  );
}
