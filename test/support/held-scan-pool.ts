import { scanOneFile, streamedBytes } from '../../electron/core/cleanup/scan-file.js';
import type { ScanPool } from '../../electron/core/cleanup/scan-pool.js';

export interface HeldScanPool {
  pool: ScanPool;
  /** Lets `count` more files be scanned. */
  release(count: number): void;
  /** Files scanned so far. */
  readonly scanned: number;
  /** Resolves once a scan is waiting to be let through (the walk is done, the files are known). */
  waiting(): Promise<void>;
}

/**
 * A scan pool that scans each file only when the test lets it (`release`), on the calling thread, with the real file
 * scanner: a scan as slow as the test wants, without sleeping. An abort ends the wait at once, as a real pool's
 * cancel does. Used for scans the real pool would take (8 MiB or more in all, scan.ts POOL_MIN_BYTES).
 * `order: 'reversed'` scans the last file first, as threads may finish a scan's files in any order.
 */
export function heldScanPool(options: { order?: 'walk' | 'reversed' } = {}): HeldScanPool {
  let allowed = 0;
  let scanned = 0;
  let wake: (() => void) | undefined;
  let onWaiting: (() => void) | undefined;
  const turn = (signal: AbortSignal | undefined) =>
    new Promise<void>((resolve, reject) => {
      signal?.throwIfAborted();
      if (scanned < allowed) return resolve();
      const abort = () => reject(signal?.reason ?? new Error('scan cancelled'));
      signal?.addEventListener('abort', abort, { once: true });
      wake = () => {
        signal?.removeEventListener('abort', abort);
        resolve();
      };
      onWaiting?.();
    });
  return {
    pool: {
      async scan(files, scan) {
        const order = files.map((_, i) => i);
        if (options.order === 'reversed') order.reverse();
        for (const i of order) {
          const file = files[i]!;
          await turn(scan.signal);
          const streamed = streamedBytes((n) => scan.onBytes(n, i));
          const entry = await scanOneFile(file.root, file, { maxSqliteBytes: scan.maxSqliteBytes, signal: scan.signal, onBytes: streamed.onBytes });
          scanned += 1;
          scan.onFile(i, streamed.total, entry);
        }
      },
      async close() {},
      threads: 0,
    },
    release(count) {
      allowed += count;
      const next = wake;
      wake = undefined;
      next?.();
    },
    get scanned() {
      return scanned;
    },
    waiting: () => (wake ? Promise.resolve() : new Promise<void>((resolve) => (onWaiting = resolve))),
  };
}
