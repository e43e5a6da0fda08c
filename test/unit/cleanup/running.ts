import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { tempDir } from '../../support/temp.js';
import { processListerFrom } from '../../../electron/core/cleanup/processes.js';
import { linuxProcessSource } from '../../../electron/core/calls/linux-processes.js';

const children: ChildProcess[] = [];

afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
});

/** Starts a real process whose executable is called `name` (a copy of sleep) and waits until /proc shows it. */
export async function runNamed(name: string): Promise<ChildProcess> {
  const bin = await tempDir();
  await copyFile('/bin/sleep', join(bin, name));
  await chmod(join(bin, name), 0o755);
  const child = spawn(join(bin, name), ['60'], { stdio: 'ignore' });
  children.push(child);
  const list = processListerFrom(linuxProcessSource());
  // Readiness, not timing: the exec may not have happened when spawn returns.
  while ((await list([name])).every((p) => p.pid !== child.pid)) await new Promise((r) => setImmediate(r));
  return child;
}
