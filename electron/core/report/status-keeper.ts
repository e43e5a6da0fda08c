import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Clock } from '../calls/clock.js';
import { writeFileAtomic } from '../ports/write-atomic.js';
import type { FleetStatus } from './status-model.js';

export interface StatusKeeperDeps {
  file: string;
  clock: Clock;
  /** The status as of now; undefined while it cannot be told yet (the first device check has not answered). */
  snapshot: () => Promise<FleetStatus | undefined>;
  write?: (path: string, contents: string) => Promise<void>;
  onProblem?: (message: string) => void;
  /** A burst of changes (start-up, a policy push) is written once, this long after the first of them. */
  settleMs?: number;
  /** Never two writes closer together than this. */
  minGapMs?: number;
  /** Written again at least this often, so a reader can tell a running app from a stale file by `generatedAt`. */
  refreshMs?: number;
}

export const STATUS_TIMINGS = { settleMs: 1_000, minGapMs: 5_000, refreshMs: 15 * 60_000 } as const;

/**
 * One JSON document on one line: osquery's `file_lines` and line-oriented scripts read it as it is, and it is the
 * same JSON `meeting-guard report --format json` prints.
 */
export function statusFileText(status: FleetStatus): string {
  return `${JSON.stringify(status)}\n`;
}

export async function writeStatusFile(path: string, contents: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFileAtomic(path, contents);
}

/**
 * Keeps the fleet status file current: `changed()` when the device verdict, policy, recorders or state change; a
 * write follows shortly, at most one per `minGapMs`, and one at least every `refreshMs`. Writes never overlap.
 */
export function createStatusKeeper(deps: StatusKeeperDeps) {
  const { clock } = deps;
  const settleMs = deps.settleMs ?? STATUS_TIMINGS.settleMs;
  const minGapMs = deps.minGapMs ?? STATUS_TIMINGS.minGapMs;
  const refreshMs = deps.refreshMs ?? STATUS_TIMINGS.refreshMs;
  const write = deps.write ?? writeStatusFile;
  let running = false;
  let pending: unknown;
  let refresh: unknown;
  let lastWriteAt = Number.NEGATIVE_INFINITY;
  let current: Promise<void> = Promise.resolve();

  const writeNow = async (): Promise<void> => {
    pending = undefined;
    clock.clearTimeout(refresh);
    // Counted from the start: a change during this write waits its turn instead of following straight after.
    lastWriteAt = clock.now();
    try {
      const status = await deps.snapshot();
      if (status) {
        await write(deps.file, statusFileText(status));
      }
    } catch (error) {
      deps.onProblem?.(`the status file ${deps.file} could not be written: ${(error as Error).message}`);
    }
    if (running) refresh = clock.setTimeout(() => {
      if (pending === undefined) current = current.then(writeNow);
    }, refreshMs);
  };

  function changed(): void {
    if (!running || pending !== undefined) return;
    const delay = Math.max(settleMs, lastWriteAt + minGapMs - clock.now());
    pending = clock.setTimeout(() => {
      current = current.then(writeNow);
    }, delay);
  }

  return {
    changed,
    start(): void {
      if (running) return;
      running = true;
      changed();
    },
    /** Stops the timers and waits for a write in progress, so the app never quits with half a temporary file. */
    async stop(): Promise<void> {
      running = false;
      clock.clearTimeout(pending);
      clock.clearTimeout(refresh);
      pending = undefined;
      await current;
    },
  };
}

export type StatusKeeper = ReturnType<typeof createStatusKeeper>;
