import { symlink } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { fullName, linuxProcessSource } from '../../../electron/core/calls/linux-processes.js';
import { tempDir, writeTree } from '../../support/temp.js';
import { startAs, stop } from './real-processes.js';

const linux = process.platform === 'linux';

describe.runIf(linux)('Linux process snapshot on the real /proc', () => {
  it('sees a started program by name, and not after it exits', async () => {
    const dir = await tempDir();
    const child = await startAs(dir, 'CptHost');
    const source = linuxProcessSource();
    expect((await source.snapshot()).find((p) => p.pid === child.pid)?.name).toBe('CptHost');
    await stop(child);
    expect((await source.snapshot()).some((p) => p.pid === child.pid)).toBe(false);
  });

  it('recovers a name longer than the 15 bytes /proc/<pid>/comm keeps', async () => {
    const dir = await tempDir();
    const child = await startAs(dir, 'simplescreenrecorder');
    const found = (await linuxProcessSource().snapshot()).find((p) => p.pid === child.pid);
    expect(found?.name).toBe('simplescreenrecorder');
  });

  it('reads the arguments only of the processes asked for', async () => {
    const dir = await tempDir();
    const ffmpeg = await startAs(dir, 'ffmpeg', ['-f', 'x11grab', '-i', ':0.0', 'out.mkv']);
    const other = await startAs(dir, 'obs');
    const list = await linuxProcessSource().snapshot({ wantArgs: (name) => name === 'ffmpeg' });
    expect(list.find((p) => p.pid === ffmpeg.pid)?.args).toEqual(expect.arrayContaining(['-f', 'x11grab', '-i', ':0.0', 'out.mkv']));
    expect(list.find((p) => p.pid === other.pid)?.args).toBeUndefined();
  });
});

describe('Linux process snapshot on a /proc stand-in', () => {
  it('takes the full name from the exe link when argv[0] was rewritten', async () => {
    const root = await tempDir();
    await writeTree(root, {
      '17/comm': 'vokoscreenNG-pr\n',
      '17/cmdline': 'renamed\0--flag\0',
      '18/comm': 'zoom\n',
      '18/cmdline': '/opt/zoom/zoom\0',
      'self/comm': 'not a pid folder\n',
    });
    await symlink('/usr/bin/vokoscreenNG-preview (deleted)', `${root}/17/exe`);
    const list = await linuxProcessSource({ procRoot: root }).snapshot();
    expect(list.map((p) => [p.pid, p.name]).sort()).toEqual([
      [17, 'vokoscreenNG-preview'],
      [18, 'zoom'],
    ]);
  });

  it('keeps the cut name when neither argv[0] nor the exe link extends it', () => {
    expect(fullName('abcdefghijklmno', '/bin/other', () => undefined)).toBe('abcdefghijklmno');
    expect(fullName('abcdefghijklmno', '/bin/abcdefghijklmnopq', () => undefined)).toBe('abcdefghijklmnopq');
  });

  it('serves known pids from its cache and re-reads them when asked for a fresh list', async () => {
    const root = await tempDir();
    await writeTree(root, { '30/comm': 'bash\n' });
    const source = linuxProcessSource({ procRoot: root });
    expect((await source.snapshot())[0]?.name).toBe('bash');
    // A second poll re-reads a pid it saw for the first time (fork, then exec); after that the cache answers.
    expect((await source.snapshot())[0]?.name).toBe('bash');
    // The same pid now runs another program (exec): the cache cannot see that, a fresh snapshot does.
    await writeTree(root, { '30/comm': 'obs\n' });
    expect((await source.snapshot())[0]?.name).toBe('bash');
    expect((await source.snapshot({ fresh: true }))[0]?.name).toBe('obs');
  });
});
