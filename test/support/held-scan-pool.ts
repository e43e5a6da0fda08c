import { scanOneFile, streamedBytes } from '../../electron/core/cleanup/scan-file.js';
import type { ScanPool } from '../../electron/core/cleanup/scan-pool.js';
import type { FileScan } from '../../electron/core/cleanup/scan-report.js';

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
 */
export function heldScanPool(): HeldScanPool {
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
      async scan(files, options) {
        const results: FileScan[] = [];
        for (const [i, file] of files.entries()) {
          await turn(options.signal);
          const streamed = streamedBytes((n) => options.onBytes(n, i));
          results.push(await scanOneFile(file.root, file, { maxSqliteBytes: options.maxSqliteBytes, signal: options.signal, onBytes: streamed.onBytes }));
          scanned += 1;
          options.onFile(results.length - 1, streamed.total);
        }
        return results;
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
