import { describe, expect, it } from 'vitest';
import type { CommandRunner } from '../../../electron/core/ports/command-runner.js';
import type { HostEnvironment, OsName } from '../../../electron/core/platform/platform.js';
import { selectDeviceProbe } from '../../../electron/core/platform/select-device-probe.js';
import { selectPlatform } from '../../../electron/core/platform/select-platform.js';
import { tempDir, writeTree } from '../../support/temp.js';

// The CLI's `device` command takes its probe from selectDeviceProbe, which loads that OS's probe alone; the app and
// every other command take it from selectPlatform. Both must be the same probe: same answers on the same host.
const enrolledTools: CommandRunner = async (command) => {
  if (command === 'realm') return { kind: 'ok', stdout: 'corp.example.org\n  type: kerberos\n  configured: kerberos-member\n', stderr: '' };
  if (command === 'dsregcmd') return { kind: 'ok', stdout: '| Device State |\n AzureAdJoined : YES\n DomainJoined : NO\n', stderr: '' };
  if (command === 'profiles') return { kind: 'ok', stdout: 'Enrolled via DEP: No\nMDM enrollment: Yes (User Approved)\n', stderr: '' };
  return { kind: 'missing', command };
};
const noTools: CommandRunner = async (command) => ({ kind: 'missing', command });

async function host(run: CommandRunner): Promise<HostEnvironment> {
  const root = await tempDir();
  await writeTree(root, { 'etc/sssd/.keep': '', 'home/.keep': '' });
  return { run, root, home: `${root}/home`, env: {} };
}

describe('the device probe loaded alone', () => {
  it.each<OsName>(['windows', 'macos', 'linux'])('gives the same verdict and evidence as the whole platform on %s', async (os) => {
    for (const run of [noTools, enrolledTools]) {
      const h = await host(run);
      const alone = await (await selectDeviceProbe(os, h)).check();
      const whole = await selectPlatform(os, h).device.check();
      expect(alone).toEqual(whole);
      expect(alone.os).toBe(os);
    }
  });
});
