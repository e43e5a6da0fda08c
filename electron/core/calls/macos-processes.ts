import { basename } from 'node:path';
import { readFile } from 'node:fs/promises';
import type { CommandRunner } from '../ports/command-runner.js';
import type { ProcessInfo, ProcessSource, SnapshotOptions } from './process-snapshot.js';
import { normaliseName } from './catalogue.js';
import { probeOutput } from './signals/probe-text.js';
import { MAX_PID, readPid } from './pid.js';

/**
 * macOS: one `ps -axo pid=,comm=` (comm is the full executable path on macOS, so it goes last: it may hold spaces).
 * The bundle id comes from the enclosing .app's Info.plist, read once per app and cached.
 */
export function macosProcessSource(run: CommandRunner) {
  const bundleIds = new Map<string, string | undefined>();
  // A process's arguments never change: one ps per process, remembered by pid and path until it is gone.
  const knownArgs = new Map<number, { path: string | undefined; args: readonly string[] }>();
  const bundleIdOf = async (appPath: string) => {
    if (!bundleIds.has(appPath)) bundleIds.set(appPath, await readBundleId(run, appPath));
    return bundleIds.get(appPath);
  };
  return {
    async snapshot({ wantArgs = () => false }: SnapshotOptions = {}) {
      const result = await run('/bin/ps', ['-axww', '-o', 'pid=,comm='], { timeoutMs: 4_000 });
      if (result.kind !== 'ok') throw new Error(`ps gave no process list (${result.kind})`);
      const list = parsePsPidComm(result.stdout);
      for (const p of list) {
        const app = p.path ? enclosingApp(p.path) : undefined;
        if (app) p.bundleId = await bundleIdOf(app);
      }
      const needArgs = list.filter((p) => wantArgs(normaliseName(p.name)));
      for (const p of needArgs) {
        const known = knownArgs.get(p.pid);
        if (known && known.path === p.path) {
          p.args = known.args;
          continue;
        }
        const args = probeOutput(await run('/bin/ps', ['-ww', '-o', 'args=', '-p', String(p.pid)], { timeoutMs: 2_000 }), 'ps -o args=');
        // ps prints one line with the arguments joined by spaces: enough for the argument rules, which do the same.
        if (args.ok) {
          p.args = args.text.trim().split(/\s+/).slice(1);
          knownArgs.set(p.pid, { path: p.path, args: p.args });
        }
      }
      const alive = new Set(list.map((p) => p.pid));
      for (const pid of knownArgs.keys()) if (!alive.has(pid)) knownArgs.delete(pid);
      return list;
    },
  } satisfies ProcessSource;
}

export function parsePsPidComm(text: string): ProcessInfo[] {
  const list: ProcessInfo[] = [];
  for (const line of text.split('\n')) {
    // Trimmed first: a lazy (.+?) before \s*$ rescanned a run of trailing spaces once per character.
    const match = /^(\d+)\s+(.+)$/.exec(line.trim());
    const pid = readPid(match?.[1], MAX_PID.posix, { zero: true });
    if (pid === undefined || !match?.[2]) continue;
    const path = match[2];
    // basename of "/" or "x/" is empty: keep the path as the name rather than a nameless process.
    list.push({ pid, name: basename(path) || path, path });
  }
  return list;
}

/** `/Applications/Camtasia 2024.app/Contents/MacOS/Camtasia` -> `/Applications/Camtasia 2024.app` (outermost app). */
export function enclosingApp(path: string): string | undefined {
  const index = path.indexOf('.app/');
  return index === -1 ? undefined : path.slice(0, index + 4);
}

async function readBundleId(run: CommandRunner, appPath: string): Promise<string | undefined> {
  const infoPath = `${appPath}/Contents/Info.plist`;
  try {
    const text = await readFile(infoPath, 'utf8');
    if (!text.startsWith('bplist')) {
      // Loaded on first use: the XML parser behind plist costs memory on every other OS for nothing.
      const { parse: parsePlist } = await import('plist');
      const parsed = parsePlist(text) as { CFBundleIdentifier?: unknown };
      return typeof parsed.CFBundleIdentifier === 'string' ? parsed.CFBundleIdentifier : undefined;
    }
  } catch {
    return undefined;
  }
  // Binary property lists: plutil ships with macOS and converts one key without any parsing of ours.
  const result = await run('/usr/bin/plutil', ['-extract', 'CFBundleIdentifier', 'raw', '-o', '-', infoPath], { timeoutMs: 2_000 });
  return result.kind === 'ok' ? result.stdout.trim() || undefined : undefined;
}
