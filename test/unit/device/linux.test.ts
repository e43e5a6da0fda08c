import { describe, expect, it } from 'vitest';
import { chmod, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { decide } from '../../../electron/core/device/decide.js';
import { judgeRealmList, parseRealmList } from '../../../electron/core/device/linux/realm-list.js';
import { judgeSssdConf } from '../../../electron/core/device/linux/sssd-conf.js';
import { judgeLandscape } from '../../../electron/core/device/linux/landscape.js';
import { linuxDeviceProbe } from '../../../electron/core/device/linux/linux-probe.js';
import { runCommand } from '../../../electron/core/ports/command-runner.js';
import { fixture } from '../../support/fixtures.js';
import { fakeTool, tempDir, writeTree } from '../../support/temp.js';

describe('realm list', () => {
  it('reads blocks and repeated keys', () => {
    const [block] = parseRealmList(fixture('device/linux/realm-ad.txt'));
    expect(block?.name).toBe('corp.contoso.example');
    expect(block?.fields['required-package']).toHaveLength(6);
  });

  it('recognises Active Directory and FreeIPA memberships', () => {
    expect(judgeRealmList(fixture('device/linux/realm-ad.txt')).phrase).toBe('joined to the corp.contoso.example Active Directory domain');
    expect(judgeRealmList(fixture('device/linux/realm-ipa.txt')).managedBy).toBe('FreeIPA');
  });

  it('does not count a discovered realm that was never joined', () => {
    expect(judgeRealmList(fixture('device/linux/realm-discovered.txt')).evidence).toMatchObject({ status: 'negative', detail: 'realms discovered but not joined: corp.contoso.example' });
    expect(judgeRealmList('').evidence.detail).toBe('no realm is configured');
  });
});

describe('sssd.conf and Landscape', () => {
  it('counts an active AD domain and ignores local-account domains', () => {
    expect(judgeSssdConf(fixture('device/linux/sssd-ad.conf')).phrase).toBe('joined to the corp.contoso.example Active Directory domain (sssd)');
    expect(judgeSssdConf(fixture('device/linux/sssd-files-only.conf')).evidence.status).toBe('negative');
    const inactive = fixture('device/linux/sssd-ad.conf').replace('domains = corp.contoso.example', 'domains = other');
    expect(judgeSssdConf(inactive).evidence.detail).toContain('inactive');
  });

  it('needs the broker registration, not just a configuration', () => {
    const conf = fixture('device/linux/landscape-client.conf');
    expect(judgeLandscape(conf, true)).toMatchObject({ phrase: 'registered with Canonical Landscape (account northwind-it)' });
    expect(judgeLandscape(conf, false).evidence.status).toBe('negative');
    expect(decide('linux', [judgeLandscape(conf, undefined)]).verdict).toBe('unknown');
  });
});

/** A temporary machine: a root standing in for / and real stand-in tools on PATH. */
async function machine(files: Record<string, string>, tools: Parameters<typeof fakeTool>[2] extends infer T ? Record<string, T> : never) {
  const root = await tempDir();
  const bin = join(root, 'usr/local/bin');
  await mkdir(bin, { recursive: true });
  await writeTree(root, files);
  for (const [name, spec] of Object.entries(tools)) await fakeTool(bin, name, spec);
  const home = join(root, 'home/alex');
  await mkdir(home, { recursive: true });
  const probe = linuxDeviceProbe({ run: runCommand, root, home, env: { PATH: `${bin}:/usr/bin:/bin` } }, { commandTimeoutMs: 1_500 });
  return { root, home, probe };
}

describe('the Linux probe on a temporary machine', () => {
  it('finds an AD join through real realm and pro executables', async () => {
    const { probe } = await machine(
      { 'etc/sssd/sssd.conf': fixture('device/linux/sssd-ad.conf') },
      { realm: { stdout: fixture('device/linux/realm-ad.txt') }, pro: { stdout: fixture('device/linux/pro-attached.json') } },
    );
    const status = await probe.check();
    expect(status.verdict).toBe('managed');
    expect(status.summary).toBe('This laptop is joined to the corp.contoso.example Active Directory domain.');
    expect(status.evidence.map((e) => `${e.signal}:${e.status}`)).toEqual([
      'Active Directory / FreeIPA join (realmd):positive',
      'Directory sign-in (sssd):positive',
      'Canonical Landscape registration:negative',
      'Microsoft Intune for Linux:negative',
      'Ubuntu Pro attachment:positive',
    ]);
  });

  it('says a personal laptop with only Ubuntu Pro is not managed', async () => {
    const { probe } = await machine({}, { realm: { stdout: '' }, pro: { stdout: fixture('device/linux/pro-attached.json') } });
    const status = await probe.check();
    expect(status.verdict).toBe('not-managed');
    expect(status.summary).toBe("This laptop is not managed by your organisation: don't use it for video calls.");
  });

  it('treats missing tools as absent signals, not failures', async () => {
    const { probe } = await machine({}, {});
    const status = await probe.check();
    expect(status.verdict).toBe('not-managed');
    expect(status.evidence[0]?.detail).toBe('realmd is not installed');
  });

  it('reads a Landscape registration and an Intune enrolment from files', async () => {
    const { probe, home } = await machine(
      {
        'etc/landscape/client.conf': fixture('device/linux/landscape-client.conf'),
        'var/lib/landscape/client/broker.bpickle': 'd12:registrationd9:secure-idu16:AbCdEfGhIjKlMnOpss',
        'opt/microsoft/intune/bin/intune-portal': '',
      },
      { realm: { stdout: '' } },
    );
    await writeTree(home, { '.config/intune/registration.toml': 'aadDeviceId = "3f2e1d0c-0000-4b5a-9c8d-7e6f5a4b3c2d"\n' });
    const status = await probe.check();
    expect(status.managedBy).toEqual(['Landscape', 'Intune']);
    expect(status.summary).toBe('This laptop is registered with Canonical Landscape (account northwind-it) and enrolled in Intune.');
  });

  it('is unknown when realm hangs', async () => {
    const { probe } = await machine({}, { realm: { hang: true } });
    const status = await probe.check();
    expect(status.verdict).toBe('unknown');
    expect(status.summary).toContain('realm list did not answer within 2 s');
  });

  it('is unknown when realm exits non-zero, quoting its error', async () => {
    const { probe } = await machine({}, { realm: { code: 1, stderr: 'realm: Couldn\'t connect to realm service: Could not activate remote peer.\n' } });
    const status = await probe.check();
    expect(status.verdict).toBe('unknown');
    expect(status.summary).toContain("realm list exited with code 1: realm: Couldn't connect to realm service");
  });

  it.skipIf(process.getuid?.() === 0)('is unknown when sssd.conf exists but only root may read it', async () => {
    const { probe, root } = await machine({ 'etc/sssd/sssd.conf': fixture('device/linux/sssd-ad.conf') }, { realm: { stdout: '' } });
    await chmod(join(root, 'etc/sssd/sssd.conf'), 0o600);
    await chmod(join(root, 'etc/sssd'), 0o700);
    const status = await probe.check();
    expect(status.verdict).toBe('unknown');
  });

  it('is unknown when sssd.conf is not a readable file', async () => {
    const { probe, root } = await machine({}, { realm: { stdout: '' } });
    await mkdir(join(root, 'etc/sssd/sssd.conf'), { recursive: true });
    const status = await probe.check();
    expect(status.verdict).toBe('unknown');
    expect(status.summary).toContain('/etc/sssd/sssd.conf could not be read');
  });
});
