import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { selectPlatform } from '../../../electron/core/platform/select-platform.js';
import type { OsName } from '../../../electron/core/platform/platform.js';
import { runCommand, type CommandResult, type CommandRunner } from '../../../electron/core/ports/command-runner.js';
import { deviceStatusSchema } from '../../../electron/core/device/types.js';
import { linuxDeviceProbe } from '../../../electron/core/device/linux/linux-probe.js';
import { LINUX_POLICY_DIR } from '../../../electron/core/policy/policy-schema.js';
import { PolicyService } from '../../../electron/core/policy/policy-service.js';
import { memoryPreferences } from '../../../electron/core/policy/preferences.js';
import { dispatch } from '../../../electron/core/contract/dispatch.js';
import { planClear } from '../../../electron/core/cleanup/clear-plan.js';
import { executeClear } from '../../../electron/core/cleanup/clear.js';
import { Quarantine } from '../../../electron/core/cleanup/quarantine.js';
import { moveNoFollow, treeDigest } from '../../../electron/core/cleanup/safe-move.js';
import { scanClients } from '../../../electron/core/cleanup/scan.js';
import { linuxHome } from '../cleanup/homes.js';
import { fakeTool, tempDir, writeTree } from '../../support/temp.js';
import { standinCore } from '../../support/standin-core.js';

/** A command runner whose every tool fails the same way: the core's one port to the outside. */
const failing = (fault: (command: string) => CommandResult): CommandRunner => async (command) => fault(command);
const FAULTS: Record<string, (command: string) => CommandResult> = {
  hangs: (command) => ({ kind: 'timeout', command, timeoutMs: 5_000, stdout: '' }),
  'exits non-zero': () => ({ kind: 'exit', code: 2, signal: null, stdout: '', stderr: 'error: the service is not running' }),
  'prints nothing': () => ({ kind: 'ok', stdout: '', stderr: '' }),
  'prints half a line': () => ({ kind: 'ok', stdout: '| AzureAdJoi', stderr: '' }),
};
const SAYS_WHY = /did not answer|exited with code|no |not |could not|cannot|unknown|unavailable/i;

describe('every probe when its tool hangs, fails, prints nothing or half a line', () => {
  for (const os of ['windows', 'macos', 'linux'] as OsName[]) {
    for (const [name, fault] of Object.entries(FAULTS)) {
      it(`${os}: the tool ${name} — no crash, never "managed", and it says what it could not check`, async () => {
        const root = await tempDir();
        await mkdir(join(root, 'proc'), { recursive: true });
        const platform = selectPlatform(os, { run: failing(fault), root, home: root, env: {} });

        const device = deviceStatusSchema.parse(await platform.device.check());
        expect(device.verdict).not.toBe('managed');
        expect(device.summary).toMatch(/\S/);
        const decisive = device.evidence.filter((e) => e.weight === 'decisive' && e.status !== 'positive');
        expect(decisive.length).toBeGreaterThan(0);
        for (const e of decisive) expect(e.detail).toMatch(SAYS_WHY);
        if (name === 'hangs') expect(device.evidence.some((e) => /did not answer within 5 s/.test(e.detail))).toBe(true);

        const policy = await platform.policy.read();
        expect(policy.machine).toEqual({});
        if (os === 'windows' && (name === 'hangs' || name === 'exits non-zero')) {
          expect(policy.problems.map((p) => p.message)).toEqual([expect.stringMatching(/could not read the registry: reg query (did not answer|exited with code 2: error: the service)/), expect.any(String)]);
          expect(policy.problems.every((p) => /SOFTWARE\\Policies\\MeetingGuardProject/.test(p.origin))).toBe(true);
        }

        const snapshot = await platform.processes.snapshot({ fresh: true }).then((list) => ({ list }), (error: Error) => ({ error }));
        if ('error' in snapshot) expect(snapshot.error.message).toMatch(/tasklist|ps /);
        else expect(snapshot.list).toEqual([]);

        const media = await platform.media.check({ pids: [4242] });
        expect(media.signals).toEqual([]);
        if (os !== 'macos' && name !== 'prints nothing' && name !== 'prints half a line') expect(media.notes.join(' ')).toMatch(/did not answer|exited with code 2/);
      });
    }
  }

  it('a real realm program that exits 1 after half a line: the Linux probe says so and carries on with its files', async () => {
    const dir = await tempDir();
    await fakeTool(join(dir, 'bin'), 'realm', { stdout: 'ad.example.org\n  type: kerb', code: 1, stderr: 'realm: Couldn\'t connect to realm service' });
    await writeTree(join(dir, 'root'), { 'etc/sssd/sssd.conf': '[sssd]\ndomains = ad.example.org\n[domain/ad.example.org]\nid_provider = ad\n' });
    const probe = linuxDeviceProbe({ run: runCommand, root: join(dir, 'root'), home: dir, env: { PATH: join(dir, 'bin') } });
    const status = await probe.check();
    expect(status.evidence.find((e) => e.source === 'realm list')).toMatchObject({ status: 'unavailable', detail: expect.stringContaining("exited with code 1: realm: Couldn't connect") });
    expect(status.evidence.find((e) => e.source.includes('sssd.conf'))?.status).toBe('positive');
  });
});

describe('files that cannot be read', () => {
  it('a policy "file" that is a folder is reported by name and the rest of the policy still applies', async () => {
    const root = await tempDir();
    await mkdir(join(root, LINUX_POLICY_DIR, '10-broken.json'), { recursive: true });
    await writeFile(join(root, LINUX_POLICY_DIR, '20-good.json'), '{"cleanupMode": "remind"}');
    const platform = selectPlatform('linux', { run: failing(FAULTS.hangs!), root, home: root, env: {} });
    const readout = await platform.policy.read();
    expect(readout.machine).toMatchObject({ cleanupMode: { value: 'remind' } });
    expect(readout.problems.some((p) => p.origin.includes('10-broken.json'))).toBe(true);
  });

  it('a notice path that is a folder: the screen gets a message naming the problem, not a crash', async () => {
    const core = await standinCore({ policy: {}, run: failing(FAULTS.hangs!) });
    try {
      const folder = join(core.base, 'notice.md');
      await mkdir(folder);
      const withNotice = await standinCore({ policy: { noticeFiles: { 'en-GB': folder } }, run: failing(FAULTS.hangs!) });
      try {
        const result = await dispatch(withNotice.handlers, 'notice:get', {}, { windowId: 'notice' });
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.message).toMatch(/notice/i);
        const status = await dispatch(withNotice.handlers, 'status:get', {}, { windowId: 'status' });
        expect(status.ok).toBe(true); // the rest of the app keeps working
      } finally {
        await withNotice.dispose();
      }
    } finally {
      await core.dispose();
    }
  });

  it('a cleanup target that is a named pipe (no writer) neither hangs the scan nor hides the rest', async () => {
    const home = await tempDir();
    await linuxHome(home);
    execFileSync('mkfifo', [join(home, '.zoom/logs/stuck.log')]);
    const report = await scanClients({ os: 'linux', home, clients: ['zoom'] });
    const text = JSON.stringify(report);
    expect(text).toContain('zoom_stdout.log');
    expect(text).not.toContain('jane.doe@example.org'); // only masked previews leave the scanner
  });
});

describe('a disk that fills up during quarantine', () => {
  it('rename fails with ENOSPC: the item is skipped with the reason, the original is untouched, no empty batch is left', async () => {
    const home = await tempDir();
    await linuxHome(home);
    const before = await treeDigest(join(home, '.zoom'));
    const qroot = join(home, '.local/share/meeting-guard/quarantine');
    const full = async () => {
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    };
    const quarantine = new Quarantine({ root: qroot, home, now: () => new Date('2026-01-15T10:00:00Z'), retentionDays: 7, rename: full });
    const plan = await planClear({ os: 'linux', home, clients: ['zoom'] });
    expect(plan.targets.length).toBeGreaterThan(0);
    const result = await executeClear({ os: 'linux', plan, dryRun: false, listProcesses: async () => [], quarantine });
    expect(result.items.filter((i) => i.status === 'cleared')).toEqual([]);
    expect(result.items.filter((i) => i.status === 'skipped').every((i) => i.reason === 'could not be moved: ENOSPC')).toBe(true);
    expect(await treeDigest(join(home, '.zoom'))).toBe(before);
    expect(await readdir(qroot)).toEqual([]);
  });

  it('a cross-device copy that fails part-way: the original stays whole and no partial copy is left behind', async () => {
    const dir = await tempDir();
    const from = join(dir, 'home/.zoom/logs');
    await writeTree(from, { 'a.log': 'first file\n', 'b.log': 'second file\n' });
    execFileSync('mkfifo', [join(from, 'z.pipe')]); // copying a pipe fails after the files before it were copied
    const before = await treeDigest(from);
    const to = join(dir, 'quarantine/items/0');
    await mkdir(join(dir, 'quarantine/items'), { recursive: true });
    const crossDevice = async () => {
      throw Object.assign(new Error('EXDEV: cross-device link not permitted'), { code: 'EXDEV' });
    };
    await expect(moveNoFollow(from, to, crossDevice)).rejects.toThrow();
    expect(await treeDigest(from)).toBe(before);
    expect(await readdir(join(dir, 'quarantine/items'))).toEqual([]);
  });

  it('a copy that would land on something already there is refused without touching either side', async () => {
    const dir = await tempDir();
    await writeTree(dir, { 'from/a.log': 'mine\n', 'to/keep.txt': 'already here\n' });
    const crossDevice = async () => {
      throw Object.assign(new Error('EXDEV'), { code: 'EXDEV' });
    };
    await expect(moveNoFollow(join(dir, 'from'), join(dir, 'to'), crossDevice)).rejects.toThrow();
    expect(await readFile(join(dir, 'to/keep.txt'), 'utf8')).toBe('already here\n');
    expect(await readFile(join(dir, 'from/a.log'), 'utf8')).toBe('mine\n');
  });
});

describe('policy changing mid-call', () => {
  it('the policy service reports the new value while the watcher keeps the call it is in', async () => {
    const { createCallWatcher, defaultWatcherSettings } = await import('../../../electron/core/calls/call-watcher.js');
    const { builtInCatalogue } = await import('../../../electron/core/calls/catalogue.js');
    const { compileMatcher } = await import('../../../electron/core/calls/match.js');
    const { fakeClock } = await import('../calls/fake-clock.js');
    const root = await tempDir();
    const file = join(root, LINUX_POLICY_DIR, 'meeting-guard.json');
    await writeTree(root, { [join(LINUX_POLICY_DIR, 'meeting-guard.json')]: '{"cleanupMode": "remind"}' });
    const platform = selectPlatform('linux', { run: failing(FAULTS.hangs!), root, home: root, env: {} });
    const policy = new PolicyService({ source: platform.policy, preferences: memoryPreferences(), watch: () => ({ close() {} }) });
    await policy.refresh();
    const changes: unknown[] = [];
    policy.onChange((r) => changes.push(r.settings.cleanupMode.value));

    const catalogue = builtInCatalogue();
    const { clock, advance } = fakeClock();
    const effects: string[] = [];
    const watcher = createCallWatcher(
      { processes: { snapshot: async () => [{ pid: 10, name: 'zoom' }, { pid: 11, name: 'CptHost' }] }, media: { check: async () => ({ signals: [], notes: [] }) }, matcher: compileMatcher(catalogue, 'linux'), catalogue, home: root, clock, recordingTraces: async () => [], onEffect: (e) => effects.push(e.type) },
      defaultWatcherSettings,
    );
    watcher.start();
    await advance(2_000);
    expect(watcher.state()).toMatchObject({ phase: 'in-call', callId: 1 });
    await writeFile(file, '{"cleanupMode": "off"}');
    await policy.refresh();
    await advance(2_000);
    await watcher.stop();
    policy.stop();
    expect(changes).toEqual(['off']);
    expect(watcher.state()).toMatchObject({ phase: 'in-call', callId: 1 });
    expect(effects.filter((e) => e === 'show-notice')).toHaveLength(1);
  });
});
