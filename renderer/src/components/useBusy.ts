// The busy state of a dialog's or a card's button around one call to the main process: the button
// spins while it runs, and a failure is shown (by default as a message with the error's words).
// Answers whether the work was done.
import { App } from 'antd';
import { useCallback, useState } from 'react';
import { errorMessage } from './errors';

export function useBusy() {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async (work: () => Promise<unknown>, onError?: (error: unknown) => void): Promise<boolean> => {
      setBusy(true);
      try {
        await work();
        return true;
      } catch (error) {
        if (onError) onError(error);
        else message.error(errorMessage(error));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [message],
  );
  return { busy, run };
}
