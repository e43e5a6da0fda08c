import { readdir, readFile, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, writeTree } from '../../support/temp.js';
import { runCliProcess } from '../../support/cli.js';
import { scanClients } from '../../../electron/core/cleanup/scan.js';
import { planClear } from '../../../electron/core/cleanup/clear-plan.js';
import { executeClear } from '../../../electron/core/cleanup/clear.js';
import { Quarantine } from '../../../electron/core/cleanup/quarantine.js';
import { quarantineFolder } from '../../../electron/core/cleanup/paths.js';
import { scanReportSchema } from '../../../electron/core/cleanup/scan-report.js';
import { zoomLog } from '../cleanup/homes.js';

/**
 * Homes laid out as the sources describe them: a snap's data in ~/snap/<name>/<revision>/ with `current` a link to
 * the revision and ~/snap/<name>/common/ beside it (snapcraft.io/docs/environment-variables: SNAP_USER_DATA,
 * SNAP_USER_COMMON); a Flatpak's in ~/.var/app/<app id>/ (docs.flatpak.org sandbox permissions; Zoom's Flathub
 * manifest persists ~/.zoom there); Zoom cloud recordings downloaded as GMT<date>-<time>_Recording… files
 * (Zoom support "Downloading cloud recordings"); a Windows profile with Zoom's %APPDATA%\Zoom (ZOOM-KB0084064).
 */
const nobody = async () => [];
const quarantineFor = (home: string) => new Quarantine({ root: quarantineFolder('linux', home), home, now: () => new Date('2026-01-10T09:00:00Z'), retentionDays: 7 });

describe('cleanup locations of snap, Flatpak and downloaded recordings', () => {
  it('finds Zoom and Slack in a snap revision once (never again through `current`) and in Flatpak app folders', async () => {
    const home = await tempDir();
    await writeTree(home, {
      'snap/zoom-client/2386/.zoom/logs/zoom_stdout.log': zoomLog,
      'snap/zoom-client/2386/.config/zoomus.conf': '[General]\nuserEmailAddress=jane.doe@example.org\n',
      'snap/zoom-client/common/.cache/zoom/avatar.json': '{"displayName":"Jane Doe"}',
      'snap/slack/151/.config/Slack/logs/browser.log': 'INFO connected from 198.51.100.7\n',
      '.var/app/us.zoom.Zoom/.zoom/logs/zoom_stdout.log': zoomLog,
      '.var/app/com.slack.Slack/config/Slack/logs/browser.log': 'INFO user sam.smith@example.com\n',
    });
    await symlink('2386', join(home, 'snap/zoom-client/current'));
    const report = await scanClients({ os: 'linux', home, clients: ['zoom', 'slack'] });
    const found = report.clients.flatMap((c) => c.locations.filter((l) => l.exists).map((l) => [l.id, l.path.slice(home.length + 1)]));
    expect(found).toEqual([
      ['zoom.linux.snap-logs', 'snap/zoom-client/2386/.zoom/logs'],
      ['zoom.linux.snap-conf', 'snap/zoom-client/2386/.config/zoomus.conf'],
      ['zoom.linux.snap-common', 'snap/zoom-client/common/.cache'],
      ['zoom.linux.flatpak-logs', '.var/app/us.zoom.Zoom/.zoom/logs'],
      ['slack.linux.snap', 'snap/slack/151/.config/Slack'],
      ['slack.linux.flatpak', '.var/app/com.slack.Slack/config/Slack'],
    ]);
    const snapLogs = report.clients[0]!.locations.find((l) => l.id === 'zoom.linux.snap-logs')!;
    expect(snapLogs.findings.ipv4.count + snapLogs.findings.emails.count).toBeGreaterThan(0);
    const text = await runCliProcess(['cleanup', '--scan', '--client', 'zoom', '--home', home]);
    expect(text.stdout).toContain('Zoom (snap) logs: IP addresses and names of participants');
    expect(text.stdout).toContain('Zoom (Flatpak) logs: IP addresses and names of participants');
    expect(text.stdout).not.toMatch(/zoom\.linux\./);
  });

  it('treats Zoom recordings downloaded to Downloads as the person\'s own: moved only with --include-recordings', async () => {
    const home = await tempDir();
    await writeTree(home, {
      'Downloads/GMT20240502-101112_Recording_1920x1080.mp4': 'video',
      'Downloads/GMT20240502-101112_Recording.transcript.vtt': 'WEBVTT\n\n00:00.000 --> 00:02.000\nJane Doe: hello\n',
      'Downloads/holiday.mp4': 'mine',
      '.zoom/logs/zoom_stdout.log': zoomLog,
    });
    const plain = await planClear({ os: 'linux', home, clients: ['zoom'] });
    expect(plain.targets.map((i) => i.path.slice(home.length + 1))).toEqual(['.zoom/logs']);
    const withRecordings = await planClear({ os: 'linux', home, clients: ['zoom'], includeRecordings: true });
    expect(withRecordings.targets.map((i) => i.path.slice(home.length + 1)).sort()).toEqual([
      '.zoom/logs',
      'Downloads/GMT20240502-101112_Recording.transcript.vtt',
      'Downloads/GMT20240502-101112_Recording_1920x1080.mp4',
    ]);
    await executeClear({ os: 'linux', plan: plain, dryRun: false, listProcesses: nobody, quarantine: quarantineFor(home) });
    expect((await readdir(join(home, 'Downloads'))).sort()).toEqual(['GMT20240502-101112_Recording.transcript.vtt', 'GMT20240502-101112_Recording_1920x1080.mp4', 'holiday.mp4']);
  });

  it('keeps Backgrounds and desktop-config.json of the retired Linux Teams, as docs/cleanup.md says', async () => {
    const home = await tempDir();
    const base = '.config/Microsoft/Microsoft Teams';
    await writeTree(home, { [`${base}/desktop-config.json`]: '{"theme":"dark"}', [`${base}/Backgrounds/Uploads/me.png`]: 'png', [`${base}/logs.txt`]: 'jane.doe@example.org' });
    const plan = await planClear({ os: 'linux', home, clients: ['teams'] });
    await executeClear({ os: 'linux', plan, dryRun: false, listProcesses: nobody, quarantine: quarantineFor(home) });
    expect((await readdir(join(home, base))).sort()).toEqual(['Backgrounds', 'desktop-config.json']);
    expect(await readFile(join(home, base, 'desktop-config.json'), 'utf8')).toBe('{"theme":"dark"}');
  });
});

describe('cleanup --scan --os: a profile copied from another system', () => {
  it('reads a Windows profile with the Windows layout, and refuses to clear with --os', { timeout: 90_000 }, async () => {
    const home = await tempDir();
    await writeTree(home, {
      'AppData/Roaming/Zoom/logs/zoom_20240502.log': zoomLog,
      'AppData/Roaming/Zoom/data/Zoom.us.ini': '[ZoomChat]\nwin_osencrypt_key=ZWOSKEYAAAA\n',
      'AppData/Local/Packages/MSTeams_8wekyb3d8bbwe/LocalCache/Microsoft/MSTeams/Logs/MSTeams_2024-05-02_10-11-12.00.log': 'join 192.0.2.9 jane.doe@example.org\n',
    });
    const run = await runCliProcess(['cleanup', '--scan', '--os', 'windows', '--json', '--home', home]);
    expect(run.code).toBe(0);
    const report = scanReportSchema.parse(JSON.parse(run.stdout));
    expect(report.os).toBe('windows');
    const present = report.clients.flatMap((c) => c.locations.filter((l) => l.exists).map((l) => l.id));
    expect(present).toEqual(['zoom.windows.data', 'zoom.windows.logs', 'teams.windows.new']);
    const clear = await runCliProcess(['cleanup', '--clear', '--yes', '--os', 'windows', '--home', home]);
    expect(clear.code).toBe(2);
    expect(clear.stderr).toContain('--os goes with --scan only');
    const bad = await runCliProcess(['cleanup', '--scan', '--os', 'beos', '--home', home]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('use windows, macos or linux');
  });
});

describe('the cleanup screen\'s words', () => {
  it('names clients and places as people know them, with counts of what was found, in English and Welsh', async () => {
    const { scanView } = await import('../../../electron/core/contract/services/cleanup-service.js');
    const home = await tempDir();
    await writeTree(home, { '.zoom/logs/zoom_stdout.log': zoomLog, '.config/zoomus.conf': '[General]\nuserEmailAddress=jane.doe@example.org\n' });
    const report = await scanClients({ os: 'linux', home, clients: ['zoom', 'browser'] });
    const en = scanView(report, new Set());
    expect(en.clients.map((c) => c.name)).toEqual(['Zoom', 'Meetings in a web browser']);
    const logs = en.clients[0]!.items.find((i) => i.id === 'zoom/zoom.linux.logs')!;
    expect(logs.label).toBe('Zoom logs: IP addresses and names of participants');
    expect(logs.counts).toEqual({ emails: 1, ipAddresses: 2, names: 0, deviceAddresses: 0 });
    expect(logs.found).toBe('1 e-mail address and 2 IP addresses');
    const cy = scanView(report, new Set(), 'cy');
    expect(cy.clients.map((c) => c.name)).toEqual(['Zoom', 'Cyfarfodydd mewn porwr gwe']);
    expect(cy.clients[0]!.items.find((i) => i.id === 'zoom/zoom.linux.logs')!.label).toBe('Logiau Zoom: cyfeiriadau IP ac enwau cyfranogwyr');
    // Ids stay in `id` (what the screen sends back), never in what a person reads.
    for (const item of [...en.clients, ...cy.clients].flatMap((c) => c.items)) expect(`${item.label} ${item.found ?? ''}`).not.toMatch(/zoom\.linux|display-names|ip-addresses/);
  });
});
