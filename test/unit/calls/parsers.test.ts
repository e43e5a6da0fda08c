import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePactlSourceOutputs } from '../../../electron/core/calls/pactl.js';
import { parsePwDump } from '../../../electron/core/calls/pw-dump.js';
import { parseConsentStore } from '../../../electron/core/calls/consent-store.js';
import { parseTasklistCsv, splitWindowsCommandLine } from '../../../electron/core/calls/windows-processes.js';
import { enclosingApp, parsePsPidComm } from '../../../electron/core/calls/macos-processes.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/calls/${name}`, import.meta.url), 'utf8');

describe('pactl list source-outputs', () => {
  it('names each recording stream with its process, and skips peak-meter monitors', () => {
    expect(parsePactlSourceOutputs(fixture('pactl-source-outputs.txt'))).toEqual([
      { device: 'microphone', pid: 4242, processName: 'zoom', label: 'ZOOM VoiceEngine', source: 'pactl list source-outputs' },
      { device: 'microphone', pid: 3141, processName: 'chromium', label: 'Chromium input', source: 'pactl list source-outputs' },
    ]);
  });

  it('finds nothing when nothing records', () => {
    expect(parsePactlSourceOutputs(fixture('pactl-source-outputs-empty.txt'))).toEqual([]);
  });
});

describe('pw-dump', () => {
  it('reports capture streams and GNOME screen casts, not devices or links', () => {
    const { signals, problem } = parsePwDump(fixture('pw-dump.json'));
    expect(problem).toBeUndefined();
    expect(signals).toEqual([
      { device: 'microphone', pid: 5120, processName: 'firefox-esr', label: 'Firefox', source: 'pw-dump' },
      { device: 'camera', pid: 7001, processName: 'obs', label: 'OBS', source: 'pw-dump' },
      { device: 'screen', pid: 1984, processName: 'gnome-shell', label: 'meta-screen-cast-src', source: 'pw-dump' },
    ]);
  });

  it('says what is wrong with output that is not a dump', () => {
    expect(parsePwDump('Error: failed to connect').problem).toMatch(/not JSON/);
    expect(parsePwDump('{"id":1}').problem).toMatch(/not a JSON array/);
  });
});

describe('Windows ConsentStore', () => {
  it('reports apps whose LastUsedTimeStop is 0, packaged by family name and desktop apps by file name', () => {
    const { signals, problems } = parseConsentStore(fixture('consent-store-microphone.txt'), 'microphone');
    expect(problems).toEqual([]);
    expect(signals).toEqual([
      { device: 'microphone', appId: 'MSTeams_8wekyb3d8bbwe', source: 'registry microphone ConsentStore' },
      {
        device: 'microphone',
        processName: 'obs64.exe',
        label: 'C:\\Program Files\\obs-studio\\bin\\64bit\\obs64.exe',
        source: 'registry microphone ConsentStore',
      },
    ]);
  });
});

describe('tasklist /fo csv /nh', () => {
  it('reads image names and pids whatever the memory column looks like', () => {
    const list = parseTasklistCsv(fixture('tasklist.csv'));
    expect(list).toHaveLength(10);
    expect(list).toContainEqual({ pid: 7312, name: 'NVIDIA Share.exe' });
    expect(list).toContainEqual({ pid: 4, name: 'System' });
  });

  it('ignores the INFO line tasklist prints when a filter matches nothing', () => {
    expect(parseTasklistCsv('INFO: No tasks are running which match the specified criteria.\r\n')).toEqual([]);
  });

  it('splits command lines like the MSVC runtime for quoted paths', () => {
    expect(splitWindowsCommandLine('"C:\\Program Files\\ffmpeg\\ffmpeg.exe" -f gdigrab -i desktop "my out.mp4"')).toEqual([
      'C:\\Program Files\\ffmpeg\\ffmpeg.exe',
      '-f',
      'gdigrab',
      '-i',
      'desktop',
      'my out.mp4',
    ]);
  });
});

describe('macOS ps -axo pid=,comm=', () => {
  it('keeps paths with spaces and finds the outermost app', () => {
    const list = parsePsPidComm(fixture('ps-macos.txt'));
    expect(list).toHaveLength(7);
    const camtasia = list.find((p) => p.pid === 9001);
    expect(camtasia?.name).toBe('Camtasia 2024');
    expect(enclosingApp(camtasia?.path ?? '')).toBe('/Applications/Camtasia 2024.app');
    expect(enclosingApp(list.find((p) => p.pid === 8850)?.path ?? '')).toBe('/Applications/zoom.us.app');
    expect(enclosingApp('/usr/libexec/logd')).toBeUndefined();
  });
});

describe('process lists with damaged pids (found by the fuzz bench: a 180-digit pid was a process of pid Infinity)', () => {
  it('ps: a row whose pid no process can have is skipped, the others are read', () => {
    const damaged = `${fixture('ps-macos.txt')}  41${'0'.repeat(180)} /Applications/zoom.us.app/Contents/MacOS/zoom.us\n2147483648 /usr/bin/true\n`;
    const list = parsePsPidComm(damaged);
    expect(list).toEqual(parsePsPidComm(fixture('ps-macos.txt')));
    expect(list.length).toBeGreaterThan(3);
    expect(parsePsPidComm('2147483647 /sbin/launchd\n')).toEqual([{ pid: 2147483647, name: 'launchd', path: '/sbin/launchd' }]);
  });

  it('tasklist: the same for a pid past a DWORD; pid 0 (System Idle Process) stays', () => {
    const damaged = `${fixture('tasklist.csv')}"Zoom.exe","9000${'0'.repeat(300)}","Console","1","1 K"\r\n"x.exe","4294967296","Console","1","1 K"\r\n`;
    const list = parseTasklistCsv(damaged);
    expect(list).toEqual(parseTasklistCsv(fixture('tasklist.csv')));
    expect(list[0]).toEqual({ pid: 0, name: 'System Idle Process' });
    expect(parseTasklistCsv('"big.exe","4294967292","Console","1","1 K"')).toEqual([{ pid: 4294967292, name: 'big.exe' }]);
  });
});
