// A form's save, written once for every drawer and dialog: the save button spins while the call runs,
// and a refusal puts each field problem the main process named under its field, with the error's
// words in the dialog's alert (`problem`) or in a message.
import { App, type FormInstance } from 'antd';
import { useCallback, useState } from 'react';
import type { FieldIssue } from '../../../../shared/errors';
import { errorMessage, showFieldErrors, toApiError } from '../errors';
import { useBusy } from '../useBusy';

export interface FormSaveOptions {
  /** 'alert': the words go to `problem`, which the form shows above or below its fields; 'message' (default): a message. */
  show?: 'alert' | 'message';
  /** The main process's field paths as the form names them, where they differ. */
  toFields?(issues: FieldIssue[] | undefined): FieldIssue[] | undefined;
  /** The words for a refusal, given the field problems no field showed; errorMessage by default. */
  describe?(error: unknown, unshown: FieldIssue[]): string;
}

export function useFormSave<T>(form: FormInstance<T>, { show = 'message', toFields, describe }: FormSaveOptions = {}) {
  const { message } = App.useApp();
  const { busy, run } = useBusy();
  const [problem, setProblem] = useState<string | null>(null);

  /** Runs the save; answers whether it was done. `onRefused` puts the form right before the refusal is shown. */
  const save = useCallback(
    (work: () => Promise<unknown>, onRefused?: () => void): Promise<boolean> => {
      setProblem(null);
      return run(work, (e) => {
        onRefused?.();
        const issues = toApiError(e).details?.issues;
        const unshown = showFieldErrors(form, toFields ? toFields(issues) : issues);
        const words = describe ? describe(e, unshown) : errorMessage(e);
        if (show === 'alert') setProblem(words);
        else message.error(words);
      });
    },
    [run, form, toFields, describe, show, message],
  );

  return { busy, save, problem, setProblem };
}
