import { Worker } from 'node:worker_threads';
import { loadNotice, type LoadNoticeResult, type NoticeVariantSource } from './load-notice.js';

/** Where the notice thread's bundle is (beside the app's main bundle); without it notices are read on the caller's thread. */
export interface NoticeWorker {
  script: URL;
  /** A notice taking longer than this is abandoned (the thread is stopped) and reported as unreadable. */
  timeoutMs?: number;
}

export interface NoticeJob {
  variants: NoticeVariantSource[];
  language: string;
  fallback: string;
}

const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * loadNotice, on a thread of its own when a worker is configured (the app), else here (the CLI, which has nothing
 * else to do meanwhile). One short-lived thread per read: notices are read when policy changes or a call starts.
 */
export function loadNoticeOffThread(worker: NoticeWorker | undefined, job: NoticeJob): Promise<LoadNoticeResult> {
  if (!worker) return Promise.resolve(loadNotice(job.variants, job.language, job.fallback));
  const timeoutMs = worker.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return new Promise((resolve, reject) => {
    const thread = new Worker(worker.script);
    const timer = setTimeout(() => {
      void thread.terminate();
      const errors = [{ line: 1, column: 1, field: 'file', message: `reading the notice took longer than ${timeoutMs / 1000} s and was stopped` }];
      resolve({ ok: false, problems: job.variants.map((v) => ({ path: v.path, errors })), warnings: [] });
    }, timeoutMs);
    const done = () => {
      clearTimeout(timer);
      void thread.terminate();
    };
    thread.once('message', (result: LoadNoticeResult) => {
      done();
      resolve(result);
    });
    thread.once('error', (error) => {
      done();
      reject(error);
    });
    thread.postMessage(job);
  });
}
