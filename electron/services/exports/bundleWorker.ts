// The bundle worker's entry (a worker_threads Worker started by bundleThread.ts): runs each job it is
// sent (jobs.ts) and answers with what was drawn or why not. Built to dist-electron/bundleWorker.cjs.
import { parentPort } from 'node:worker_threads';
import { drawDigests, drawLedger, drawWeek, type BundleJob, type DigestsDrawn, type LedgerDrawn, type WeekDrawn } from './jobs';
import { HOOK_FAILED, HOOK_WAITING, sendable, type JobMessage, type WorkerMessage } from './workerProtocol';
import type { WriteOptions } from './write';

const port = parentPort;
if (!port) throw new Error('bundleWorker.ts runs only as a worker thread');

/** The caller's beforeVerify, run on the main thread while this one waits for its answer. */
function hookOptions(id: number, hook: SharedArrayBuffer | null): WriteOptions {
  if (!hook) return {};
  const cell = new Int32Array(hook);
  return {
    beforeVerify: (partial) => {
      Atomics.store(cell, 0, HOOK_WAITING);
      send({ id, type: 'beforeVerify', partial });
      Atomics.wait(cell, 0, HOOK_WAITING);
      if (Atomics.load(cell, 0) === HOOK_FAILED) throw new Error('beforeVerify failed');
    },
  };
}

function draw(job: BundleJob, options: WriteOptions): Promise<WeekDrawn | LedgerDrawn | DigestsDrawn> {
  switch (job.kind) {
    case 'week':
      return drawWeek(job, options);
    case 'ledger':
      return drawLedger(job);
    case 'digests':
      return drawDigests(job);
  }
}

function send(message: WorkerMessage): void {
  port?.postMessage(message);
}

port.on('message', ({ id, job, hook }: JobMessage) => {
  draw(job, hookOptions(id, hook)).then(
    (drawn) => send({ id, type: 'done', drawn }),
    (error: unknown) => send({ id, type: 'failed', error: sendable(error) }),
  );
});
