import type { ProcessSource } from '../calls/process-snapshot.js';

export interface RunningProcess {
  pid: number;
  name: string;
}

/** "Is a process of this client running?" Injected, so tests can answer it without real processes. */
export type ProcessLister = (names: readonly string[]) => Promise<RunningProcess[]>;

/** Catalogue names are case-insensitive; a trailing `*` matches a prefix ("Slack Helper*" = "Slack Helper (GPU)"). */
export function processNameMatches(pattern: string, name: string): boolean {
  const p = pattern.toLowerCase();
  const n = name.toLowerCase();
  return p.endsWith('*') ? n.startsWith(p.slice(0, -1)) : n === p;
}

/**
 * The process check over the platform's process source (the one call awareness polls): one implementation per OS
 * for the whole app. Always a fresh read, never the poll loop's cache: clearing must see what runs now. A list that
 * cannot be read rejects, because a clear must not go ahead unchecked.
 */
export function processListerFrom(source: ProcessSource): ProcessLister {
  return async (names) => {
    if (names.length === 0) return [];
    const all = await source.snapshot({ fresh: true });
    return all.filter((p) => names.some((n) => processNameMatches(n, p.name))).map((p) => ({ pid: p.pid, name: p.name }));
  };
}

export interface WaitOptions {
  timeoutMs: number;
  pollMs?: number;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  signal?: AbortSignal;
}

/** Waits until none of `names` runs any more ("offer to wait until it has quit"); returns what still runs at timeout. */
export async function waitUntilQuit(list: ProcessLister, names: readonly string[], options: WaitOptions): Promise<RunningProcess[]> {
  const deadline = options.now() + options.timeoutMs;
  for (;;) {
    const running = await list(names);
    if (running.length === 0 || options.now() >= deadline || options.signal?.aborted) return running;
    await options.sleep(options.pollMs ?? 1000);
  }
}
