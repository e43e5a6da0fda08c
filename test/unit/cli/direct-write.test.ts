import { spawn, spawnSync } from 'node:child_process';
import { closeSync, constants, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { directWriter } from '../../../electron/core/cli/direct-write.js';
import { CLI } from '../../support/cli.js';
import { tempDir } from '../../support/temp.js';

/** A stand-in for process.stdout that keeps what it was given. */
function recordingStream() {
  const chunks: string[] = [];
  const listeners: ((error: unknown) => void)[] = [];
  const stream = {
    write: (chunk: string | Uint8Array) => chunks.push(Buffer.from(chunk).toString('utf8')) > 0,
    on: (event: string, listener: (error: unknown) => void) => (event === 'error' && listeners.push(listener), stream),
  } as unknown as NodeJS.WritableStream;
  /** What the stream does when its descriptor fails later, as Node's does: an 'error' event. */
  const fail = (code: string) => listeners.forEach((l) => l(Object.assign(new Error(`write ${code}`), { code })));
  return { chunks, stream: () => stream, fail };
}

/** Runs the CLI with its standard output on `fd` (a FIFO end this test opened) and the exit code and error text back. */
function runWithStdout(fd: number, args: string[], nodeArgs: string[] = []): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, CLI, ...args], { stdio: ['ignore', fd, 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

const hasMkfifo = process.platform !== 'win32' && spawnSync('mkfifo', ['--version']).status === 0;

async function fifo(): Promise<string> {
  const path = join(await tempDir(), 'out.fifo');
  expect(spawnSync('mkfifo', [path]).status).toBe(0);
  return path;
}

describe('command output written straight to its descriptor', () => {
  it('writes every byte to the descriptor, in order, without the stream', async () => {
    const file = join(await tempDir(), 'out.txt');
    const fd = openSync(file, 'w');
    const { chunks, stream } = recordingStream();
    const write = directWriter(fd, stream, 'linux');
    write('Gr\u00fc\u00dfe, ');
    write('x'.repeat(200_000));
    write('\u{1F4F9}\n');
    closeSync(fd);
    expect(readFileSync(file, 'utf8')).toBe(`Gr\u00fc\u00dfe, ${'x'.repeat(200_000)}\u{1F4F9}\n`);
    expect(chunks).toEqual([]);
  });

  it('gives what the descriptor refused to the stream, and every later write too', async () => {
    const fd = openSync(join(await tempDir(), 'closed.txt'), 'w');
    closeSync(fd); // EBADF from now on
    const { chunks, stream } = recordingStream();
    const write = directWriter(fd, stream, 'linux');
    write('first\n');
    write('second\n');
    expect(chunks).toEqual(['first\n', 'second\n']);
  });

  it('keeps the stream on Windows, whose console wants UTF-16', async () => {
    const file = join(await tempDir(), 'out.txt');
    const fd = openSync(file, 'w');
    const { chunks, stream } = recordingStream();
    directWriter(fd, stream, 'win32')('caf\u00e9\n');
    closeSync(fd);
    expect([readFileSync(file, 'utf8'), chunks]).toEqual(['', ['caf\u00e9\n']]);
  });

  it.skipIf(!hasMkfifo)('a full non-blocking pipe (EAGAIN) still gets the whole output, in order', async () => {
    const path = await fifo();
    const reader = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const writer = openSync(path, constants.O_WRONLY | constants.O_NONBLOCK);
    // Node's spawn hands the child a blocking descriptor whatever it was; libuv makes a pipe non-blocking when Node
    // opens a stream on it, so the child does that first, as a parent handing over a non-blocking pipe would.
    const preload = join(await tempDir(), 'non-blocking-stdout.cjs');
    writeFileSync(preload, 'void process.stdout;\n');
    // catalogue --json is over 100 KB: more than a pipe holds (64 KB on Linux) while nobody reads.
    const done = runWithStdout(writer, ['catalogue', '--json'], ['--require', preload]);
    closeSync(writer);
    await new Promise((r) => setTimeout(r, 500));
    const chunks: Buffer[] = [];
    const buffer = Buffer.alloc(65536);
    for (;;) {
      let n: number;
      try {
        n = readSync(reader, buffer, 0, buffer.length, null);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
        await new Promise((r) => setTimeout(r, 20));
        continue;
      }
      if (n === 0) break;
      chunks.push(Buffer.from(buffer.subarray(0, n)));
    }
    closeSync(reader);
    expect(await done).toEqual({ code: 0, stderr: '' });
    const expected = spawnSync(process.execPath, [CLI, 'catalogue', '--json'], { encoding: 'utf8' }).stdout;
    expect(expected.length).toBeGreaterThan(65536);
    expect(Buffer.concat(chunks).toString('utf8')).toBe(expected);
  });

  it('drops what comes after the reader went away (EPIPE) and says so at each write', () => {
    const { chunks, stream, fail } = recordingStream();
    let told = 0;
    // Windows: the stream's own error; elsewhere: the descriptor's (a pipe whose reader closed).
    const write = directWriter(1, stream, 'win32', () => (told += 1));
    write('first\n');
    fail('EPIPE');
    expect(told).toBe(1);
    write('second\n');
    write('third\n');
    expect([chunks, told]).toEqual([['first\n'], 3]);
    expect(() => fail('EIO')).toThrow('write EIO');
  });

  it.skipIf(!hasMkfifo)('a reader that went away (EPIPE): a command ends quietly with its own exit code, watch stops', async () => {
    const gone = async (args: string[]) => {
      const path = await fifo();
      const reader = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
      const writer = openSync(path, constants.O_WRONLY | constants.O_NONBLOCK);
      closeSync(reader);
      try {
        return await runWithStdout(writer, args);
      } finally {
        closeSync(writer);
      }
    };
    // The same commands with a reader that stays: the codes to expect (device's says whether this machine is managed).
    for (const args of [['report'], ['device'], ['catalogue', '--json']]) {
      const own = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' }).status;
      expect(await gone(args), args.join(' ')).toEqual({ code: own, stderr: '' });
    }
    // watch would run until stopped; its first line finds nobody reading, and it stops as on SIGTERM.
    expect(await gone(['watch', '--json'])).toEqual({ code: 0, stderr: '' });
  });
});
