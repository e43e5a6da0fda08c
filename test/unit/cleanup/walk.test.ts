import { spawnSync } from 'node:child_process';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { below, walk, type WalkOptions } from '../../../electron/core/cleanup/walk.js';
import { tempDir, writeTree } from '../../support/temp.js';

/**
 * A client folder with what real disks hold besides plain files: a log linked to elsewhere, a linked folder (a
 * "Documents" shortcut), a named pipe, a name that is not UTF-8 (Linux allows any bytes), a kept subfolder, and
 * folders deeper than the limit.
 */
async function oddFolder(): Promise<{ root: string; outside: string; pipe: boolean }> {
  const base = await tempDir();
  const root = join(base, 'Slack');
  const outside = join(base, 'Documents');
  await writeTree(outside, { 'private.txt': 'not the client\'s' });
  await writeTree(root, {
    'logs/main.log': 'x'.repeat(300),
    'Cache/Cache_Data/f_000001': 'y'.repeat(70),
    'Cache/Cache_Data/index': 'z',
    'storage/keep-me/kept.json': '{}',
    'a/b/c/d/deep.log': 'deep',
  });
  await symlink(join(outside, 'private.txt'), join(root, 'logs/linked.log'));
  await symlink(outside, join(root, 'my-docs'));
  await writeFile(Buffer.concat([Buffer.from(join(root, 'logs/')), Buffer.from([0x6c, 0xff, 0x2e, 0x6c, 0x6f, 0x67])]), 'odd name');
  const pipe = spawnSync('mkfifo', [join(root, 'logs/pipe')]).status === 0;
  await mkdir(join(root, 'empty'));
  return { root, outside, pipe };
}

const options = (extra: Partial<WalkOptions> = {}): WalkOptions => ({ maxFiles: 100, maxDepth: 3, keep: ['storage/keep-me'], ...extra });

describe('walking a client folder', () => {
  it('lists regular files with their sizes, reports links, pipes, kept and too-deep folders, and never enters a link', async () => {
    const { root, outside, pipe } = await oddFolder();
    const walked = await walk(root, options());
    const files = walked.files.map((f) => [f.path.slice(root.length + 1), f.size]);
    expect(files).toEqual([
      ['Cache/Cache_Data/f_000001', 70],
      ['Cache/Cache_Data/index', 1],
      ['logs/l\uFFFD.log', 8],
      ['logs/main.log', 300],
    ]);
    const odd = walked.files.find((f) => f.raw)!;
    expect(odd.raw).toEqual(Buffer.concat([Buffer.from(join(root, 'logs/')), Buffer.from([0x6c, 0xff, 0x2e, 0x6c, 0x6f, 0x67])]));
    expect(walked.skipped).toEqual([
      { path: join(root, 'a/b/c'), reason: 'deeper than 3 folders: not scanned' },
      { path: join(root, 'logs/linked.log'), reason: 'link: not followed' },
      ...(pipe ? [{ path: join(root, 'logs/pipe'), reason: 'not a regular file (socket, pipe or device): not read' }] : []),
      { path: join(root, 'my-docs'), reason: 'link: not followed' },
      { path: join(root, 'storage/keep-me'), reason: 'kept: clearing leaves it in place' },
    ]);
    expect(walked.files.some((f) => f.path.startsWith(outside) || f.path.includes('my-docs'))).toBe(false);
    expect(walked.truncated).toBe(false);
  });

  it('gives the same listing with blocking calls as without, and a file as root is listed alone', async () => {
    const { root } = await oddFolder();
    expect(await walk(root, options({ blocking: true }))).toEqual(await walk(root, options()));
    const one = join(root, 'logs/main.log');
    for (const blocking of [false, true]) {
      expect(await walk(one, options({ blocking }))).toEqual({ files: [{ path: one, size: 300, siblings: new Set() }], skipped: [], truncated: false });
      expect(await walk(join(root, 'missing'), options({ blocking }))).toEqual({ files: [], skipped: [], truncated: false });
    }
  });

  it('names every entry as path.join names it, below a root written with a trailing separator or a "." part too', async () => {
    const { root } = await oddFolder();
    const joined = (w: Awaited<ReturnType<typeof walk>>) => ({ files: w.files.map((f) => f.path), skipped: w.skipped.map((s) => s.path) });
    const plain = joined(await walk(root, options({ blocking: true })));
    // Every path the walk made is the join of its folder and its name.
    for (const path of [...plain.files, ...plain.skipped]) expect(path).toBe(join(dirname(path), basename(path)));
    for (const written of [`${root}${sep}`, join(root, '..') + `${sep}.${sep}Slack`]) {
      const walked = joined(await walk(written, options({ blocking: true })));
      expect(walked.files.map((p) => relative(root, p))).toEqual(plain.files.map((p) => relative(root, p)));
      for (const path of walked.files) expect(path).toBe(join(path));
    }
  });

  it('stops listing at maxFiles and says so', async () => {
    const { root } = await oddFolder();
    const walked = await walk(root, options({ maxFiles: 2, blocking: true }));
    expect(walked.files).toHaveLength(2);
    expect(walked.truncated).toBe(true);
  });

  it('reports a linked root as a link without entering it', async () => {
    const { root } = await oddFolder();
    const link = join(root, '..', 'Slack-link');
    await symlink(root, link);
    for (const blocking of [false, true]) expect(await walk(link, options({ blocking }))).toEqual({ files: [], skipped: [{ path: link, reason: 'link: not followed' }], truncated: false });
  });
});

describe('a walked path relative to its root', () => {
  it('is what path.relative gives, for paths below the root and for every other kind', () => {
    const root = join(sep, 'home', 'ana', '.config', 'Slack');
    const cases = [
      join(root, 'logs', 'main.log'),
      join(root, 'a'),
      root,
      `${root}${sep}`,
      `${root}x${sep}y`,
      join(root, '..', 'Teams', 'x'),
      `${root}${sep}.${sep}x`,
      `${root}${sep}a${sep}..${sep}b`,
      `${root}${sep}${sep}x`,
      join(sep, 'home', 'ana'),
      join(sep, 'elsewhere', 'f'),
    ];
    for (const path of cases) expect([path, below(root, path)]).toEqual([path, relative(root, path)]);
    for (const [r, p] of [[`${root}${sep}`, join(root, 'x')], [sep, join(sep, 'etc', 'x')], ['relative/root', 'relative/root/x']]) expect(below(r!, p!)).toBe(relative(r!, p!));
  });
});
