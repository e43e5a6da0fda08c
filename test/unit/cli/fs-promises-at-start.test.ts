import * as node from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as atStart from '../../../electron/core/cli/fs-promises-at-start.js';
import { tempDir, writeTree } from '../../support/temp.js';

// The CLI's bundles take electron/core/cli/fs-promises-at-start.ts for node:fs/promises (scripts/build.mjs): each
// call must answer as Node's module does, values and errors alike, since the commands' code was written against it.

/** What a call gave: its value (made comparable) or the parts of its error a caller reads. */
async function outcome(call: () => Promise<unknown>): Promise<unknown> {
  try {
    const value = await call();
    const isDirent = (v: unknown): v is { name: string; isDirectory(): boolean } => typeof v === 'object' && v !== null && 'isDirectory' in v;
    if (Array.isArray(value)) return value.map((v: unknown) => (isDirent(v) ? { name: v.name, dir: v.isDirectory() } : v));
    if (typeof value === 'object' && value !== null && 'isFile' in value) {
      const s = value as { isFile(): boolean; isSymbolicLink(): boolean; size: number | bigint; mtimeMs: number | bigint };
      return { file: s.isFile(), link: s.isSymbolicLink(), size: s.size, mtimeMs: s.mtimeMs };
    }
    return value;
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    return { error: e.message, code: e.code, errno: e.errno, syscall: e.syscall, path: e.path, type: e.constructor.name };
  }
}

describe("the CLI's node:fs/promises", () => {
  it('reads files, folders and their details as Node does, and fails the same way', async () => {
    const root = await tempDir();
    await writeTree(root, { 'a.json': '{"caf\u00e9": 1}\n', 'sub/b.txt': 'x' });
    await node.symlink(join(root, 'a.json'), join(root, 'link'));
    const missing = join(root, 'nope', 'x');
    const calls: [string, (fs: typeof node) => Promise<unknown>][] = [
      ['readFile utf8', (fs) => fs.readFile(join(root, 'a.json'), 'utf8')],
      ['readFile options', (fs) => fs.readFile(join(root, 'a.json'), { encoding: 'utf8' })],
      ['readFile bytes', (fs) => fs.readFile(join(root, 'a.json')).then((b) => [...b])],
      ['readFile missing', (fs) => fs.readFile(missing, 'utf8')],
      ['readFile folder', (fs) => fs.readFile(root, 'utf8')],
      ['stat', (fs) => fs.stat(join(root, 'link'))],
      ['stat bigint', (fs) => fs.stat(join(root, 'a.json'), { bigint: true })],
      ['stat missing', (fs) => fs.stat(missing)],
      ['lstat', (fs) => fs.lstat(join(root, 'link'))],
      ['lstat missing', (fs) => fs.lstat(missing)],
      ['readdir', (fs) => fs.readdir(root).then((n) => n.sort())],
      ['readdir typed', (fs) => fs.readdir(root, { withFileTypes: true }).then((d) => d.sort((x, y) => x.name.localeCompare(y.name)))],
      ['readdir missing', (fs) => fs.readdir(missing)],
      ['readdir of a file', (fs) => fs.readdir(join(root, 'a.json'))],
    ];
    for (const [label, call] of calls) {
      expect({ label, got: await outcome(() => call(atStart as unknown as typeof node)) }).toEqual({ label, got: await outcome(() => call(node)) });
    }
  });

  it("hands every other call to Node's own module", async () => {
    const root = await tempDir();
    await atStart.mkdir(join(root, 'a/b'), { recursive: true });
    await atStart.writeFile(join(root, 'a/b/f.txt'), 'one');
    await atStart.rename(join(root, 'a/b/f.txt'), join(root, 'a/g.txt'));
    await atStart.copyFile(join(root, 'a/g.txt'), join(root, 'h.txt'));
    const handle = await atStart.open(join(root, 'h.txt'), 'r');
    expect(await handle.readFile('utf8')).toBe('one');
    await handle.close();
    await atStart.unlink(join(root, 'h.txt'));
    await atStart.rm(join(root, 'a'), { recursive: true });
    expect(await node.readdir(root)).toEqual([]);
    expect(atStart.constants).toBe(node.constants);
  });
});
