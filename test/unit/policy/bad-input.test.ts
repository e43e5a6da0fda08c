// Policy input that used to be accepted or silently changed: folders others can swap, keys that vanish, entity
// declarations, UTF-16 files.
import { chmod, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildBinary } from 'plist';
import { runCommand } from '../../../electron/core/ports/command-runner.js';
import type { HostEnvironment } from '../../../electron/core/platform/platform.js';
import { linuxPolicySource } from '../../../electron/core/policy/sources/linux-policy-source.js';
import { macosPolicySource } from '../../../electron/core/policy/sources/macos-policy-source.js';
import { checkPolicyFile } from '../../../electron/core/policy/check-file.js';
import { runCliProcess } from '../../support/cli.js';
import { tempDir, writeTree } from '../../support/temp.js';

const myUid = process.getuid?.() ?? 0;
const fixtures = fileURLToPath(new URL('../../fixtures/policy/', import.meta.url));
const policyDir = 'etc/meeting-guard/policies/managed';

async function host(): Promise<HostEnvironment> {
  const root = await tempDir();
  await chmod(root, 0o755);
  return { run: runCommand, root, home: join(root, 'home/ada'), env: { USER: 'ada' } };
}

/** Every folder from the root down as an administrator leaves it: 755. */
async function modes(root: string, path: string, mode = 0o755): Promise<void> {
  const parts = path.split('/');
  for (let i = 1; i <= parts.length; i++) await chmod(join(root, ...parts.slice(0, i)), mode);
}

describe('policy folders are trusted only if every parent up to the root is', () => {
  it('Linux: a world-writable /etc/meeting-guard makes the managed folder untrusted, with the fix', async () => {
    const h = await host();
    await writeTree(h.root, { [`${policyDir}/10-org.json`]: '{"cleanupMode": "remind"}' }, 0o644);
    await modes(h.root, policyDir);
    const trusted = await linuxPolicySource(h, { trustedUid: myUid }).read();
    expect(trusted.machine.cleanupMode?.value).toBe('remind');

    await chmod(join(h.root, 'etc/meeting-guard'), 0o777);
    const swapped = await linuxPolicySource(h, { trustedUid: myUid }).read();
    expect(swapped.machine).toEqual({});
    expect(swapped.problems).toEqual([
      {
        layer: 'machine-policy',
        origin: '/etc/meeting-guard/policies/managed',
        message: 'the folder is ignored because its parent folder /etc/meeting-guard is writable by everyone (fix: chmod go-w /etc/meeting-guard)',
      },
    ]);
    // The sticky bit (as on /tmp) does not make it safe; a group-writable root is refused too.
    await chmod(join(h.root, 'etc/meeting-guard'), 0o1777);
    expect((await linuxPolicySource(h, { trustedUid: myUid }).read()).machine).toEqual({});
    await chmod(join(h.root, 'etc/meeting-guard'), 0o755);
    await chmod(h.root, 0o775);
    expect((await linuxPolicySource(h, { trustedUid: myUid }).read()).problems[0]?.message).toContain('its parent folder / is writable by its group');
  });

  it('macOS: a writable /Library/Managed Preferences parent refuses the user file too', async () => {
    const h = await host();
    const managed = 'Library/Managed Preferences';
    await writeTree(h.root, { [`${managed}/ada/placeholder`]: '' }, 0o644);
    await writeFile(join(h.root, managed, 'ada/org.meetingguard.app.plist'), buildBinary({ cleanupMode: 'off' }), { mode: 0o644 });
    await modes(h.root, `${managed}/ada`);
    expect((await macosPolicySource(h, { trustedUid: myUid }).read()).user.cleanupMode?.value).toBe('off');
    await chmod(join(h.root, 'Library'), 0o777);
    const readout = await macosPolicySource(h, { trustedUid: myUid }).read();
    expect(readout.user).toEqual({});
    expect(readout.problems.map((p) => p.message)).toContain('the file is ignored because its parent folder /Library is writable by everyone (fix: chmod go-w /Library)');
  });
});

const messages = (file: string, text: string | Buffer, format: Parameters<typeof checkPolicyFile>[2]) =>
  checkPolicyFile(file, typeof text === 'string' ? Buffer.from(text) : text, format).problems.map((p) => `${p.origin}: ${p.setting ? `${p.setting}: ` : ''}${p.message}`);

describe('keys a parser would drop without a word are reported', () => {
  it('JSON: a key given twice names both lines; "__proto__" is refused as a key', () => {
    const text = '{\n  "cleanupMode": "remind",\n  "hideQuit": true,\n  "cleanupMode": "off",\n  "__proto__": {"hideQuit": false}\n}\n';
    expect(messages('10-org.json', text, 'linux-json')).toEqual([
      '10-org.json:4: cleanupMode: the key appears twice (first at line 2): only one would count; keep one',
      '10-org.json: __proto__: not a setting: a key named "__proto__" cannot be read safely; remove it',
    ]);
  });

  it('plist: a key given twice is reported per dictionary; "__proto__" refuses the file', async () => {
    const xml = await readFile(join(fixtures, 'managed-prefs.plist'), 'utf8');
    const twice = xml.replace('<key>allowSnooze</key>', '<key>cleanupMode</key>\n\t<string>off</string>\n\t<key>allowSnooze</key>');
    expect(messages('org.plist', twice, 'plist')).toContainEqual(expect.stringMatching(/^org\.plist:\d+: cleanupMode: the key appears twice \(first at line \d+\)/));
    const proto = xml.replace('<key>allowSnooze</key>', '<key>__proto__</key>\n\t<dict><key>hideQuit</key><true/></dict>\n\t<key>allowSnooze</key>');
    expect(messages('org.plist', proto, 'plist')).toEqual([expect.stringMatching(/^org\.plist: line \d+, column \d+: the key "__proto__" is not a setting and cannot be read safely/)]);
  });

  it('plist: entity declarations are refused with one message, and the XML reader prints nothing', async () => {
    const lol = `<?xml version="1.0"?>\n<!DOCTYPE plist [\n<!ENTITY a "aaaaaaaaaa">\n<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">\n<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">\n]>\n<plist version="1.0"><dict><key>organisationName</key><string>&c;&c;&c;</string></dict></plist>\n`;
    expect(messages('org.plist', lol, 'plist')).toEqual(['org.plist: the plist declares XML entities (line 2, column 1): not allowed in a plist; remove the [ … ] part of its <!DOCTYPE>']);
    const dir = await tempDir();
    await writeFile(join(dir, 'org.plist'), lol);
    const run = await runCliProcess(['policy', '--check', 'org.plist'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout.match(/entities/g)).toHaveLength(1);
  });

  it('reads a UTF-16 LE policy JSON (as PowerShell writes it) and refuses one with a NUL, located', () => {
    const json = '{"cleanupMode": "remind"}';
    expect(checkPolicyFile('p.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')]), 'linux-json').layers.machine).toEqual({ cleanupMode: 'remind' });
    expect(messages('p.json', '{"cleanupMode":\n "rem\u0000ind"}', 'linux-json')).toEqual(['p.json: the policy file contains a NUL character at line 2, column 6: it is binary data or damaged, not text']);
  });
});
