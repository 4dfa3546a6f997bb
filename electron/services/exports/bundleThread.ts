// The main thread's side of the bundle worker (bundleWorker.ts): one worker per process, started on the
// first job and kept while jobs come (starting it loads the export's code), ended after a quiet minute.
// It keeps the process alive only while it has work, so the command line still exits when done.
import { Worker } from 'node:worker_threads';
import type { BundleJob, Drawn } from './jobs';
import { workerFile } from './workerFile';
import { HOOK_FAILED, HOOK_OK, received, type JobMessage, type WorkerMessage } from './workerProtocol';

const IDLE_MS = 60_000;

export interface DrawOptions {
  /**
   * Runs here while the worker waits between writing the files and reading them back, its snapshot still
   * open (tests: damage a file, or change the week meanwhile).
   */
  beforeVerify?: (partialFolder: string) => void | Promise<void>;
}

interface Pending {
  resolve(drawn: unknown): void;
  reject(error: Error): void;
  beforeVerify: DrawOptions['beforeVerify'];
  hook: SharedArrayBuffer | null;
  owner: Worker;
}

let worker: Worker | null = null;
let idle: NodeJS.Timeout | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function failAll(owner: Worker, error: Error): void {
  for (const [id, job] of pending) {
    if (job.owner !== owner) continue;
    pending.delete(id);
    job.reject(error);
  }
}

function answer(message: WorkerMessage): void {
  const job = pending.get(message.id);
  if (!job) return;
  if (message.type === 'beforeVerify') {
    const cell = new Int32Array(job.hook ?? new SharedArrayBuffer(4));
    const hooked = async () => job.beforeVerify?.(message.partial);
    void hooked()
      .then(
        () => Atomics.store(cell, 0, HOOK_OK),
        () => Atomics.store(cell, 0, HOOK_FAILED),
      )
      .finally(() => Atomics.notify(cell, 0));
    return;
  }
  pending.delete(message.id);
  if (message.type === 'done') job.resolve(message.drawn);
  else job.reject(received(message.error));
  if (pending.size === 0) rest();
}

/** No work left: let the process exit, and end the worker if nothing comes for a while. */
function rest(): void {
  worker?.unref();
  idle = setTimeout(() => {
    const ending = worker;
    worker = null;
    void ending?.terminate();
  }, IDLE_MS);
  idle.unref();
}

function started(): Worker {
  if (idle) clearTimeout(idle);
  idle = null;
  if (worker) {
    worker.ref();
    return worker;
  }
  const w = new Worker(workerFile('bundleWorker'));
  w.on('message', answer);
  w.on('error', (error) => failAll(w, error));
  w.on('exit', (code) => {
    if (worker === w) worker = null;
    failAll(w, new Error(`the bundle worker stopped (exit code ${code})`));
  });
  worker = w;
  return w;
}

/** Runs `job` in the bundle worker. */
export function drawInWorker<J extends BundleJob>(job: J, options: DrawOptions = {}): Promise<Drawn<J>> {
  const id = nextId++;
  const hook = options.beforeVerify ? new SharedArrayBuffer(4) : null;
  return new Promise<Drawn<J>>((resolve, reject) => {
    const owner = started();
    pending.set(id, { resolve: resolve as (drawn: unknown) => void, reject, beforeVerify: options.beforeVerify, hook, owner });
    const message: JobMessage = { id, job, hook };
    owner.postMessage(message);
  });
}

let queue: Promise<unknown> = Promise.resolve();

/** Runs `work` after every earlier one has ended: one bundle drawn at a time, named and recorded in order. */
export function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return run;
}
