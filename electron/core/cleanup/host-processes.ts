import { basename } from 'node:path';
import type { Platform } from '../platform/platform.js';
import { describeFailure } from '../ports/command-runner.js';
import { procProcessLister, processNameMatches, type ProcessLister, type RunningProcess } from './processes.js';

/**
 * The process check for the OS the CLI runs on: /proc on Linux, `ps` on macOS, `tasklist` on Windows. Kept small
 * on purpose; the call detector's process snapshot can replace it. Throws when the list cannot be read, because a
 * clear must not go ahead unchecked.
 */
export function hostProcessLister(platform: Platform): ProcessLister {
  if (platform.os === 'linux') return procProcessLister();
  return async (names) => {
    const windows = platform.os === 'windows';
    const result = windows
      ? await platform.host.run('tasklist', ['/fo', 'csv', '/nh'], { timeoutMs: 10_000 })
      : await platform.host.run('ps', ['-axo', 'pid=,comm='], { timeoutMs: 10_000 });
    if (result.kind !== 'ok') throw new Error(describeFailure(result, windows ? 'tasklist' : 'ps'));
    const all = windows ? parseTasklistCsv(result.stdout) : parsePs(result.stdout);
    return all.filter((p) => names.some((n) => processNameMatches(n, p.name)));
  };
}

/** `ps -axo pid=,comm=` on macOS prints the full executable path after the pid. */
export function parsePs(text: string): RunningProcess[] {
  return text.split('\n').flatMap((line) => {
    const m = /^\s*(\d+)\s+(.+?)\s*$/.exec(line);
    return m ? [{ pid: Number(m[1]), name: basename(m[2]!) }] : [];
  });
}

/** `tasklist /fo csv /nh`: "Image Name","PID","Session Name","Session#","Mem Usage". */
export function parseTasklistCsv(text: string): RunningProcess[] {
  return text.split(/\r?\n/).flatMap((line) => {
    const m = /^"([^"]+)","(\d+)"/.exec(line);
    return m ? [{ pid: Number(m[2]), name: m[1]! }] : [];
  });
}
