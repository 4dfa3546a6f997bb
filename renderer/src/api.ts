// The typed client over window.api. Feature hooks call `call()`; components never touch window.api.
import type { Input, MethodName, Output } from '../../shared/contract';
import type { ApiError, Result } from '../../shared/errors';

export type WindowApi = { [M in MethodName]: (input: Input<M>) => Promise<Result<Output<M>>> };

declare global {
  interface Window {
    api: WindowApi;
  }
}

export class ApiFailure extends Error {
  constructor(readonly error: ApiError) {
    super(error.code);
    this.name = 'ApiFailure';
  }
}

type FailureListener = (error: ApiError) => void;
const listeners = new Set<FailureListener>();

/** Lets the session store notice `forbidden` (e.g. the idle lock fired) wherever it happens. */
export function onApiFailure(listener: FailureListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export async function call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>> {
  const api = window.api[method] as (input: Input<M>) => Promise<Result<Output<M>>>;
  const result = await api(input);
  if (!result.ok) {
    listeners.forEach((l) => l(result.error));
    throw new ApiFailure(result.error);
  }
  return result.value;
}
