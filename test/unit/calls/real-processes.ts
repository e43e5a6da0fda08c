import { spawn, type ChildProcess } from 'node:child_process';
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach } from 'vitest';

const started: ChildProcess[] = [];

afterEach(() => {
  for (const child of started.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

/**
 * Starts a harmless real program under a catalogue name: /bin/sleep copied as `obs` or `CptHost`, or /bin/sh copied
 * as `ffmpeg` (so it accepts ffmpeg's arguments after `-c 'read x' ffmpeg` and waits on its stdin).
 */
export async function startAs(dir: string, name: string, args: string[] = []): Promise<ChildProcess> {
  const path = join(dir, name);
  const isShell = args.length > 0;
  await copyFile(isShell ? '/bin/sh' : '/bin/sleep', path);
  // A program spawned the moment its copy is written can meet ETXTBSY: another test's fork, made while the copy's
  // write handle was open, holds it until that child execs. The handle goes with the exec, so a short retry is enough.
  for (let attempt = 0; ; attempt += 1) {
    try {
      // spawn throws ETXTBSY synchronously as well as emitting it, so both are inside the try.
      const child = spawn(path, isShell ? ['-c', 'read x', name, ...args] : ['600'], { stdio: ['pipe', 'ignore', 'ignore'] });
      started.push(child);
      await new Promise((resolve, reject) => {
        child.once('spawn', resolve);
        child.once('error', reject);
      });
      return child;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ETXTBSY' || attempt >= 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}

export function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
