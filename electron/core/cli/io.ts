import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ExitCode } from './exit-codes.js';
import { directWriter } from './direct-write.js';

/** Where a command writes and reads; the real process in production, buffers in tests. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<string>;
  /** Standard input as bytes (so UTF-16 can be told from UTF-8), at most `maxBytes + 1` of them: more is not read. */
  readStdinBytes?: (maxBytes: number) => Promise<Buffer>;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/**
 * Once the reader of the output is gone, a command that ends by itself still ends with its own code: it writes once
 * its verdict is known, and a clear is not cut short. A command that would run on, writing to nobody (`watch`), is
 * stopped as a stop signal stops it: it listens for SIGTERM, and no command that ends by itself does. Told after the
 * code running now, so that a listener set up right after a write (watch's first line) hears it.
 */
function stopAsOnSigterm(): void {
  setImmediate(() => process.emit('SIGTERM', 'SIGTERM'));
}

export function processIo(): CliIo {
  return {
    stdout: directWriter(1, () => process.stdout, process.platform, stopAsOnSigterm),
    stderr: directWriter(2, () => process.stderr, process.platform, stopAsOnSigterm),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    readStdinBytes: async (maxBytes) => {
      const chunks: Buffer[] = [];
      let total = 0;
      for await (const chunk of process.stdin) {
        chunks.push(chunk as Buffer);
        total += (chunk as Buffer).length;
        // Enough to know the input is too large: the rest is never held in memory.
        if (total > maxBytes) break;
      }
      return Buffer.concat(chunks).subarray(0, maxBytes + 1);
    },
    env: process.env,
    cwd: process.cwd(),
  };
}

/** A mistake in how the command was called: printed with the command's usage, exit code 2. */
export class UsageError extends Error {
  readonly exitCode = ExitCode.usage;
}

/** Input the user gave (a file, pasted output) that cannot be used: exit code 3 unless a command says otherwise. */
export class InputError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode = ExitCode.cannotCheck,
  ) {
    super(message);
  }
}

export function printJson(io: CliIo, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}

/**
 * A pasted output for `--parse`: the bytes of FILE, or of standard input for "-" or none, never more than `max`
 * (over it, only the size, when known: the input is then not read at all). A file that cannot be read is exit 3.
 */
export async function readPastedBytes(file: string | undefined, io: CliIo, max: number): Promise<{ bytes: Buffer } | { size?: number }> {
  if (file === undefined || file === '-') {
    const bytes = io.readStdinBytes ? await io.readStdinBytes(max) : Buffer.from(await io.readStdin(), 'utf8');
    return bytes.length > max ? {} : { bytes };
  }
  let handle;
  try {
    handle = await open(resolve(io.cwd, file), 'r');
    const { size } = await handle.stat();
    return size > max ? { size } : { bytes: await handle.readFile() };
  } catch (error) {
    throw new InputError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  } finally {
    await handle?.close();
  }
}
