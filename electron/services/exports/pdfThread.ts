// summary.pdf drawn on the other core while the bundle's thread writes the sheets: on a district week the
// PDF took half a second of an export that issue 19 asks to finish in two. One short-lived worker per
// bundle (pdfWorker.ts): it loads pdfkit while the sheets are read, and ends with its answer.
import { Worker } from 'node:worker_threads';
import type { WeekFacts } from './facts';
import type { FontChoice } from './fonts';
import type { PdfMeta } from './pdf';
import { workerFile } from './workerFile';
import { received, type SentError } from './workerProtocol';

export interface PdfJob {
  facts: WeekFacts;
  meta: PdfMeta;
  font: FontChoice;
}

export type PdfMessage = { pdf: Uint8Array } | { error: SentError };

/** Draws the PDF in a worker of its own; the answer is the PDF's bytes, or the error it met there. */
export function renderPdfAside(job: PdfJob): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const worker = new Worker(workerFile('pdfWorker'));
    let answered = false;
    worker.once('message', (message: PdfMessage) => {
      answered = true;
      if ('pdf' in message) resolve(Buffer.from(message.pdf.buffer, message.pdf.byteOffset, message.pdf.byteLength));
      else reject(received(message.error));
      void worker.terminate();
    });
    worker.once('error', (error) => {
      answered = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`the PDF worker stopped (exit code ${code})`));
    });
    worker.postMessage(job);
  });
}
