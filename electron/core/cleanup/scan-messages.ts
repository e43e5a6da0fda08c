import { z } from 'zod';
import type { PackedEntries } from './job-answer.js';

/** One file as a scan job carries it to a worker thread (a WalkedFile; structured clone keeps the Set). */
export interface JobFile {
  /** The location's folder: the report names the file relative to it. */
  root: string;
  path: string;
  size: number;
  siblings: ReadonlySet<string>;
  /** The path's bytes where a name is not valid UTF-8 (walk.ts); a Uint8Array once it has crossed to a thread. */
  raw?: Uint8Array;
}

/** What the scanning thread sends to a worker. */
export type ToWorker =
  | { type: 'scan'; job: number; files: JobFile[]; maxSqliteBytes?: number }
  | { type: 'cancel' };

/**
 * What a worker sends back: progress now and then, and the job's files all at once when it is done (a message per
 * file cost more than scanning a small cache file). Checked on arrival like every other boundary, a job's result
 * once as a whole: a worker built from another version of the app (an update half applied) must fail loudly, not
 * fill the report with nonsense. The files' entries come packed (job-answer.ts): this schema checks the five
 * fields, `entriesOf` every number and how the texts add up, the pool each entry against the file it was given.
 * Progress messages carry one number and are checked by hand (scan-pool.ts).
 */
export const jobResultSchema = z.object({
  type: z.literal('done'),
  job: z.number().int(),
  numbers: z.instanceof(Float64Array),
  paths: z.array(z.string()),
  notes: z.array(z.string()),
  previews: z.array(z.string()),
});
export type JobResult = { type: 'done'; job: number } & PackedEntries;

export type FromWorker = { type: 'bytes'; job: number; bytes: number } | JobResult | { type: 'aborted'; job: number };
