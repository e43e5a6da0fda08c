import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { MAX_NOTICE_BYTES } from './parse-notice.js';
import { decodeText } from '../input/read-text.js';
import type { NoticeVariantSource } from './load-notice.js';

/** A notice file that could not be read at all (missing, a folder, too big): the message says which and why. */
export class NoticeFileError extends Error {}

const VARIANT = /^(?<base>.+?)(?:\.(?<lang>[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*))?\.md$/;

/**
 * Reads the notice IT pointed at and its language variants beside it: for "notice.md" or "notice.cy.md" these are
 * "notice.md" and every "notice.<language>.md" in the same folder. The file named comes first.
 */
export async function readNoticeVariants(path: string, options: { cwd?: string } = {}): Promise<NoticeVariantSource[]> {
  // Paths are reported as given (what the user typed); only reading resolves them.
  const cwd = options.cwd ?? process.cwd();
  const readOne = (shown: string) => readAs(resolve(cwd, shown), shown);
  const first = await readOne(path);
  const base = VARIANT.exec(basename(path))?.groups?.base;
  if (!base) return [first];
  let names: string[];
  try {
    names = await readdir(resolve(cwd, dirname(path)));
  } catch {
    return [first];
  }
  const siblings = names
    .filter((name) => name !== basename(path) && VARIANT.exec(name)?.groups?.base === base)
    .sort()
    .map((name) => join(dirname(path), name));
  const rest = await Promise.all(siblings.map((sibling) => readOne(sibling).catch(() => undefined)));
  return [first, ...rest.filter((v): v is NoticeVariantSource => v !== undefined)];
}

async function readAs(absolute: string, path: string): Promise<NoticeVariantSource> {
  let info;
  try {
    info = await stat(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new NoticeFileError(code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot be read (${code ?? 'error'})`);
  }
  if (!info.isFile()) throw new NoticeFileError(`${path}: is not a file`);
  if (info.size > MAX_NOTICE_BYTES) throw new NoticeFileError(`${path}: is ${Math.round(info.size / 1024)} KiB, more than a notice can be (${MAX_NOTICE_BYTES / 1024} KiB)`);
  try {
    // Notepad's "Unicode" and PowerShell 5.1 save UTF-16 LE: decoded here, so the parser sees the notice, not NULs.
    return { path, text: decodeText(await readFile(absolute)).text };
  } catch (error) {
    throw new NoticeFileError(`${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}
