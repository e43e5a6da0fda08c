import { chmod, chown, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildBinary } from 'plist';
import { fakeTool, tempDir, writeTree } from '../../support/temp.js';
import { runCommand } from '../../../electron/core/ports/command-runner.js';
import type { HostEnvironment } from '../../../electron/core/platform/platform.js';
import { linuxPolicySource } from '../../../electron/core/policy/sources/linux-policy-source.js';
import { macosPolicySource } from '../../../electron/core/policy/sources/macos-policy-source.js';
import { windowsPolicySource } from '../../../electron/core/policy/sources/windows-policy-source.js';
import { resolve } from '../../../electron/core/policy/resolve.js';

const fixtures = fileURLToPath(new URL('../../fixtures/policy/', import.meta.url));
const fixture = (name: string) => readFile(join(fixtures, name), 'utf8');
const asRoot = process.getuid?.() === 0;
const myUid = process.getuid?.() ?? 0;

async function host(extra: Partial<HostEnvironment> = {}): Promise<HostEnvironment> {
  const root = await tempDir();
  return { run: runCommand, root, home: join(root, 'home/ada'), env: { USER: 'ada' }, ...extra };
}

const policyDir = 'etc/meeting-guard/policies/managed';

describe.skipIf(!asRoot)('Linux policy folder (needs root to create root-owned files)', () => {
  it('merges *.json in name order, a later file winning key by key', async () => {
    const h = await host();
    await writeTree(h.root, {
      [`${policyDir}/10-org.json`]: JSON.stringify({ organisationName: 'Org', cleanupMode: 'remind', snoozeMinutes: 30 }),
      [`${policyDir}/20-team.json`]: JSON.stringify({ cleanupMode: 'clear-on-confirm', snoozeMinutes: 'thirty' }),
      [`${policyDir}/notes.txt`]: 'not policy',
    }, 0o644);
    const readout = await linuxPolicySource(h).read();
    const { settings, problems } = resolve({ 'machine-policy': readout.machine }, readout.problems);
    expect(settings.organisationName).toMatchObject({ value: 'Org', locked: true, origin: `/${policyDir}/10-org.json` });
    expect(settings.cleanupMode).toMatchObject({ value: 'clear-on-confirm', origin: `/${policyDir}/20-team.json` });
    // The later file's bad value is reported and the earlier file's good value stands.
    expect(settings.snoozeMinutes).toMatchObject({ value: 30, origin: `/${policyDir}/10-org.json` });
    expect(problems).toEqual([{ layer: 'machine-policy', origin: `/${policyDir}/20-team.json`, setting: 'snoozeMinutes', message: 'expected a whole number' }]);
  });

  it('refuses a world-writable file, a group-writable file and one not owned by root, keeping the others', async () => {
    const h = await host();
    await writeTree(h.root, {
      [`${policyDir}/a.json`]: '{"organisationName": "Safe"}',
      [`${policyDir}/b.json`]: '{"hideQuit": true}',
      [`${policyDir}/c.json`]: '{"allowSnooze": false}',
      [`${policyDir}/d.json`]: '{"cleanupMode": "off"}',
    }, 0o644);
    await chmod(join(h.root, policyDir, 'b.json'), 0o666);
    await chmod(join(h.root, policyDir, 'c.json'), 0o664);
    await chown(join(h.root, policyDir, 'd.json'), 1000, 1000);
    const readout = await linuxPolicySource(h).read();
    expect(Object.keys(readout.machine)).toEqual(['organisationName']);
    const byFile = Object.fromEntries(readout.problems.map((p) => [p.origin.split('/').pop(), p.message]));
    expect(byFile['b.json']).toMatch(/writable by everyone \(fix: chmod go-w\)/);
    expect(byFile['c.json']).toMatch(/writable by its group/);
    expect(byFile['d.json']).toMatch(/owned by user id 1000, not root/);
  });

  it('refuses the whole folder when others may write to it', async () => {
    const h = await host();
    await writeTree(h.root, { [`${policyDir}/a.json`]: '{"hideQuit": true}' }, 0o644);
    await chmod(join(h.root, policyDir), 0o777);
    const readout = await linuxPolicySource(h).read();
    expect(readout.machine).toEqual({});
    expect(readout.problems[0]?.message).toMatch(/folder is ignored because it is writable by everyone/);
  });

  it('reports malformed JSON with its line and reads nothing from that file', async () => {
    const h = await host();
    await writeTree(h.root, { [`${policyDir}/a.json`]: '{\n  "hideQuit": true,\n}\n', [`${policyDir}/b.json`]: '["not", "an object"]' }, 0o644);
    const readout = await linuxPolicySource(h).read();
    expect(readout.machine).toEqual({});
    expect(readout.problems[0]?.message).toMatch(/not valid JSON: .* at line 3, column 1/);
    expect(readout.problems[1]?.message).toMatch(/one JSON object/);
  });

  it('treats a missing folder as no policy, without a problem', async () => {
    const h = await host();
    expect(await linuxPolicySource(h).read()).toEqual({ machine: {}, user: {}, problems: [] });
  });
});

describe('Windows registry policy via reg query', () => {
  async function regHost(hklm: { stdout?: string; stderr?: string; code?: number }, hkcu: { stdout?: string; stderr?: string; code?: number }) {
    const bin = join(await tempDir(), 'bin');
    // One stand-in `reg` that answers per hive, like reg.exe does.
    await fakeTool(bin, 'reg-hklm', hklm);
    await fakeTool(bin, 'reg-hkcu', hkcu);
    await writeTree(bin, { reg: '#!/bin/sh\ncase "$2" in HKLM*) exec "$(dirname "$0")/reg-hklm";; HKCU*) exec "$(dirname "$0")/reg-hkcu";; esac\nexit 9\n' }, 0o755);
    return host({ run: (command, args, options) => runCommand(command, args, { ...options, env: { PATH: `${bin}:${process.env.PATH}` } }) });
  }

  it('reads REG_SZ, REG_DWORD, REG_MULTI_SZ and list/map subkeys; HKLM wins over HKCU; bad values are named', async () => {
    const h = await regHost({ stdout: await fixture('reg-query-hklm.txt') }, { stdout: await fixture('reg-query-hkcu.txt') });
    const readout = await windowsPolicySource(h).read();
    const { settings, problems } = resolve({ 'machine-policy': readout.machine, 'user-policy': readout.user }, readout.problems);
    const key = 'HKLM\\SOFTWARE\\Policies\\MeetingGuardProject\\MeetingGuard';
    expect(settings.organisationName).toMatchObject({ value: 'Example District Council', source: 'machine-policy', origin: `${key}\\organisationName` });
    expect(settings.cleanupMode).toMatchObject({ value: 'clear-on-confirm', source: 'machine-policy' });
    expect(settings.allowSnooze).toMatchObject({ value: false, source: 'machine-policy' });
    expect(settings.snoozeMinutes).toMatchObject({ value: 30, source: 'user-policy', locked: true });
    expect(settings.pollIntervalSeconds.value).toBe(10);
    expect(settings.extraRecorders.value).toEqual(['CamtasiaRecorder.exe', 'obs64.exe']);
    expect(settings.organiserChecklist.value).toEqual(['Send each guest their own invitation.', 'Admit only the people you invited.', 'Ask participants not to record.']);
    expect(settings.noticeFiles.value).toEqual({ en: 'C:\\ProgramData\\MeetingGuard\\notice.en.md', cy: 'C:\\ProgramData\\MeetingGuard\\notice.cy.md' });
    const messages = problems.map((p) => `${p.origin}: ${p.message}`);
    expect(messages).toContain(`${key}\\quarantineDays: is REG_SZ; expected REG_DWORD between 0 and 365`);
    expect(messages).toContain(`${key}\\legacyOption: unknown setting; it is ignored`);
    expect(messages.some((m) => m.startsWith(`${key}\\helpLink: links must start with https: or mailto:`))).toBe(true);
    expect(messages.some((m) => m.startsWith('HKCU\\SOFTWARE\\Policies\\MeetingGuardProject\\MeetingGuard\\organisationName: can only be set for the whole machine'))).toBe(true);
    expect(settings.quarantineDays.source).toBe('default');
  });

  it('treats a missing key as no policy and an unreadable registry as a visible problem', async () => {
    const notFound = { stderr: 'ERROR: The system was unable to find the specified registry key or value.\r\n', code: 1 };
    const h = await regHost(notFound, { stderr: 'ERROR: Access is denied.\r\n', code: 5 });
    const readout = await windowsPolicySource(h).read();
    expect(readout.machine).toEqual({});
    expect(readout.problems).toEqual([
      { layer: 'user-policy', origin: 'HKCU\\SOFTWARE\\Policies\\MeetingGuardProject\\MeetingGuard', message: 'could not read the registry: reg query exited with code 5: ERROR: Access is denied.' },
    ]);
  });

  it('says so when reg.exe is not there', async () => {
    const h = await host({ run: (command, args, options) => runCommand(command, args, { ...options, env: { PATH: '/nonexistent' } }) });
    const readout = await windowsPolicySource(h).read();
    expect(readout.problems.map((p) => p.message)).toEqual([
      'could not read the registry: reg query is not installed (`reg` was not found)',
      'could not read the registry: reg query is not installed (`reg` was not found)',
    ]);
  });
});

/** Modes as the MDM agent leaves them, whatever this test process's umask. */
async function trustworthy(managed: string, entries: string[]): Promise<void> {
  await chmod(managed, 0o755);
  for (const entry of entries) await chmod(join(managed, entry), entry.endsWith('.plist') ? 0o644 : 0o755);
}

describe('macOS managed preferences', () => {
  it('reads the device plist (XML) and the per-user plist (binary); device wins', async () => {
    const h = await host();
    const managed = join(h.root, 'Library/Managed Preferences');
    await writeTree(managed, { 'org.meetingguard.app.plist': await fixture('managed-prefs.plist') });
    await mkdir(join(managed, 'ada'), { recursive: true });
    const binary = buildBinary({ cleanupMode: 'off', showNoticeBeforeCalls: false });
    await writeFile(join(managed, 'ada/org.meetingguard.app.plist'), binary);
    await trustworthy(managed, ['org.meetingguard.app.plist', 'ada', 'ada/org.meetingguard.app.plist']);
    const readout = await macosPolicySource(h, { trustedUid: myUid }).read();
    const { settings, problems } = resolve({ 'machine-policy': readout.machine, 'user-policy': readout.user }, readout.problems);
    expect(settings.organisationName).toMatchObject({ value: 'Example District Council', origin: '/Library/Managed Preferences/org.meetingguard.app.plist' });
    expect(settings.cleanupMode.value).toBe('clear-on-confirm');
    expect(settings.showNoticeBeforeCalls).toMatchObject({ value: false, source: 'user-policy', origin: '/Library/Managed Preferences/ada/org.meetingguard.app.plist' });
    expect(settings.allowSnooze.value).toBe(false);
    expect(settings.cleanupClients.value).toEqual(['zoom', 'teams']);
    expect(settings.noticeText.value).toEqual({ en: '# Video calls\nOnly invited people may join.' });
    expect(problems.map((p) => `${p.setting}: ${p.message}`)).toEqual(['snoozeMinutes: must be at least 5']);
  });

  it('reports a broken plist with line and column', async () => {
    const h = await host();
    await writeTree(h.root, { 'Library/Managed Preferences/org.meetingguard.app.plist': '<plist version="1.0">\n<dict>\n<key>hideQuit</key><true/>\n</plist>\n' });
    await trustworthy(join(h.root, 'Library/Managed Preferences'), ['org.meetingguard.app.plist']);
    const readout = await macosPolicySource(h, { trustedUid: myUid }).read();
    expect(readout.problems[0]?.message).toMatch(/^malformed XML at line 4, column \d+/);
  });

  it('refuses a plist that others may write, or whose folder they may, or that is not the administrator\'s', async () => {
    const h = await host();
    const managed = join(h.root, 'Library/Managed Preferences');
    const xml = await fixture('managed-prefs.plist');
    await writeTree(managed, { 'org.meetingguard.app.plist': xml, 'ada/org.meetingguard.app.plist': xml });
    await chmod(managed, 0o755);
    await chmod(join(managed, 'org.meetingguard.app.plist'), 0o666);
    await chmod(join(managed, 'ada'), 0o775);
    await chmod(join(managed, 'ada/org.meetingguard.app.plist'), 0o644);
    const readout = await macosPolicySource(h, { trustedUid: myUid }).read();
    expect(readout.machine).toEqual({});
    expect(readout.user).toEqual({});
    expect(readout.problems.map((p) => `${p.origin}: ${p.message}`)).toEqual([
      '/Library/Managed Preferences/org.meetingguard.app.plist: the file is ignored because it is writable by everyone (fix: chmod go-w)',
      '/Library/Managed Preferences/ada/org.meetingguard.app.plist: the file is ignored because its folder is writable by its group (fix: chmod go-w)',
    ]);
    // The same files, owned by someone other than the administrator the source trusts.
    await chmod(join(managed, 'org.meetingguard.app.plist'), 0o644);
    const strict = await macosPolicySource(h, { trustedUid: myUid + 1 }).read();
    expect(strict.problems[0]?.message).toBe(`the file is ignored because its folder is owned by user id ${myUid}, not root (fix: chown root:wheel)`);
    expect(strict.machine).toEqual({});
  });
});
