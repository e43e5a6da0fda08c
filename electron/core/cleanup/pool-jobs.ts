import type { JobFile } from './scan-messages.js';

// Small files travel together so a folder of thousands of cache entries costs a few messages, not thousands.
// Each job is a round trip through the calling thread, which on a busy machine waits its turn: a few per thread.
// At most 64 files a job: a job's answer is cloned and checked on the calling thread in one go, and with 256 a
// folder of cache entries answered in bursts that the calling thread's small young generation could not hold, so
// they were promoted before they died (2.7 MB of a 1 GB scan's peak; the same CPU time, two jobs in flight a thread).
const JOB_BYTES = 8 * 1024 * 1024;
const JOB_FILES = 64;

/**
 * A scan's files as they come from the walk, a location at a time, and the jobs not yet taken: largest first among
 * those waiting, so a big file found late still starts before the small ones, and no thread is left with one big
 * file at the end. A thread asking while the walk still lists files waits for the next location.
 */
export class PoolJobs {
  readonly files: JobFile[] = [];
  /** Which files have their entry (a broken thread's job is finished on the calling thread, without those). */
  done = new Uint8Array(256);
  private waiting: number[][] = [];
  private ended = false;
  private wake: Array<() => void> = [];

  /** Adds a batch of files (they get the next indices) and wakes the threads waiting for work. */
  add(batch: readonly JobFile[]): void {
    const from = this.files.length;
    for (const f of batch) this.files.push(f);
    if (this.files.length > this.done.length) {
      const grown = new Uint8Array(Math.max(this.files.length, this.done.length * 2));
      grown.set(this.done);
      this.done = grown;
    }
    const jobs = jobsOf(this.files, from);
    if (jobs.length === 0) return;
    this.waiting = mergeBySize(this.waiting, jobs, this.files);
    this.wakeAll();
  }

  /** No more files: threads asking for work from now on are told there is none. */
  end(): void {
    this.ended = true;
    this.wakeAll();
  }

  /** The next job's file indices; undefined once every job is taken and no more files will come. */
  async next(signal: AbortSignal | undefined): Promise<number[] | undefined> {
    for (;;) {
      signal?.throwIfAborted();
      const job = this.waiting.shift();
      if (job || this.ended) return job;
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        signal?.addEventListener('abort', stop, { once: true });
        this.wake.push(() => (signal?.removeEventListener('abort', stop), resolve()));
      });
    }
  }

  private wakeAll(): void {
    for (const wake of this.wake.splice(0)) wake();
  }
}

/** Groups the indices of files[from..] into jobs: big files alone, small ones together; largest first. */
function jobsOf(files: readonly JobFile[], from: number): number[][] {
  const order = Array.from({ length: files.length - from }, (_, n) => from + n).sort((a, b) => files[b]!.size - files[a]!.size);
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

/** Two lists of jobs, each largest first (by its first file), as one; of equal ones, those waiting already go first. */
function mergeBySize(a: number[][], b: number[][], files: readonly JobFile[]): number[][] {
  const lead = (job: number[]) => files[job[0]!]!.size;
  const out: number[][] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(lead(b[j]!) > lead(a[i]!) ? b[j++]! : a[i++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}
