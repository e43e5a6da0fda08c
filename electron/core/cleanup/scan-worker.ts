import { parentPort } from 'node:worker_threads';
import { scanOneFile, sizeOnly, streamedBytes } from './scan-file.js';
import type { FromWorker, ToWorker } from './scan-messages.js';

/**
 * A scanning thread: reads the files of one job after another with the same code as a scan on the calling thread
 * (scan-file.ts) and sends back each file's masked findings. Built as its own bundle (scripts/build.mjs) and started
 * by scan-pool.ts. Nothing it sends holds more than the report itself shows.
 */
const port = parentPort;
if (!port) throw new Error('scan-worker runs as a worker thread (see scan-pool.ts)');

let current = new AbortController();
const send = (message: FromWorker) => port.postMessage(message);

port.on('message', (message: ToWorker) => {
  if (message.type === 'cancel') {
    current.abort();
    return;
  }
  current = new AbortController();
  void runJob(message, current.signal);
});

async function runJob(message: Extract<ToWorker, { type: 'scan' }>, signal: AbortSignal): Promise<void> {
  const { job, root, files, maxSqliteBytes } = message;
  for (const [index, file] of files.entries()) {
    const streamed = streamedBytes((bytes) => send({ type: 'bytes', job, bytes }));
    let entry;
    try {
      entry = await scanOneFile(root, file, { maxSqliteBytes, signal, onBytes: streamed.onBytes, sync: true });
    } catch (error) {
      if (signal.aborted) {
        send({ type: 'aborted', job });
        return;
      }
      // scanOneFile notes its own failures on the file; anything else is noted the same way, not lost.
      entry = { ...sizeOnly(root, file), note: `not read: ${(error as Error).message}` };
    }
    send({ type: 'file', job, index, entry, streamed: streamed.total });
    // Reads here block (file-reader.ts): let a cancel message in between files.
    await new Promise((resolve) => setImmediate(resolve));
  }
  send({ type: 'done', job });
}
