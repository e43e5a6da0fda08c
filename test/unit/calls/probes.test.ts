import { readFileSync } from 'node:fs';
import { open, symlink, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCommand, type CommandRunner } from '../../../electron/core/ports/command-runner.js';
import { windowsProcessSource } from '../../../electron/core/calls/windows-processes.js';
import { windowsMediaProbe } from '../../../electron/core/calls/windows-media.js';
import { linuxMediaProbe, videoDeviceHolders } from '../../../electron/core/calls/linux-media.js';
import { clientRecordingTraces } from '../../../electron/core/calls/recording-traces.js';
import { builtInCatalogue } from '../../../electron/core/calls/catalogue.js';
import { fakeTool, tempDir, writeTree } from '../../support/temp.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/calls/${name}`, import.meta.url), 'utf8');

/** The real command runner, with only our stand-in tools on PATH. */
const onPath = (bin: string): CommandRunner => (command, args, options) => runCommand(command, args, { ...options, env: { PATH: bin } });

describe('Windows probes through stand-in tools', () => {
  it('lists processes with tasklist and asks CIM for ffmpeg arguments only', async () => {
    const bin = await tempDir();
    await fakeTool(bin, 'tasklist.exe', { stdout: fixture('tasklist.csv') });
    await fakeTool(bin, 'powershell.exe', { stdout: '{"ProcessId":12200,"CommandLine":"ffmpeg.exe -f gdigrab -i desktop out.mkv"}' });
    const list = await windowsProcessSource(onPath(bin)).snapshot({ wantArgs: (n) => n === 'ffmpeg' });
    expect(list.find((p) => p.pid === 12200)?.args).toEqual(['-f', 'gdigrab', '-i', 'desktop', 'out.mkv']);
    expect(list.find((p) => p.pid === 12044)?.args).toBeUndefined();
  });

  it('fails loudly when tasklist cannot run, so the watcher reports it', async () => {
    const bin = await tempDir();
    await expect(windowsProcessSource(onPath(bin)).snapshot()).rejects.toThrow(/tasklist gave no process list \(missing\)/);
  });

  it('reads the HKCU and HKLM ConsentStore with reg.exe, microphone and webcam from the key paths', async () => {
    const bin = await tempDir();
    await fakeTool(bin, 'reg.exe', { stdout: readFileSync(new URL('../../fixtures/calls/signals/consent-store-hkcu-hklm.txt', import.meta.url), 'utf8') });
    // The fixture's sessions opened in November 2024, after the probe started: they are believed at once.
    const { signals, notes } = await windowsMediaProbe(onPath(bin), () => Date.UTC(2024, 0, 1)).check();
    expect(notes).toEqual([]);
    // The stand-in answers both hives with the same text, so each in-use key comes twice.
    expect(signals.filter((s) => s.device === 'microphone').map((s) => s.appId ?? s.processName)).toEqual(['MSTeams_8wekyb3d8bbwe', 'obs64.exe', 'MSTeams_8wekyb3d8bbwe', 'obs64.exe']);
    expect(signals.filter((s) => s.device === 'camera').map((s) => s.appId)).toEqual(['MSTeams_8wekyb3d8bbwe', 'MSTeams_8wekyb3d8bbwe']);
  });

  it('does not believe an "in use" older than its own start until the key was seen stopped', async () => {
    const bin = await tempDir();
    await fakeTool(bin, 'reg.exe', { stdout: fixture('consent-store-microphone.txt') });
    const { signals, notes } = await windowsMediaProbe(onPath(bin), () => Date.UTC(2030, 0, 1)).check();
    expect(signals).toEqual([]);
    expect(notes.some((n) => n.startsWith('MSTeams_8wekyb3d8bbwe has been "in use" since before'))).toBe(true);
  });
});

describe('Linux media probe', () => {
  it('uses pw-dump when present', async () => {
    const bin = await tempDir();
    await fakeTool(bin, 'pw-dump', { stdout: fixture('pw-dump.json') });
    const { signals } = await linuxMediaProbe(onPath(bin), '/nonexistent', '/nonexistent').check();
    expect(signals.map((s) => s.device)).toEqual(['microphone', 'camera', 'screen']);
  });

  it('falls back to pactl, and stops trying a missing tool for a while', async () => {
    const bin = await tempDir();
    await fakeTool(bin, 'pactl', { stdout: fixture('pactl-source-outputs.txt') });
    const asked: string[] = [];
    const run: CommandRunner = (command, args, options) => (asked.push(command), onPath(bin)(command, args, options));
    const probe = linuxMediaProbe(run, '/nonexistent', '/nonexistent', () => 0);
    const first = await probe.check();
    expect(first.signals.map((s) => s.label)).toEqual(['ZOOM VoiceEngine', 'Chromium input']);
    expect(first.notes[0]).toMatch(/pw-dump is not installed/);
    await probe.check();
    expect(asked).toEqual(['pw-dump', 'pactl', 'pactl']);
  });

  it('finds a process holding /dev/video0, looking only at the pids it is given', async () => {
    const proc = await tempDir();
    await writeTree(proc, { '10/fd/.keep': '', '11/fd/.keep': '' });
    await symlink('/dev/video0', join(proc, '10/fd/27'));
    await symlink('/dev/null', join(proc, '11/fd/0'));
    expect(videoDeviceHolders(proc)).toEqual([{ device: 'camera', pid: 10, label: '/dev/video0', source: 'open /dev/video* file' }]);
    expect(videoDeviceHolders(proc, [11])).toEqual([]);
  });
});

describe("a meeting client's own recording", () => {
  const zoom = builtInCatalogue().clients.filter((c) => c.id === 'zoom');

  it('is seen while Zoom writes into Documents/Zoom, and not once the files are old', async () => {
    const home = await tempDir();
    const file = join(home, 'Documents/Zoom/2026-11-23 10.00.00 Weekly sync/double_click_to_convert_01.zoom');
    await writeTree(home, { 'Documents/Zoom/2026-11-23 10.00.00 Weekly sync/double_click_to_convert_01.zoom': 'x' });
    const handle = await open(file, 'a');
    await handle.close();
    const now = Date.now();
    await utimes(file, new Date(now - 5_000), new Date(now - 5_000));
    const [sighting] = await clientRecordingTraces(zoom, home, now);
    expect(sighting).toMatchObject({ id: 'zoom-local-recording', name: 'Zoom local recording', level: 'active' });
    expect(sighting?.evidence).toMatch(/double_click_to_convert_01\.zoom was written 5 s ago/);
    expect(await clientRecordingTraces(zoom, home, now + 60_000)).toEqual([]);
  });

  it('finds nothing when the folder does not exist', async () => {
    expect(await clientRecordingTraces(zoom, await tempDir(), Date.now())).toEqual([]);
  });
});
