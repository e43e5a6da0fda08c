import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { deviceStatusSchema } from '../../../electron/core/device/types.js';
import { FIXTURES, fixture } from '../../support/fixtures.js';
import { runCliProcess } from '../../support/cli.js';
import { fakeTool, tempDir } from '../../support/temp.js';

describe('meeting-guard device --parse', () => {
  const cases = [
    ['dsregcmd', 'device/windows/dsregcmd-hybrid-joined.txt', 'managed', 0],
    ['dsregcmd', 'device/windows/dsregcmd-registered-only.txt', 'not-managed', 1],
    ['reg-enrollments', 'device/windows/reg-enrollments-intune.txt', 'managed', 0],
    ['profiles-status', 'device/macos/profiles-ade-jamf.txt', 'managed', 0],
    ['profiles-status', 'device/macos/profiles-not-enrolled.txt', 'not-managed', 1],
    ['realm-list', 'device/linux/realm-ipa.txt', 'managed', 0],
    ['sssd-conf', 'device/linux/sssd-files-only.conf', 'not-managed', 1],
    ['landscape-conf', 'device/linux/landscape-client.conf', 'unknown', 3],
  ] as const;

  it.each(cases)('%s %s → %s (exit %i)', async (kind, file, verdict, code) => {
    const run = await runCliProcess(['device', '--parse', kind, join(FIXTURES, file)]);
    expect(run.stderr).toBe('');
    const status = deviceStatusSchema.parse(JSON.parse(run.stdout));
    expect(status.verdict).toBe(verdict);
    expect(run.code).toBe(code);
  });

  it('reads pasted output from standard input with "-" or no file', async () => {
    const dash = await runCliProcess(['device', '--parse', 'profiles-status', '-'], { input: fixture('device/macos/profiles-user-approved-intune.txt') });
    expect(JSON.parse(dash.stdout)).toMatchObject({ verdict: 'managed', managedBy: ['Intune'], os: 'macos' });
    const none = await runCliProcess(['device', '--parse', 'realm-list'], { input: '' });
    expect(JSON.parse(none.stdout)).toMatchObject({ verdict: 'not-managed' });
  });

  it('judges garbage as unknown with a reason instead of crashing', async () => {
    const run = await runCliProcess(['device', '--parse', 'dsregcmd', '-'], { input: '\u0000\u0001 garbage ::: \n| Device State |\nAzureAdJoined : MAYBE' });
    expect(run.code).toBe(3);
    expect(JSON.parse(run.stdout).summary).toContain('could not check');
  });

  it('explains usage mistakes with exit code 2', async () => {
    const unknownKind = await runCliProcess(['device', '--parse', 'dsreg']);
    expect(unknownKind.code).toBe(2);
    expect(unknownKind.stderr).toContain('unknown kind "dsreg"; expected one of dsregcmd, reg-enrollments, profiles-status, realm-list, sssd-conf, landscape-conf');
    const flag = await runCliProcess(['device', '--jsn']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain("Unknown option '--jsn'");
    const missing = await runCliProcess(['device', '--parse', 'dsregcmd', 'no-such-file.txt']);
    expect(missing).toMatchObject({ code: 3 });
    expect(missing.stderr).toContain('cannot read no-such-file.txt: no such file');
  });
});

describe('meeting-guard device (live probe on this Linux machine)', () => {
  it('prints the verdict JSON from real tools found on PATH', async () => {
    const bin = await tempDir();
    await fakeTool(bin, 'realm', { stdout: fixture('device/linux/realm-ad.txt') });
    const run = await runCliProcess(['device', '--json'], { env: { PATH: `${bin}:/usr/bin:/bin` } });
    const status = deviceStatusSchema.parse(JSON.parse(run.stdout));
    expect(status).toMatchObject({ os: 'linux', verdict: 'managed', organisation: 'corp.contoso.example' });
    expect(run.code).toBe(0);
  });

  it('prints a readable report by default', async () => {
    const bin = await tempDir();
    await fakeTool(bin, 'realm', { stdout: '' });
    const run = await runCliProcess(['device'], { env: { PATH: `${bin}:/usr/bin:/bin` } });
    expect(run.stdout).toContain('Evidence:');
    expect(run.stdout).toContain('- Active Directory / FreeIPA join (realmd): no realm is configured');
    expect(run.stdout).toContain('from realm list');
  });
});

describe('meeting-guard itself', () => {
  it('prints its version and help', async () => {
    const { version } = JSON.parse(fixture('../../package.json')) as { version: string };
    expect((await runCliProcess(['--version'])).stdout).toBe(`${version}\n`);
    const help = await runCliProcess(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('device');
    const unknown = await runCliProcess(['frobnicate']);
    expect(unknown).toMatchObject({ code: 2 });
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
  });
});
