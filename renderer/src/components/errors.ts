// Turns an API failure into words: one message, and per-field messages for forms.
import type { FormInstance } from 'antd';
import { ApiFailure } from '../api';
import i18n from '../i18n';
import type { ApiError, FieldIssue } from '../../../shared/errors';
import { isFieldCode } from '../../../shared/errors';

export function toApiError(error: unknown): ApiError {
  return error instanceof ApiFailure ? error.error : { code: 'internal' };
}

export function errorMessage(error: unknown): string {
  const apiError = toApiError(error);
  const generic = i18n.t(`code.${apiError.code}`, { ns: 'errors', path: apiError.details?.path ?? '' });
  const entity = apiError.details?.entity;
  if (apiError.code === 'conflict' && entity) {
    return i18n.exists(`conflict.${entity}`, { ns: 'errors' }) ? i18n.t(`conflict.${entity}` as 'conflict.last_admin', { ns: 'errors' }) : generic;
  }
  const reason = apiError.details?.reason;
  if (apiError.code === 'office_server' && reason && i18n.exists(`officeServer.${reason}`, { ns: 'errors' })) {
    return i18n.t(`officeServer.${reason}` as 'officeServer.other', { ns: 'errors' });
  }
  return generic;
}

export function fieldMessage(code: string): string {
  return i18n.t(`field.${isFieldCode(code) ? code : 'invalid'}`, { ns: 'errors' });
}

/** Puts each server-side field problem under its form field; returns the ones no field showed. */
export function showFieldErrors<T>(form: FormInstance<T>, issues: FieldIssue[] = []): FieldIssue[] {
  const fieldNames = new Set(form.getFieldsError().map((f) => JSON.stringify(f.name)));
  const unshown = issues.filter((issue) => !fieldNames.has(JSON.stringify(issue.path)));
  form.setFields(issues.filter((issue) => fieldNames.has(JSON.stringify(issue.path))).map((issue) => ({ name: issue.path as never, errors: [fieldMessage(issue.code)] })));
  return unshown;
}
