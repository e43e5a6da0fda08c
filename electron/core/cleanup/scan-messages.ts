import { z } from 'zod';
import { fileScanSchema } from './scan-report.js';

/** One file as a scan job carries it to a worker thread (a WalkedFile; structured clone keeps the Set). */
export interface JobFile {
  path: string;
  size: number;
  siblings: ReadonlySet<string>;
  /** The path's bytes where a name is not valid UTF-8 (walk.ts); a Uint8Array once it has crossed to a thread. */
  raw?: Uint8Array;
}

/** What the scanning thread sends to a worker. */
export type ToWorker =
  | { type: 'scan'; job: number; root: string; files: JobFile[]; maxSqliteBytes?: number }
  | { type: 'cancel' };

/**
 * What a worker sends back, checked on arrival like every other boundary: a worker built from another version of
 * the app (an update half applied) must fail loudly, not fill the report with nonsense.
 */
export const fromWorkerSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('bytes'), job: z.number().int(), bytes: z.number().int().min(0) }),
  z.object({ type: z.literal('file'), job: z.number().int(), index: z.number().int().min(0), entry: fileScanSchema, streamed: z.number().int().min(0) }),
  z.object({ type: z.literal('done'), job: z.number().int() }),
  z.object({ type: z.literal('aborted'), job: z.number().int() }),
]);
export type FromWorker = z.infer<typeof fromWorkerSchema>;
