import { readFile } from 'node:fs/promises';

export type OptionalFile =
  | { kind: 'ok'; text: string; bytes: Buffer }
  | { kind: 'missing' }
  | { kind: 'denied' }
  | { kind: 'error'; message: string };

/** Reads a small text file whose absence is a normal answer, telling "not there" apart from "not allowed". */
export async function readOptional(path: string, maxBytes = 1024 * 1024): Promise<OptionalFile> {
  try {
    const buffer = await readFile(path);
    // `bytes` is the whole file, so the input layer can refuse one over its limit instead of reading it cut short.
    return { kind: 'ok', text: buffer.subarray(0, maxBytes).toString('utf8'), bytes: buffer };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' };
    if (code === 'EACCES' || code === 'EPERM') return { kind: 'denied' };
    return { kind: 'error', message: (error as Error).message };
  }
}
