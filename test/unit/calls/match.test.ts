import { describe, expect, it } from 'vitest';
import { builtInCatalogue } from '../../../electron/core/calls/catalogue.js';
import { compileMatcher } from '../../../electron/core/calls/match.js';

const catalogue = builtInCatalogue();

describe('matching processes and media signals to the catalogue', () => {
  it('on Windows: Zoom in a call through CptHost.exe, any case', () => {
    const m = compileMatcher(catalogue, 'windows');
    const obs = m.observe([{ pid: 1, name: 'Zoom.exe' }, { pid: 2, name: 'cpthost.EXE' }]);
    expect([...obs.running]).toEqual(['zoom']);
    expect(obs.calls.get('zoom')?.evidence).toMatch(/cpthost\.EXE \(pid 2\)/);
  });

  it('on macOS: by bundle id, so a year-named Camtasia and a helper inside Zoom are recognised', () => {
    const m = compileMatcher(catalogue, 'macos');
    const obs = m.observe([
      { pid: 9, name: 'Camtasia 2024', bundleId: 'com.techsmith.camtasia2024' },
      { pid: 10, name: 'zoom.us', bundleId: 'us.zoom.xos' },
    ]);
    expect(obs.recorders.get('camtasia')?.level).toBe('active');
    expect(obs.running.has('zoom')).toBe(true);
    expect(obs.calls.size).toBe(0);
  });

  it('gives tray tools the soft level until a device signal shows them capturing', () => {
    const m = compileMatcher(catalogue, 'windows');
    const idle = m.observe([{ pid: 5, name: 'NVIDIA Share.exe' }]);
    expect(idle.recorders.get('nvidia-share')?.level).toBe('present');
    const capturing = m.observe([{ pid: 5, name: 'ShareX.exe' }], [{ device: 'microphone', processName: 'ShareX.exe', source: 'registry microphone ConsentStore' }]);
    expect(capturing.recorders.get('sharex')).toMatchObject({ level: 'active', evidence: 'ShareX is using the microphone (registry microphone ConsentStore)' });
  });

  it('counts ffmpeg only with a capture input', () => {
    const m = compileMatcher(catalogue, 'linux');
    expect(m.wantArgs('ffmpeg')).toBe(true);
    // Zoom's arguments are read too, for a join link; a client without join links is not.
    expect(m.wantArgs('zoom')).toBe(true);
    expect(m.wantArgs('slack')).toBe(false);
    expect(m.observe([{ pid: 3, name: 'ffmpeg', args: ['-i', 'a.mkv', 'b.mp4'] }]).recorders.size).toBe(0);
    expect(m.observe([{ pid: 3, name: 'ffmpeg', args: ['-f', 'pulse', '-i', 'default', 'a.wav'] }]).recorders.get('ffmpeg-capture')?.evidence).toMatch(/microphone or camera input/);
  });

  it('turns a browser holding the microphone into a call, found by pid, by stream name or by package family', () => {
    const m = compileMatcher(catalogue, 'linux');
    const byPid = m.observe([{ pid: 3141, name: 'chromium' }], [{ device: 'microphone', pid: 3141, source: 'pw-dump' }]);
    expect(byPid.calls.get('browser-chromium')?.evidence).toBe('Chromium is using the microphone (pw-dump)');
    const byLabel = m.observe([], [{ device: 'microphone', label: 'ZOOM VoiceEngine', source: 'pactl list source-outputs' }]);
    expect(byLabel.calls.has('zoom')).toBe(true);
    const teams = compileMatcher(catalogue, 'windows').observe([], [{ device: 'camera', appId: 'MSTeams_8wekyb3d8bbwe', source: 'registry webcam ConsentStore' }]);
    expect(teams.calls.has('teams')).toBe(true);
  });

  it('reports a GNOME screen cast as a capture, and a browser merely running as nothing', () => {
    const m = compileMatcher(catalogue, 'linux');
    const obs = m.observe([{ pid: 1984, name: 'gnome-shell' }, { pid: 50, name: 'firefox-esr' }], [{ device: 'screen', pid: 1984, source: 'pw-dump' }]);
    expect(obs.recorders.get('gnome-screencast')?.level).toBe('active');
    expect(obs.calls.size).toBe(0);
  });
});
