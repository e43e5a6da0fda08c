import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { below } from './walk.js';
import { scanOneFile, streamedBytes, type FileScanOptions } from './scan-file.js';
import { jobResultSchema, type JobFile, type ToWorker } from './scan-messages.js';
import { PoolJobs } from './pool-jobs.js';
import { entriesOf } from './job-answer.js';
import type { SentFileScan } from './scan-report.js';

/** Where the scanning threads' bundle is: each entry point names its own (the CLI's .mjs, the app's .cjs). */
export interface ScanWorkers {
  script: URL;
  /** Threads to start; by default one per core, at most four (more only add memory: the disk is then the limit). */
  count?: number;
  /** Threads idle this long are stopped (their memory returned); the next scan starts them again. */
  idleMs?: number;
}

export interface PoolScanOptions extends Pick<FileScanOptions, 'maxSqliteBytes' | 'signal'> {
  /** Bytes just read, as they are read, by the job whose first file is `index`. */
  onBytes: (bytes: number, index: number) => void;
  /**
   * A file is finished, with its entry; `streamed` is how much of it onBytes already counted. The pool keeps no
   * entry: a scan of many thousand files holds only what the caller keeps of them.
   */
  onFile: (index: number, streamed: number, entry: SentFileScan) => void;
}

/** A scan whose files come in batches (a location at a time, as the walk lists them); see ScanPool.open. */
export interface OpenPoolScan {
  /** More files; their indices (for onFile, onBytes) follow those of the files added before. */
  add(files: readonly JobFile[]): void;
  /** No more files will come: `done` settles once the last one's entry is in. */
  end(): void;
  readonly done: Promise<void>;
}

export interface ScanPool {
  /**
   * Scans the files (of any number of locations, each file naming its own) on the pool's threads; each file's entry
   * goes to `onFile` once, in whatever order the threads finish.
   */
  scan(files: readonly JobFile[], options: PoolScanOptions): Promise<void>;
  /**
   * The same as `scan`, with the files handed over while the walk still lists the rest: the threads start on the
   * first location's files instead of waiting for the whole walk. Pools without it get the files in one go.
   */
  open?(options: PoolScanOptions): OpenPoolScan;
  /**
   * Starts the threads ahead of a scan (while the walk still lists files): a thread's start then overlaps
   * the walk instead of following it. Threads not used are stopped like idle ones.
   */
  start?(): void;
  close(): Promise<void>;
  /** Threads started and not yet stopped. */
  readonly threads: number;
}

// A thread holds one file's read buffers and the matcher's short-lived strings: a small young generation is plenty,
// and keeps each thread's memory near that of the work it does.
const THREAD_LIMITS = { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 128 };
// Jobs handed to a thread at once: the next one waits in the thread's queue while the current one is scanned, so the
// thread does not sit idle while its answer crosses to the calling thread and the next job crosses back.
const JOBS_PER_THREAD = 2;

/**
 * Scanning threads, started on first use. ripgrep searches files on every core, and so does this: each thread takes
 * the next job (largest files first, so no thread is left with one big file at the end). A thread that fails is not
 * used again and its unfinished files are scanned on the calling thread, so nothing goes unscanned. Returns
 * undefined where threads would not help (one core) or the bundle is missing (running from source).
 */
export function scanPool(workers: ScanWorkers | undefined): ScanPool | undefined {
  if (!workers) return undefined;
  const count = workers.count ?? Math.min(4, availableParallelism());
  const path = fileURLToPath(workers.script);
  if (count < 2 || !existsSync(path)) return undefined;
  let threads: (Worker | undefined)[] = [];
  let nextJob = 0;
  let idleTimer: NodeJS.Timeout | undefined;
  const stopWhenIdle = () => {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => void stopThreads(), workers.idleMs ?? 30_000).unref();
  };

  const thread = (lane: number): Worker | undefined => {
    if (threads.length <= lane) {
      // Unreferenced, like the idle timer: a CLI run ends when its work is done, not when the threads are stopped.
      const worker = new Worker(path, { resourceLimits: THREAD_LIMITS });
      worker.unref();
      threads[lane] = worker;
    }
    return threads[lane];
  };
  const stopThreads = async () => {
    const stopping = threads;
    threads = [];
    await Promise.all(stopping.map((w) => w?.terminate()));
  };

  // One scan at a time: a second one (a double click) waits, so a cancel only ever reaches the scan it belongs to.
  let queue: Promise<unknown> = Promise.resolve();

  const open = (options: PoolScanOptions): OpenPoolScan => {
    const jobs = new PoolJobs();
    const done = queue.then(async () => {
      clearTimeout(idleTimer);
      try {
        return await scanOnThreads(jobs, options);
      } finally {
        // Kept a while for the next scan (a re-scan after clearing): a thread's first megabytes run before the
        // JIT has compiled the code around the matcher (the stream reader, the SQLite page walk), slower than the rest.
        stopWhenIdle();
      }
    });
    queue = done.catch(() => undefined);
    return { add: (files) => jobs.add(files), end: () => jobs.end(), done };
  };

  return {
    scan(files, options) {
      const run = open(options);
      run.add(files);
      run.end();
      return run.done;
    },
    open,
    start() {
      for (let n = 0; n < count; n++) thread(n);
      stopWhenIdle();
    },
    async close() {
      await queue;
      clearTimeout(idleTimer);
      await stopThreads();
    },
    get threads() {
      return threads.filter(Boolean).length;
    },
  };

  async function scanOnThreads(jobs: PoolJobs, options: PoolScanOptions): Promise<void> {
    const cancel = () => threads.forEach((w) => w?.postMessage({ type: 'cancel' } satisfies ToWorker));
    options.signal?.addEventListener('abort', cancel, { once: true });
    const lane = async (n: number) => {
      for (let indices = await jobs.next(options.signal); indices; indices = await jobs.next(options.signal)) {
        const worker = thread(n);
        const done = worker
          ? await runJob(worker, nextJob++, indices, jobs, options).catch((error: unknown) => {
              if (options.signal?.aborted) throw error;
              threads[n] = undefined; // broken: the rest of this lane runs here
              void worker.terminate();
              return false;
            })
          : false;
        if (!done) await scanHere(indices, jobs, options);
      }
    };
    try {
      // JOBS_PER_THREAD lanes per thread, each with one job in flight.
      await Promise.all(Array.from({ length: count * JOBS_PER_THREAD }, (_, n) => lane(n % count)));
    } finally {
      options.signal?.removeEventListener('abort', cancel);
    }
  }
}

/** The files of a job that no thread answered for, on the calling thread. */
async function scanHere(indices: number[], jobs: PoolJobs, options: PoolScanOptions): Promise<void> {
  const { files } = jobs;
  for (const i of indices) {
    if (jobs.done[i]) continue;
    const streamed = streamedBytes((n) => options.onBytes(n, i));
    const entry = await scanOneFile(files[i]!.root, files[i]!, { maxSqliteBytes: options.maxSqliteBytes, signal: options.signal, onBytes: streamed.onBytes });
    jobs.done[i] = 1;
    options.onFile(i, streamed.total, entry);
  }
}

const LEVELDB_MARK: ReadonlySet<string> = new Set(['CURRENT']);
const NO_SIBLINGS: ReadonlySet<string> = new Set();

/**
 * A file as a job carries it: of its folder's names only the one the file's kind depends on (a LevelDB folder's
 * CURRENT, file-kind.ts). Each file of a cache folder would otherwise carry the names of all its thousands of
 * siblings through the structured clone.
 */
function jobFile(file: JobFile): JobFile {
  const siblings = file.siblings.has('CURRENT') ? LEVELDB_MARK : NO_SIBLINGS;
  return file.raw ? { root: file.root, path: file.path, size: file.size, siblings, raw: file.raw } : { root: file.root, path: file.path, size: file.size, siblings };
}

// Jobs in flight per thread: a thread is referenced while it has any, so the process waits for the answers, and
// unreferenced again when idle (a CLI run ends when its work is done, not when the threads are stopped).
const inFlight = new WeakMap<Worker, number>();
function hold(worker: Worker): void {
  const n = inFlight.get(worker) ?? 0;
  if (n === 0) worker.ref();
  inFlight.set(worker, n + 1);
}
function release(worker: Worker): void {
  const n = (inFlight.get(worker) ?? 1) - 1;
  inFlight.set(worker, n);
  if (n === 0) worker.unref();
}

/** Runs one job on one thread; true when every file came back, an abort error when cancelled. */
function runJob(worker: Worker, job: number, indices: number[], jobs: PoolJobs, options: PoolScanOptions): Promise<boolean> {
  const { files } = jobs;
  return new Promise((resolve, reject) => {
    const finish = (settle: () => void) => {
      release(worker);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      settle();
    };
    const onMessage = (raw: unknown) => {
      const message = raw as { type?: unknown; job?: unknown; bytes?: unknown } | null;
      if (typeof message?.job !== 'number') return finish(() => reject(new Error('scan thread sent an unexpected message: no job')));
      if (message.job !== job) return; // a late answer to a cancelled job
      if (message.type === 'bytes') {
        // The one message sent often, so checked by hand: a count of bytes and nothing else.
        if (typeof message.bytes !== 'number' || !Number.isInteger(message.bytes) || message.bytes < 0) return finish(() => reject(new Error('scan thread sent an unexpected progress message')));
        options.onBytes(message.bytes, indices[0]!);
      } else if (message.type === 'aborted') finish(() => reject(options.signal?.reason ?? new Error('scan cancelled')));
      else {
        const parsed = jobResultSchema.safeParse(raw);
        if (!parsed.success) return finish(() => reject(new Error(`scan thread sent an unexpected message: ${parsed.error.issues[0]?.message}`)));
        const unpacked = entriesOf(parsed.data, indices.length);
        if (typeof unpacked === 'string') return finish(() => reject(new Error(`scan thread sent an unexpected answer: ${unpacked}`)));
        const { entries, streamed } = unpacked;
        const same = (entry: SentFileScan, i: number) => entry.size === files[i]!.size && entry.path === (below(files[i]!.root, files[i]!.path) || '.');
        if (entries.length !== indices.length || streamed.length !== indices.length || !indices.every((i, n) => same(entries[n]!, i))) {
          return finish(() => reject(new Error('scan thread answered for other files than it was given')));
        }
        indices.forEach((i, n) => {
          jobs.done[i] = 1;
          options.onFile(i, streamed[n]!, entries[n]!);
        });
        finish(() => resolve(true));
      }
    };
    const onError = (error: Error) => finish(() => reject(error));
    const onExit = (code: number) => finish(() => reject(new Error(`scan thread stopped (exit code ${code})`)));
    hold(worker);
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage({ type: 'scan', job, files: indices.map((i) => jobFile(files[i]!)), maxSqliteBytes: options.maxSqliteBytes } satisfies ToWorker);
  });
}
