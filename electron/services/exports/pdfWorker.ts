// The PDF worker's entry (pdfThread.ts starts one per bundle): draws summary.pdf from the week's facts
// and answers with its bytes or why not. Built to dist-electron/pdfWorker.cjs.
import { parentPort } from 'node:worker_threads';
import { renderPdf } from './pdf';
import type { PdfJob, PdfMessage } from './pdfThread';
import { sendable } from './workerProtocol';

const port = parentPort;
if (!port) throw new Error('pdfWorker.ts runs only as a worker thread');

port.once('message', ({ facts, meta, font }: PdfJob) => {
  renderPdf(facts, meta, font).then(
    (pdf) => port.postMessage({ pdf } satisfies PdfMessage),
    (error: unknown) => port.postMessage({ error: sendable(error) } satisfies PdfMessage),
  );
});
