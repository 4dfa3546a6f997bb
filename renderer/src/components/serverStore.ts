// Server data in a zustand store, one way in every store: a load keeps only the newest answer (typing
// fast or paging quickly sends several requests, and a slow older answer must not overwrite a newer
// one), and a change reloads what it made stale before it answers, so the screen is current when the
// caller goes on.

interface LoadOptions {
  /** On while the newest request runs (a table's spinner). */
  busy?(on: boolean): void;
  /** The newest request's failure; without it a failure is thrown to the caller. */
  failed?(error: unknown): void;
}

export interface NewestAnswer {
  <T>(load: () => Promise<T>, apply: (value: T) => void, options?: LoadOptions): Promise<void>;
  /** Drops the answers still on their way: what they were for is no longer shown. */
  drop(): void;
}

/** Loads of one piece of data, of which only the newest request's answer is applied. */
export function newestAnswer(): NewestAnswer {
  let newest = 0;
  const load = async <T>(read: () => Promise<T>, apply: (value: T) => void, { busy, failed }: LoadOptions = {}): Promise<void> => {
    const request = ++newest;
    const current = () => request === newest;
    busy?.(true);
    try {
      const value = await read();
      if (current()) apply(value);
    } catch (error) {
      if (!failed) throw error;
      if (current()) failed(error);
    } finally {
      if (current()) busy?.(false);
    }
  };
  return Object.assign(load, {
    drop: () => {
      newest++;
    },
  });
}

/** Waits for a change, then for the reload of what it made stale; answers what the change answered. */
export async function andReload<T>(change: Promise<T>, reload: (result: T) => Promise<unknown>): Promise<T> {
  const result = await change;
  await reload(result);
  return result;
}

/**
 * For a change whose refusal may still have changed what is shown (a failed export is in the history):
 * reloads either way, and a failed reload is not the change's failure.
 */
export async function alwaysReload<T>(change: Promise<T>, reload: () => Promise<unknown>): Promise<T> {
  try {
    return await change;
  } finally {
    await reload().catch(() => undefined);
  }
}
