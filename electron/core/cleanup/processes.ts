import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';

export interface RunningProcess {
  pid: number;
  name: string;
}

/** "Is a process of this client running?" Injected, so the process snapshot of electron/core/calls can answer it. */
export type ProcessLister = (names: readonly string[]) => Promise<RunningProcess[]>;

/** Catalogue names are case-insensitive; a trailing `*` matches a prefix ("Slack Helper*" = "Slack Helper (GPU)"). */
export function processNameMatches(pattern: string, name: string): boolean {
  const p = pattern.toLowerCase();
  const n = name.toLowerCase();
  return p.endsWith('*') ? n.startsWith(p.slice(0, -1)) : n === p;
}

/**
 * Linux: reads /proc/<pid>/comm (15 characters at most) and the first word of cmdline, so both a renamed thread
 * and a long executable name are seen. `procRoot` lets tests point at a copy.
 */
export function procProcessLister(procRoot = '/proc'): ProcessLister {
  return async (names) => {
    if (names.length === 0) return [];
    const found: RunningProcess[] = [];
    for (const entry of await readdir(procRoot)) {
      if (!/^\d+$/.test(entry)) continue;
      const comm = (await readFile(join(procRoot, entry, 'comm'), 'utf8').catch(() => '')).trim();
      const cmdline = await readFile(join(procRoot, entry, 'cmdline'), 'utf8').catch(() => '');
      const argv0 = basename(cmdline.split('\0')[0] ?? '');
      const name = [argv0, comm].find((n) => n && names.some((p) => processNameMatches(p, n)));
      if (name) found.push({ pid: Number(entry), name });
    }
    return found;
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
