import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { readFile, readlink, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { tempDir } from '../../support/temp.js';
import { modeOf, renderedScripts, runInRoot, seedInstalledApp, tree } from './maintainer-scripts.js';

const AUTOSTART = 'etc/xdg/autostart/meeting-guard.desktop';
const POLICY_DIR = 'etc/meeting-guard/policies/managed';

/** Desktop-entry keys of the [Desktop Entry] group (freedesktop.org Desktop Entry Specification). */
function desktopEntry(text: string): Record<string, string> {
  const lines = text.split('\n');
  expect(lines[0]).toBe('[Desktop Entry]');
  return Object.fromEntries(lines.slice(1).filter((l) => l.includes('=')).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
}

async function installed() {
  const work = await tempDir('mg-pkg-');
  const root = join(work, 'root');
  await mkdir(root);
  await seedInstalledApp(root, 'Meeting Guard', 'meeting-guard');
  const scripts = await renderedScripts(work);
  return { root, ...scripts };
}

describe('deb/rpm after-install (postinst) against a DPKG_ROOT', () => {
  it('creates the root-owned policy folder, the all-users autostart entry and the command link', async () => {
    const { root, postinst } = await installed();
    await runInRoot(postinst, root, ['configure', '']);

    for (const dir of ['etc/meeting-guard', 'etc/meeting-guard/policies', POLICY_DIR]) {
      const { mode, uid } = await modeOf(join(root, dir));
      expect(mode).toBe(0o755);
      if (process.getuid?.() === 0) expect(uid).toBe(0);
    }
    const entry = desktopEntry(await readFile(join(root, AUTOSTART), 'utf8'));
    expect(entry).toMatchObject({ Type: 'Application', Name: 'Meeting Guard', Exec: '"/opt/Meeting Guard/meeting-guard" --autostart', 'X-GNOME-Autostart-enabled': 'true' });
    expect((await modeOf(join(root, AUTOSTART))).mode).toBe(0o644);
    // The link points inside the installed system, not into the temporary root.
    expect(await readlink(join(root, 'usr/bin/meeting-guard'))).toBe('/opt/Meeting Guard/meeting-guard');
  });

  it('is idempotent: a second run (reinstall, upgrade) leaves exactly the same tree', async () => {
    const { root, postinst } = await installed();
    await runInRoot(postinst, root, ['configure', '']);
    const first = await tree(root);
    await runInRoot(postinst, root, ['configure', '0.1.0']);
    expect(await tree(root)).toEqual(first);
    expect(first.some((l) => l.includes('.tmp.'))).toBe(false);
  });

  it('leaves an autostart entry IT has taken over (marker removed) alone, so an upgrade does not undo "off"', async () => {
    const { root, postinst } = await installed();
    const itsOwn = '[Desktop Entry]\nType=Application\nName=Meeting Guard\nExec=/bin/false\nHidden=true\n';
    await mkdir(join(root, 'etc/xdg/autostart'), { recursive: true });
    await writeFile(join(root, AUTOSTART), itsOwn);
    await runInRoot(postinst, root, ['configure', '0.1.0']);
    expect(await readFile(join(root, AUTOSTART), 'utf8')).toBe(itsOwn);
  });
});

describe('deb/rpm after-remove (postrm) against a DPKG_ROOT', () => {
  it('removes what after-install made and keeps IT policy files and users\' homes', async () => {
    const { root, postinst, postrm } = await installed();
    await mkdir(join(root, 'home/ana/.local/share/meeting-guard'), { recursive: true });
    await writeFile(join(root, 'home/ana/.local/share/meeting-guard/status.json'), '{}');
    await mkdir(join(root, 'home/ana/.config/autostart'), { recursive: true });
    await writeFile(join(root, 'home/ana/.config/autostart/meeting-guard.desktop'), '[Desktop Entry]\nHidden=true\n');
    await runInRoot(postinst, root, ['configure', '']);
    await writeFile(join(root, POLICY_DIR, '10-council.json'), '{"organisationName":"Example"}');
    const homeBefore = (await tree(root)).filter((l) => l.startsWith('home'));

    await runInRoot(postrm, root, ['remove']);

    expect(existsSync(join(root, AUTOSTART))).toBe(false);
    expect(existsSync(join(root, 'usr/bin/meeting-guard'))).toBe(false);
    expect(await readFile(join(root, POLICY_DIR, '10-council.json'), 'utf8')).toContain('Example');
    expect((await tree(root)).filter((l) => l.startsWith('home'))).toEqual(homeBefore);
  });

  it('removes the policy folders when they are empty, and a second run changes nothing', async () => {
    const { root, postinst, postrm } = await installed();
    await runInRoot(postinst, root, ['configure', '']);
    await runInRoot(postrm, root, ['purge']);
    expect(existsSync(join(root, 'etc/meeting-guard'))).toBe(false);
    const after = await tree(root);
    await runInRoot(postrm, root, ['purge']);
    expect(await tree(root)).toEqual(after);
  });

  it.each([['upgrade', '0.2.0'], ['1']])('does nothing on an upgrade (%s): the new version\'s files stay', async (...args) => {
    const { root, postinst, postrm } = await installed();
    await runInRoot(postinst, root, ['configure', '']);
    const before = await tree(root);
    await runInRoot(postrm, root, args);
    expect(await tree(root)).toEqual(before);
  });

  it('works under a plain POSIX sh as well (rpm runs %post and %postun with /bin/sh)', async () => {
    const { root, postinst, postrm } = await installed();
    await runInRoot(postinst, root, ['1'], 'dash');
    expect(existsSync(join(root, AUTOSTART))).toBe(true);
    expect((await modeOf(join(root, POLICY_DIR))).mode).toBe(0o755);
    await runInRoot(postrm, root, ['1'], 'dash');
    expect(existsSync(join(root, AUTOSTART))).toBe(true);
    await runInRoot(postrm, root, ['0'], 'dash');
    expect(existsSync(join(root, AUTOSTART))).toBe(false);
    expect(existsSync(join(root, 'etc/meeting-guard'))).toBe(false);
  });

  it('does not remove a /usr/bin/meeting-guard that belongs to something else', async () => {
    const { root, postrm } = await installed();
    await mkdir(join(root, 'usr/bin'), { recursive: true });
    await writeFile(join(root, 'usr/bin/meeting-guard'), '#!/bin/sh\n# a wrapper IT wrote\n');
    await runInRoot(postrm, root, ['remove']);
    expect(await readFile(join(root, 'usr/bin/meeting-guard'), 'utf8')).toContain('IT wrote');
  });
});
