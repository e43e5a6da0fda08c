import { setFlagsFromString } from 'node:v8';

/**
 * Keeps the process's young generations at the size they have, instead of letting V8 double them (up to 16 MB a
 * half) whenever much of what they hold survives a collection. A scan's walk over folders of thousands of cache
 * files keeps every listed file alive until it is handed out, and the calling thread's young generation grew from 1
 * to 16 MB a half on a 1 GB tree and stayed there: about 25 MB of the scan's peak memory, holding nothing the scan
 * still needed (heap snapshots after a full collection: a few MB of live data; docs/cleanup.md, Memory).
 *
 * The setting is process-wide, and V8 puts it back to its lowest allowed value (2) each time a thread's heap is set
 * up: so each scanning thread makes it once its own heap exists, and it then holds for every thread, the calling one
 * included, until another thread is started. A thread's own young generation is capped besides (scan-pool.ts).
 */
export function keepYoungGenerationsSmall(): void {
  setFlagsFromString('--semi-space-growth-factor=1');
}
