import { parentPort } from 'node:worker_threads';
import { loadNotice } from './load-notice.js';
import type { NoticeJob } from './load-off-thread.js';

/**
 * A thread that reads notices: YAML and Markdown parsing of a notice IT configured (up to 512 KiB, about a second of
 * CPU at worst) happens here, so the tray and its menu keep answering while it runs. Built as its own bundle
 * (scripts/build.mjs) and started by load-off-thread.ts.
 */
const port = parentPort;
if (!port) throw new Error('notice-worker runs as a worker thread (see load-off-thread.ts)');

port.on('message', (job: NoticeJob) => {
  port.postMessage(loadNotice(job.variants, job.language, job.fallback));
});
