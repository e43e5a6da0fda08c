import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * A process that swaps two names again and again with renameat2(RENAME_EXCHANGE), the attack of the cleanup issue:
 * a client folder and a link to outside data trade places while a clear runs. Built at test time from python3's
 * ctypes, or from C with the machine's cc; `undefined` (with the reason) where neither exists or the kernel lacks it.
 */
const PYTHON = String.raw`
import ctypes, signal, sys
libc = ctypes.CDLL(None, use_errno=True)
a, b = sys.argv[1].encode(), sys.argv[2].encode()
stop = [False]
signal.signal(signal.SIGTERM, lambda *_: stop.__setitem__(0, True))
n = 0
print("ready", flush=True)
while not stop[0] or n % 2:
    if libc.renameat2(-100, a, -100, b, 2) != 0:
        sys.exit("renameat2: errno %d" % ctypes.get_errno())
    n += 1
print(n, flush=True)
`;

const C = String.raw`
#define _GNU_SOURCE
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
static volatile sig_atomic_t stop = 0;
static void on(int s) { (void)s; stop = 1; }
int main(int argc, char **argv) {
  (void)argc; signal(SIGTERM, on);
  long n = 0; printf("ready\n"); fflush(stdout);
  while (!stop || n % 2) { if (renameat2(AT_FDCWD, argv[1], AT_FDCWD, argv[2], RENAME_EXCHANGE) != 0) { perror("renameat2"); return 1; } n++; }
  printf("%ld\n", n); return 0;
}
`;

export interface Swapper {
  /** Stops after an even number of swaps (both names back where they started) and says how many it made. */
  stop(): Promise<number>;
}

export async function swapperCommand(dir: string): Promise<{ command: string; args: string[] } | { skip: string }> {
  const has = (tool: string) => {
    try {
      execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  };
  if (process.platform !== 'linux') return { skip: 'renameat2(RENAME_EXCHANGE) is Linux only' };
  if (has('python3')) {
    await writeFile(join(dir, 'swap.py'), PYTHON);
    return { command: 'python3', args: [join(dir, 'swap.py')] };
  }
  if (has('cc')) {
    await writeFile(join(dir, 'swap.c'), C);
    execFileSync('cc', ['-O2', '-o', join(dir, 'swap'), join(dir, 'swap.c')]);
    return { command: join(dir, 'swap'), args: [] };
  }
  return { skip: 'neither python3 nor cc is installed, so no process can call renameat2(RENAME_EXCHANGE)' };
}

export async function startSwapper(command: { command: string; args: string[] }, a: string, b: string): Promise<Swapper> {
  const child: ChildProcess = spawn(command.command, [...command.args, a, b], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d: Buffer) => void (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => void (err += d.toString()));
  const exited = once(child, 'exit');
  while (!out.includes('ready')) {
    if (child.exitCode !== null) throw new Error(`the swapper did not start: ${err}`);
    await new Promise((r) => setTimeout(r, 5));
  }
  return {
    async stop() {
      child.kill('SIGTERM');
      const [code] = await exited;
      if (code !== 0) throw new Error(`the swapper failed: ${err}`);
      return Number(out.split('\n')[1]);
    },
  };
}
