import { z } from 'zod';
import type { CommandRunner } from '../ports/command-runner.js';
import type { ProcessInfo, ProcessSource, SnapshotOptions } from './process-snapshot.js';
import { normaliseName } from './catalogue.js';
import { probeOutput } from './signals/probe-text.js';
import { MAX_PID, readPid } from './pid.js';

/**
 * Windows: `tasklist /fo csv /nh` is on every Windows since XP, needs no privileges and prints one CSV row per
 * process ("Image Name","PID","Session Name","Session#","Mem Usage"); the last three columns are localised, the first
 * two are not. Arguments are fetched only for the few processes that need them, through CIM.
 */
export function windowsProcessSource(run: CommandRunner) {
  // A process's command line never changes: asked once per process (CIM through PowerShell costs a few hundred ms),
  // remembered by pid and name, forgotten when the process is gone.
  const knownArgs = new Map<number, { name: string; args: readonly string[] }>();
  return {
    async snapshot({ wantArgs = () => false }: SnapshotOptions = {}) {
      const result = await run('tasklist.exe', ['/fo', 'csv', '/nh'], { timeoutMs: 4_000 });
      if (result.kind !== 'ok') throw new Error(`tasklist gave no process list (${result.kind})`);
      const list = parseTasklistCsv(result.stdout);
      const needArgs = list.filter((p) => wantArgs(normaliseName(p.name)));
      const unknown = needArgs.filter((p) => knownArgs.get(p.pid)?.name !== p.name);
      if (unknown.length > 0) {
        const lines = await commandLines(run, unknown.map((p) => p.pid));
        for (const p of unknown) {
          const line = lines.get(p.pid);
          if (line !== undefined) knownArgs.set(p.pid, { name: p.name, args: splitWindowsCommandLine(line).slice(1) });
        }
      }
      const alive = new Set(list.map((p) => p.pid));
      for (const pid of knownArgs.keys()) if (!alive.has(pid)) knownArgs.delete(pid);
      for (const p of needArgs) {
        const known = knownArgs.get(p.pid);
        if (known?.name === p.name) p.args = known.args;
      }
      return list;
    },
  } satisfies ProcessSource;
}

export function parseTasklistCsv(text: string): ProcessInfo[] {
  const list: ProcessInfo[] = [];
  for (const line of text.split(/\r?\n/)) {
    const [name, pidText] = quotedCells(line, 2);
    const pid = readPid(pidText, MAX_PID.windows, { zero: true });
    if (!name || pid === undefined) continue; // "INFO: No tasks...", blank lines and damaged rows
    list.push({ pid, name });
  }
  return list;
}

/** The first `count` quoted CSV cells of a line ("" inside a cell is one quote), in one pass over the line. */
function quotedCells(line: string, count: number): string[] {
  const cells: string[] = [];
  let i = line.indexOf('"');
  while (i >= 0 && cells.length < count) {
    let cell = '';
    let j = i + 1;
    for (;;) {
      const quote = line.indexOf('"', j);
      if (quote < 0) return cells; // an unclosed cell is not a cell
      cell += line.slice(j, quote);
      if (line[quote + 1] !== '"') {
        j = quote + 1;
        break;
      }
      cell += '"';
      j = quote + 2;
    }
    cells.push(cell);
    i = line.indexOf('"', j);
  }
  return cells;
}

const cimRowSchema = z.object({ ProcessId: z.number().int(), CommandLine: z.string().nullable() });

async function commandLines(run: CommandRunner, pids: readonly number[]): Promise<Map<number, string>> {
  const filter = pids.map((pid) => `ProcessId=${pid}`).join(' or ');
  const script = `Get-CimInstance Win32_Process -Filter '${filter}' | Select-Object ProcessId,CommandLine | ConvertTo-Json -Compress`;
  const result = await run('powershell.exe', ['-NoProfile', '-NonInteractive', '-Command', script], { timeoutMs: 4_000 });
  const map = new Map<number, string>();
  // Through the input layer: PowerShell set to UTF-8 writes a byte-order mark, which JSON.parse refuses.
  const read = probeOutput(result, 'Get-CimInstance Win32_Process');
  if (!read.ok || read.text.trim() === '') return map;
  let raw: unknown;
  try {
    raw = JSON.parse(read.text);
  } catch {
    return map;
  }
  const rows = z.array(cimRowSchema).safeParse(Array.isArray(raw) ? raw : [raw]);
  if (rows.success) for (const row of rows.data) if (row.CommandLine) map.set(row.ProcessId, row.CommandLine);
  return map;
}

/** Splits a command line the way the MSVC runtime does for the common cases (quotes group, `\"` is a quote). */
export function splitWindowsCommandLine(line: string): string[] {
  const args: string[] = [];
  let current = '';
  let quoted = false;
  let started = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '\\' && line[i + 1] === '"') {
      current += '"';
      i++;
      started = true;
    } else if (c === '"') {
      quoted = !quoted;
      started = true;
    } else if ((c === ' ' || c === '\t') && !quoted) {
      if (started) args.push(current);
      current = '';
      started = false;
    } else {
      current += c;
      started = true;
    }
  }
  if (started) args.push(current);
  return args;
}
