import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { readFile, readdir, stat, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { promisify } from 'node:util';
import { parse as parsePlist } from 'plist';
import { tempDir } from '../../support/temp.js';
import { PROJECT } from './maintainer-scripts.js';

const run = promisify(execFile);
const POSTINSTALL = join(PROJECT, 'build/pkg-scripts/postinstall');
const AGENT = 'Library/LaunchAgents/org.meetingguard.app.plist';

/** Installer runs postinstall as `postinstall <package path> <install location> <target volume> <root>`. */
async function postinstall(target: string) {
  if (!target.startsWith(tmpdir() + sep)) throw new Error(`refusing to install into ${target}`);
  return run('sh', [POSTINSTALL, '/tmp/Meeting Guard.pkg', '/Applications', target, '/']);
}

describe('macOS pkg postinstall', () => {
  it('is executable, so pkgbuild includes it', async () => {
    expect((await stat(POSTINSTALL)).mode & 0o111).toBe(0o111);
  });

  it('installs one LaunchAgent for all users that starts the app at login', async () => {
    const volume = await tempDir('mg-vol-');
    await postinstall(volume);
    const text = await readFile(join(volume, AGENT), 'utf8');
    const agent = parsePlist(text) as Record<string, unknown>;
    expect(agent).toEqual({
      Label: 'org.meetingguard.app',
      ProgramArguments: ['/Applications/Meeting Guard.app/Contents/MacOS/Meeting Guard', '--autostart'],
      RunAtLoad: true,
      KeepAlive: false,
      LimitLoadToSessionType: 'Aqua',
      ProcessType: 'Interactive',
    });
    // launchd refuses agents that others can write to.
    const info = await stat(join(volume, AGENT));
    expect(info.mode & 0o777).toBe(0o644);
    if (process.getuid?.() === 0) expect(info.uid).toBe(0);
  });

  it('is idempotent: running it again leaves the same single file and no temporary files', async () => {
    const volume = await tempDir('mg-vol-');
    await mkdir(join(volume, 'Library/LaunchAgents'), { recursive: true });
    await postinstall(volume);
    const first = await readFile(join(volume, AGENT), 'utf8');
    await postinstall(volume);
    expect(await readFile(join(volume, AGENT), 'utf8')).toBe(first);
    expect(await readdir(join(volume, 'Library/LaunchAgents'))).toEqual(['org.meetingguard.app.plist']);
  });
});
