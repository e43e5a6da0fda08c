// Call-signal outputs as they really arrive, live or pasted: saved by PowerShell, copied from a ticket, damaged. Each
// probe reads them through the input layer, as the device probes do; damage is reported as such, never as "no call".
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CommandRunner } from '../../../electron/core/ports/command-runner.js';
import { macosMediaProbe } from '../../../electron/core/calls/macos-media.js';
import { windowsMediaProbe } from '../../../electron/core/calls/windows-media.js';
import { linuxMediaProbe } from '../../../electron/core/calls/linux-media.js';
import { windowsProcessSource } from '../../../electron/core/calls/windows-processes.js';
import { teamsLogProbe } from '../../../electron/core/calls/signals/teams-log-probe.js';
import { readSignals } from '../../../electron/core/calls/signals/judge-kinds.js';
import { fixture } from '../../support/fixtures.js';
import { runCliProcess } from '../../support/cli.js';
import { tempDir } from '../../support/temp.js';

/** Any of these outputs as a helpdesk's Windows PowerShell 5.1 saves it with `>` or `Out-File`: UTF-16 LE with a
 * byte-order mark (Microsoft Learn, about_Character_Encoding, PowerShell 5.1). */
const powershellFile = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const indent = (text: string, by: string) => text.split('\n').map((l) => (l === '' ? l : by + l)).join('\n');
/** A command runner that answers every command with these outputs (missing for the others). */
const answering = (outputs: Record<string, string>): CommandRunner => async (command) =>
  command in outputs ? { kind: 'ok', stdout: outputs[command] ?? '', stderr: '' } : { kind: 'missing', command };

const pmset = fixture('calls/signals/pmset-zoom-meeting-and-screen-recording.txt');
const consent = fixture('calls/signals/consent-store-hkcu-hklm.txt');

describe('signals --parse through the input layer', () => {
  it('reads every kind saved as UTF-16 LE, or indented as a ticket shows it, as it reads the plain output', () => {
    const samples = {
      'pmset-assertions': 'calls/signals/pmset-zoom-meeting-and-screen-recording.txt',
      'teams-log': 'calls/signals/teams-new-meeting-with-declined-call.log',
      'consent-store': 'calls/signals/consent-store-hkcu-hklm.txt',
      pactl: 'calls/pactl-source-outputs.txt',
      'pw-dump': 'calls/pw-dump.json',
      'process-args': 'calls/signals/process-args-zoom-windows.txt',
    } as const;
    for (const [kind, file] of Object.entries(samples) as [keyof typeof samples, string][]) {
      const plain = readSignals(kind, fixture(file));
      if (!plain.ok) throw new Error(plain.message);
      expect(plain.reading.inCall ?? plain.reading.joinIntent, kind).toBe(true);
      const utf16 = readSignals(kind, powershellFile(fixture(file)));
      if (!utf16.ok) throw new Error(utf16.message);
      expect(utf16.reading.evidence[0], kind).toBe(`the ${kind} input was read as UTF-16 LE with a byte-order mark`);
      expect({ ...utf16.reading, evidence: utf16.reading.evidence.slice(1) }, kind).toEqual(plain.reading);
      for (const by of ['    ', '\t', '\u00a0\u00a0']) {
        const indented = readSignals(kind, indent(fixture(file), by));
        expect(indented.ok && indented.reading, `${kind} indented by ${JSON.stringify(by)}`).toEqual(plain.reading);
      }
    }
  });

  it('refuses a NUL byte with its line and column, and says the encoding it read', () => {
    const damaged = readSignals('consent-store', powershellFile(consent.replace('LastUsedTimeStop', 'LastUsed\u0000TimeStop')));
    expect(damaged.ok).toBe(false);
    if (damaged.ok) return;
    expect(damaged.message).toMatch(/^the consent-store input contains a NUL character at line \d+, column 13 \(read as UTF-16 LE with a byte-order mark\)/);
  });

  it('the CLI keeps its exit codes: a UTF-16 file is read (exit 0), a NUL is exit 3 with the reason', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'pmset.txt'), powershellFile(pmset));
    await writeFile(join(dir, 'damaged.txt'), `${pmset.slice(0, 200)}\u0000${pmset.slice(200)}`);
    const read = await runCliProcess(['signals', '--parse', 'pmset-assertions', join(dir, 'pmset.txt')]);
    expect(read.code).toBe(0);
    expect(read.stdout).toContain('  the pmset-assertions input was read as UTF-16 LE with a byte-order mark');
    const damaged = await runCliProcess(['signals', '--parse', 'pmset-assertions', join(dir, 'damaged.txt'), '--json']);
    expect(damaged.code).toBe(3);
    expect(damaged.stdout).toBe('');
    expect(damaged.stderr).toMatch(/the pmset-assertions input contains a NUL character at line \d+, column \d+/);
  });
});

describe('large pasted logs and outputs', () => {
  it('a Teams log of thousands of calls keeps the latest 100 evidence lines and says how many it left out', () => {
    const day = fixture('calls/signals/teams-new-meeting-with-declined-call.log').repeat(2_000);
    const read = readSignals('teams-log', day);
    if (!read.ok) throw new Error(read.message);
    expect(read.reading.inCall).toBe(true);
    expect(read.reading.evidence).toHaveLength(101);
    expect(read.reading.evidence[0]).toMatch(/^\(\d+ earlier call lines not listed; the latest 100 follow\)$/);
  });

  it('standard input over the limit says "over", as its size is not known (it is not read to the end)', async () => {
    const run = await runCliProcess(['signals', '--parse', 'pmset-assertions', '-'], { input: '\n'.repeat(5 * 1024 * 1024) });
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('the pmset-assertions input is over 4.0 MiB, far more than it can plausibly be: is it the right input?');
  });
});

describe('live call-signal probes through the input layer', () => {
  it('macOS: pmset output with a NUL is "cannot see", said, never an empty "no call"', async () => {
    const probe = macosMediaProbe(answering({ '/usr/bin/pmset': pmset.replace('coreaudiod', 'core\u0000audiod') }));
    const { signals, notes } = await probe.check();
    expect(signals).toEqual([]);
    expect(notes[0]).toMatch(/^the pmset -g assertions output contains a NUL character at line \d+, column \d+/);
    expect(probe.status?.().find((s) => s.signal === 'microphone')).toMatchObject({ state: 'unavailable', detail: expect.stringContaining('NUL character') });
    // The same output undamaged, and indented, gives the microphone owner.
    const clean = await macosMediaProbe(answering({ '/usr/bin/pmset': indent(pmset, '  ') })).check();
    expect(clean.signals.some((s) => s.device === 'microphone')).toBe(true);
  });

  it('Windows: a ConsentStore answer decoded as UTF-8 from UTF-16 is recovered; one with a NUL is that hive unread', async () => {
    const asUtf8 = Buffer.from(consent, 'utf16le').toString('utf8');
    const recovered = await windowsMediaProbe(answering({ 'reg.exe': asUtf8 }), () => Date.UTC(2024, 0, 1)).check();
    const plain = await windowsMediaProbe(answering({ 'reg.exe': consent }), () => Date.UTC(2024, 0, 1)).check();
    expect(recovered.signals).toEqual(plain.signals);
    const probe = windowsMediaProbe(answering({ 'reg.exe': consent.replace('REG_QWORD', 'REG_\u0000QWORD') }));
    const damaged = await probe.check();
    expect(damaged.signals).toEqual([]);
    expect(damaged.notes[0]).toMatch(/^the reg query HKCU ConsentStore output contains a NUL character at line \d+/);
    expect(probe.status?.()[0]).toMatchObject({ state: 'unavailable', detail: expect.stringContaining('NUL character') });
  });

  it('Windows: PowerShell answering with a UTF-8 byte-order mark still gives the command line', async () => {
    const source = windowsProcessSource(answering({
      'tasklist.exe': fixture('calls/tasklist.csv'),
      'powershell.exe': '\ufeff{"ProcessId":12200,"CommandLine":"ffmpeg.exe -f gdigrab -i desktop out.mkv"}\r\n',
    }));
    const list = await source.snapshot({ wantArgs: (n) => n === 'ffmpeg' });
    expect(list.find((p) => p.pid === 12200)?.args).toEqual(['-f', 'gdigrab', '-i', 'desktop', 'out.mkv']);
  });

  it('Linux: pw-dump or pactl output with a NUL is the microphone unseen this time, with the reason', async () => {
    const dump = await linuxMediaProbe(answering({ 'pw-dump': fixture('calls/pw-dump.json').replace('"Stream/Input/Audio"', '"Stream/Input\u0000/Audio"') }), '/nonexistent', '/nonexistent').check();
    expect(dump.signals).toEqual([]);
    expect(dump.notes).toEqual([expect.stringMatching(/^the pw-dump output contains a NUL character at line \d+, column \d+/)]);
    const probe = linuxMediaProbe(answering({ pactl: fixture('calls/pactl-source-outputs.txt').replace('ZOOM', 'ZO\u0000OM') }), '/nonexistent', '/nonexistent');
    const pactl = await probe.check();
    expect(pactl.signals).toEqual([]);
    expect(pactl.notes[1]).toMatch(/^the pactl list source-outputs output contains a NUL character at line \d+, column \d+/);
    expect(probe.status?.()[0]).toMatchObject({ signal: 'microphone', state: 'unavailable', detail: expect.stringContaining('NUL character') });
    const clean = await linuxMediaProbe(answering({ pactl: `\ufeff${fixture('calls/pactl-source-outputs.txt').replace(/\n/g, '\r\n')}` }), '/nonexistent', '/nonexistent').check();
    expect(clean.signals.map((s) => s.processName)).toContain('zoom');
  });

  it('Teams log: a byte-order mark is no part of the first line; lines cut by a crash (NUL padding) are left out, said', async () => {
    const local = await tempDir();
    const dir = join(local, 'Packages', 'MSTeams_8wekyb3d8bbwe', 'LocalCache', 'Microsoft', 'MSTeams', 'Logs');
    await mkdir(dir, { recursive: true });
    const log = fixture('calls/signals/teams-new-meeting-with-declined-call.log');
    // A file system that lost the end of a write after a crash leaves a run of zero bytes where the text was.
    await writeFile(join(dir, 'MSTeams_2026-07-30_09-00-00.00.log'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${'\u0000'.repeat(4096)}\n${log}`)]));
    const probe = teamsLogProbe('windows', { home: local, env: { LOCALAPPDATA: local } });
    const { signals, notes } = await probe.check({ clients: new Set(['teams']) });
    expect(signals.map((s) => s.device)).toEqual(['call']);
    expect(notes).toEqual(['Teams new log: 1 line with a NUL character left out (damaged, as after a crash)']);
  });
});
