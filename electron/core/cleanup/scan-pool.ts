import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { below } from './walk.js';
import { scanOneFile, streamedBytes, type FileScanOptions } from './scan-file.js';
import { jobResultSchema, type JobFile, type ToWorker } from './scan-messages.js';
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

export interface ScanPool {
  /**
   * Scans the files (of any number of locations, each file naming its own) on the pool's threads; each file's entry
   * goes to `onFile` once, in whatever order the threads finish.
   */
  scan(files: readonly JobFile[], options: PoolScanOptions): Promise<void>;
  /**
   * Starts the threads ahead of a scan (while the walk still lists files): a thread's start then overlaps
   * the walk instead of following it. Threads not used are stopped like idle ones.
   */
  start?(): void;
  close(): Promise<void>;
  /** Threads started and not yet stopped. */
  readonly threads: number;
}

// Small files travel together so a folder of thousands of cache entries costs a few messages, not thousands.
// Each job is a round trip through the calling thread, which on a busy machine waits its turn: a few per thread.
// At most 64 files a job: a job's answer is cloned and checked on the calling thread in one go, and with 256 a
// folder of cache entries answered in bursts that the calling thread's small young generation could not hold, so
// they were promoted before they died (2.7 MB of a 1 GB scan's peak; the same CPU time, two jobs in flight a thread).
const JOB_BYTES = 8 * 1024 * 1024;
const JOB_FILES = 64;
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

  return {
    scan(files, options) {
      const run = queue.then(async () => {
        clearTimeout(idleTimer);
        try {
          return await scanOnThreads(files, options);
        } finally {
          // Kept a while for the next scan (a re-scan after clearing): a thread's first megabytes run before the
          // JIT has compiled the code around the matcher (the stream reader, the SQLite page walk), slower than the rest.
          stopWhenIdle();
        }
      });
      queue = run.catch(() => undefined);
      return run;
    },
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

  async function scanOnThreads(files: readonly JobFile[], options: PoolScanOptions): Promise<void> {
    // Which files have their entry (a broken thread's job is finished here, without its files done already).
    const results = new Uint8Array(files.length);
    const jobs = jobsOf(files);
    const cancel = () => threads.forEach((w) => w?.postMessage({ type: 'cancel' } satisfies ToWorker));
    options.signal?.addEventListener('abort', cancel, { once: true });
    const lane = async (n: number) => {
      for (let indices = jobs.shift(); indices; indices = jobs.shift()) {
        options.signal?.throwIfAborted();
        const worker = thread(n);
        const done = worker
          ? await runJob(worker, nextJob++, indices, files, results, options).catch((error: unknown) => {
              if (options.signal?.aborted) throw error;
              threads[n] = undefined; // broken: the rest of this lane runs here
              void worker.terminate();
              return false;
            })
          : false;
        if (!done) await scanHere(indices, files, results, options);
      }
    };
    try {
      // JOBS_PER_THREAD lanes per thread, each with one job in flight.
      await Promise.all(Array.from({ length: Math.min(count * JOBS_PER_THREAD, jobs.length) }, (_, n) => lane(n % count)));
    } finally {
      options.signal?.removeEventListener('abort', cancel);
    }
  }
}

/** The files of a job that no thread answered for, on the calling thread. */
async function scanHere(indices: number[], files: readonly JobFile[], results: Uint8Array, options: PoolScanOptions): Promise<void> {
  for (const i of indices) {
    if (results[i]) continue;
    const streamed = streamedBytes((n) => options.onBytes(n, i));
    const entry = await scanOneFile(files[i]!.root, files[i]!, { maxSqliteBytes: options.maxSqliteBytes, signal: options.signal, onBytes: streamed.onBytes });
    results[i] = 1;
    options.onFile(i, streamed.total, entry);
  }
}

/** Groups file indices into jobs: big files alone, small ones together; largest first. */
function jobsOf(files: readonly JobFile[]): number[][] {
  const order = files.map((_, i) => i).sort((a, b) => files[b]!.size - files[a]!.size);
  const jobs: number[][] = [];
  let open: number[] = [];
  let openBytes = 0;
  for (const i of order) {
    const size = files[i]!.size;
    if (size >= JOB_BYTES) {
      jobs.push([i]);
      continue;
    }
    if (open.length >= JOB_FILES || openBytes + size > JOB_BYTES) {
      jobs.push(open);
      open = [];
      openBytes = 0;
    }
    open.push(i);
    openBytes += size;
  }
  if (open.length > 0) jobs.push(open);
  return jobs;
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
function runJob(worker: Worker, job: number, indices: number[], files: readonly JobFile[], results: Uint8Array, options: PoolScanOptions): Promise<boolean> {
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
        const { entries, streamed } = parsed.data;
        const same = (entry: SentFileScan, i: number) => entry.size === files[i]!.size && entry.path === (below(files[i]!.root, files[i]!.path) || '.');
        if (entries.length !== indices.length || streamed.length !== indices.length || !indices.every((i, n) => same(entries[n]!, i))) {
          return finish(() => reject(new Error('scan thread answered for other files than it was given')));
        }
        indices.forEach((i, n) => {
          results[i] = 1;
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
