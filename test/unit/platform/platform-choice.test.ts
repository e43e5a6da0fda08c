import { describe, expect, it } from 'vitest';
import type { CommandRunner } from '../../../electron/core/ports/command-runner.js';
import type { HostEnvironment, OsName } from '../../../electron/core/platform/platform.js';
import { loadPlatform } from '../../../electron/core/platform/load-platform.js';
import { selectCallProbes } from '../../../electron/core/platform/select-call-probes.js';
import { selectDeviceProbe } from '../../../electron/core/platform/select-device-probe.js';
import { selectPlatform } from '../../../electron/core/platform/select-platform.js';
import { tempDir, writeTree } from '../../support/temp.js';

// The app takes its adapters from selectPlatform. The CLI loads only what it needs: the `device` command its probe
// alone (selectDeviceProbe), `watch` its call probes alone (selectCallProbes), every other command the chosen OS's
// adapters alone (loadPlatform). All must be the same
// adapters: same answers on the same host, for every OS.
const enrolledTools: CommandRunner = async (command) => {
  if (command === 'realm') return { kind: 'ok', stdout: 'corp.example.org\n  type: kerberos\n  configured: kerberos-member\n', stderr: '' };
  if (command === 'dsregcmd') return { kind: 'ok', stdout: '| Device State |\n AzureAdJoined : YES\n DomainJoined : NO\n', stderr: '' };
  if (command === 'profiles') return { kind: 'ok', stdout: 'Enrolled via DEP: No\nMDM enrollment: Yes (User Approved)\n', stderr: '' };
  return { kind: 'missing', command };
};
const noTools: CommandRunner = async (command) => ({ kind: 'missing', command });

async function host(run: CommandRunner): Promise<HostEnvironment> {
  const root = await tempDir();
  // A Linux policy file, so that the policy readers have something to read (and to disagree on, if they differed).
  await writeTree(root, { 'etc/meeting-guard/policies/managed/10-fleet.json': '{"cleanupMode":"remind"}', 'etc/sssd/.keep': '', 'home/.keep': '', 'proc/.keep': '' }, 0o644);
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

describe('the platform loaded alone', () => {
  it.each<OsName>(['windows', 'macos', 'linux'])('has the same adapters, with the same answers, as the chosen one on %s', async (os) => {
    for (const run of [noTools, enrolledTools]) {
      const h = await host(run);
      const alone = await loadPlatform(os, h);
      const whole = selectPlatform(os, h);
      expect(alone.os).toBe(os);
      expect(Object.keys(alone).sort()).toEqual(Object.keys(whole).sort());
      expect(await alone.device.check()).toEqual(await whole.device.check());
      const policy = await alone.policy.read();
      expect(policy).toEqual(await whole.policy.read());
      // The Linux reader finds the file (so the comparison above compares something there).
      if (os === 'linux') expect(Object.keys(policy.machine), JSON.stringify(policy.problems)).toContain('cleanupMode');
      expect(alone.policy.watchPaths()).toEqual(whole.policy.watchPaths());
      expect(await alone.media.check()).toEqual(await whole.media.check());
      expect(alone.media.status?.()).toEqual(whole.media.status?.());
    }
  });
});

describe('the call probes loaded alone', () => {
  it.each<OsName>(['windows', 'macos', 'linux'])('give the same processes and media answers as the whole platform on %s', async (os) => {
    for (const run of [noTools, enrolledTools]) {
      const h = await host(run);
      const alone = await selectCallProbes(os, h);
      const whole = selectPlatform(os, h);
      expect(alone.os).toBe(os);
      expect(alone.host).toBe(h);
      expect(await alone.media.check()).toEqual(await whole.media.check());
      expect(alone.media.status?.()).toEqual(whole.media.status?.());
      expect(typeof alone.processes.snapshot).toBe(typeof whole.processes.snapshot);
      expect(Object.keys(alone.processes).sort()).toEqual(Object.keys(whole.processes).sort());
    }
  });
});
