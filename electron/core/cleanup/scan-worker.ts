import { parentPort } from 'node:worker_threads';
import { sizeOnly } from './scan-file.js';
import { scanFileNow } from './scan-file-now.js';
import type { FileScan } from './scan-report.js';
import { packEntries } from './job-answer.js';
import type { FromWorker, ToWorker } from './scan-messages.js';
import { keepYoungGenerationsSmall } from './young-generation.js';

/**
 * A scanning thread: reads the files of one job after another with the same code as a scan on the calling thread
 * (scan-file.ts) and sends back the job's masked findings in one message. Built as its own bundle
 * (scripts/build.mjs) and started by scan-pool.ts. Nothing it sends holds more than the report itself shows.
 */
const port = parentPort;
if (!port) throw new Error('scan-worker runs as a worker thread (see scan-pool.ts)');

keepYoungGenerationsSmall();

let current = new AbortController();
const send = (message: FromWorker) => port.postMessage(message);

// Progress is sent in steps of this many bytes (and at the end of a job): a message per small file would cost more
// than reading it, and a progress bar moves no better for it.
const PROGRESS_BYTES = 4 * 1024 * 1024;
// Reads here block (file-reader.ts): the event loop runs between files once this much was read, so a cancel gets in.
const YIELD_BYTES = 1024 * 1024;

type ScanJob = Extract<ToWorker, { type: 'scan' }>;
// The pool sends the next job before this one is done (scan-pool.ts): jobs wait here and run one after the other.
const queued: ScanJob[] = [];
let draining = false;

port.on('message', (message: ToWorker) => {
  if (message.type === 'cancel') {
    current.abort();
    for (const job of queued.splice(0)) send({ type: 'aborted', job: job.job });
    return;
  }
  queued.push(message);
  if (!draining) void drain();
});

async function drain(): Promise<void> {
  draining = true;
  for (let job = queued.shift(); job; job = queued.shift()) {
    // One signal for every job until a cancel: each AbortSignal has a shape of its own, and code compiled for one
    // signal was thrown away at the next (the SQLite walk, recompiled with each new job).
    if (current.signal.aborted) current = new AbortController();
    await runJob(job, current.signal);
  }
  draining = false;
}

async function runJob(message: ScanJob, signal: AbortSignal): Promise<void> {
  const { job, files, maxSqliteBytes } = message;
  const entries: FileScan[] = [];
  const streamed: number[] = [];
  let unsent = 0;
  let sinceYield = 0;
  let fileStreamed = 0;
  const onBytes = (bytes: number) => {
    fileStreamed += bytes;
    unsent += bytes;
    if (unsent >= PROGRESS_BYTES) {
      send({ type: 'bytes', job, bytes: unsent });
      unsent = 0;
    }
  };
  for (const file of files) {
    fileStreamed = 0;
    let entry: FileScan;
    try {
      const now = scanFileNow(file.root, file, { maxSqliteBytes, signal, onBytes, sync: true });
      entry = now instanceof Promise ? await now : now;
    } catch (error) {
      if (signal.aborted) {
        send({ type: 'aborted', job });
        return;
      }
      // scanOneFile notes its own failures on the file; anything else is noted the same way, not lost.
      entry = { ...sizeOnly(file.root, file), note: `not read: ${(error as Error).message}` };
    }
    entries.push(entry);
    streamed.push(fileStreamed);
    sinceYield += file.size;
    if (sinceYield >= YIELD_BYTES) {
      sinceYield = 0;
      await new Promise((resolve) => setImmediate(resolve));
      if (signal.aborted) {
        send({ type: 'aborted', job });
        return;
      }
    }
  }
  if (unsent > 0) send({ type: 'bytes', job, bytes: unsent });
  send({ type: 'done', job, ...packEntries(entries, streamed) });
}
