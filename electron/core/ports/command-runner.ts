import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** What happened when an external tool was run. Every probe turns each kind into evidence, never a crash. */
export type CommandResult =
  | { kind: 'ok'; stdout: string; stderr: string }
  | { kind: 'exit'; code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }
  | { kind: 'missing'; command: string }
  | { kind: 'timeout'; command: string; timeoutMs: number; stdout: string }
  | { kind: 'error'; command: string; message: string };

export interface RunOptions {
  timeoutMs?: number;
  /** Extra environment; PATH here decides which executable runs (tests put stand-ins first). */
  env?: NodeJS.ProcessEnv;
  /** Output beyond this is dropped: a tool that floods stdout must not fill our memory. */
  maxBytes?: number;
}

export type CommandRunner = (command: string, args: readonly string[], options?: RunOptions) => Promise<CommandResult>;

const DEFAULT_TIMEOUT_MS = 5_000;
const DEFAULT_MAX_BYTES = 1024 * 1024;

/**
 * child_process brings net, dgram and the whole stream stack with it, about a tenth of a bare Node start. Most probes
 * on most laptops find their tool missing and never fork (mayBeOnPath), so it is loaded at the first real spawn
 * (synchronously: the CLI's bundles run as a vm script, where a dynamic import() has no loader; engines ≥ 20.19).
 */
const childProcess = () => process.getBuiltinModule('node:child_process');

/** Runs a program directly (never through a shell, so no argument is ever interpreted) with a hard timeout. */
export const runCommand: CommandRunner = (command, args, options = {}) => {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env, LC_ALL: 'C', LANG: 'C' };
  if (!mayBeOnPath(command, env.PATH)) return Promise.resolve({ kind: 'missing', command });
  return new Promise((resolve) => {
    let child;
    try {
      child = childProcess().spawn(command, [...args], {
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
        windowsHide: true,
        // A detached group lets a timeout kill the tool and anything it started.
        detached: process.platform !== 'win32',
      });
    } catch (error) {
      resolve({ kind: 'error', command, message: (error as Error).message });
      return;
    }
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let outBytes = 0;
    let errBytes = 0;
    let settled = false;
    const settle = (result: CommandResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const text = (chunks: Buffer[]) => Buffer.concat(chunks).toString('utf8');
    child.stdout.on('data', (chunk: Buffer) => {
      if (outBytes < maxBytes) out.push(chunk);
      outBytes += chunk.length;
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (errBytes < maxBytes) err.push(chunk);
      errBytes += chunk.length;
    });
    const timer = setTimeout(() => {
      killTree(child.pid);
      settle({ kind: 'timeout', command, timeoutMs, stdout: text(out) });
    }, timeoutMs);
    child.on('error', (error: NodeJS.ErrnoException) => {
      settle(error.code === 'ENOENT' ? { kind: 'missing', command } : { kind: 'error', command, message: error.message });
    });
    child.on('close', (code, signal) => {
      const stdout = text(out);
      const stderr = text(err);
      settle(code === 0 ? { kind: 'ok', stdout, stderr } : { kind: 'exit', code, signal, stdout, stderr });
    });
  });
};

/**
 * False when a bare command name names nothing in any folder of PATH, so a probe for a tool this laptop lacks (most probes, on most
 * laptops) answers "missing" without forking the whole process first. Anything else is left to spawn, which searches
 * again: a name with a slash, no PATH at all, and Windows (PATHEXT, App Paths).
 */
export function mayBeOnPath(command: string, path: string | undefined): boolean {
  if (process.platform === 'win32' || command.includes('/') || path === undefined) return true;
  // Any entry of that name (an empty folder entry is the current folder, as for execvp): spawn then says whether it
  // runs, or why not, exactly as before. existsSync asks the same question (F_OK) without an exception per folder
  // (a report looks for four tools in every folder of PATH: about 40 thrown errors, most of a millisecond).
  return path.split(delimiter).some((dir) => existsSync(join(dir || '.', command)));
}

function killTree(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    if (process.platform === 'win32') process.kill(pid);
    else process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/** One line a person can read about a command that did not give usable output. */
export function describeFailure(result: Exclude<CommandResult, { kind: 'ok' }>, label: string): string {
  switch (result.kind) {
    case 'missing':
      return `${label} is not installed (\`${result.command}\` was not found)`;
    case 'timeout':
      return `${label} did not answer within ${Math.round(result.timeoutMs / 1000)} s`;
    case 'exit': {
      const why = result.signal ? `was stopped by ${result.signal}` : `exited with code ${result.code}`;
      const detail = firstLine(result.stderr) || firstLine(result.stdout);
      return `${label} ${why}${detail ? `: ${detail}` : ''}`;
    }
    case 'error':
      return `${label} could not be started: ${result.message}`;
  }
}

function firstLine(text: string): string {
  const line = text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  return line.trim().slice(0, 200);
}
