import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { judgeSignals, type SignalKind } from '../../../electron/core/calls/signals/judge-kinds.js';
import { signalReadingSchema } from '../../../electron/core/calls/signals/signal-reading.js';
import { judgePmsetAssertions, parsePmsetAssertions } from '../../../electron/core/calls/signals/pmset-assertions.js';
import { applyTeamsLine, initialTeamsLogState, judgeTeamsLog, teamsExited, teamsInCall } from '../../../electron/core/calls/signals/teams-log.js';
import { judgeJoinIntent } from '../../../electron/core/calls/signals/join-intent.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/calls/signals/${name}`, import.meta.url), 'utf8');
const judge = (kind: SignalKind, name: string) => {
  const reading = judgeSignals(kind, fixture(name));
  // Every reading is what `signals --parse --json` prints: it must keep the published shape.
  expect(signalReadingSchema.parse(reading)).toEqual(reading);
  return reading;
};

describe('pmset -g assertions', () => {
  it('reads owners, Created for PID and Resources lines', () => {
    const list = parsePmsetAssertions(fixture('pmset-facetime-call.txt'));
    const audio = list.find((a) => a.owner === 'coreaudiod');
    expect(audio).toMatchObject({ pid: 406, createdFor: 821, resources: ['audio-in', 'audio-out', 'BuiltInMicrophoneDevice'] });
    expect(list.map((a) => a.owner)).toEqual(['coreaudiod', 'FaceTime', 'powerd', 'cameracaptured', 'WindowServer', 'caffeinate']);
  });

  it('a pid no process can have (0, or past pid_t) is damaged output, never a reading outside the published shape', () => {
    const text = fixture('pmset-facetime-call.txt').replace('pid 60833(FaceTime)', 'pid 0(FaceTime)').replace('Created for PID: 821.', 'Created for PID: 99999999999999999999999.');
    const list = parsePmsetAssertions(text);
    expect(list.map((a) => a.owner)).not.toContain('FaceTime');
    expect(list.find((a) => a.owner === 'coreaudiod')?.createdFor).toBeUndefined();
    const reading = judgeSignals('pmset-assertions', text);
    expect(signalReadingSchema.parse(reading)).toEqual(reading);
  });

  it('a FaceTime call: the call, the microphone for pid 821 and the camera; caffeinate is nothing', () => {
    const r = judge('pmset-assertions', 'pmset-facetime-call.txt');
    expect(r.inCall).toBe(true);
    expect(r.clients).toEqual([{ id: 'facetime', name: 'FaceTime' }]);
    expect(r.microphone).toEqual({ inUse: true, owners: [{ pid: 821, name: 'a process this output does not name' }] });
    expect(r.camera.owners).toEqual([{ name: 'an app macOS does not name (cameracaptured)' }]);
    expect(r.camera.inUse).toBe(true);
    expect(r.screenSharing).toBe(false);
    expect(r.evidence.join('\n')).toContain('Ongoing A/V conference');
    expect(r.evidence.join('\n')).not.toContain('caffeinate');
  });

  it('Google Meet in Chrome: WebRTC PeerConnections is the call, whoever the browser is', () => {
    const r = judge('pmset-assertions', 'pmset-meet-in-chrome.txt');
    expect(r.inCall).toBe(true);
    expect(r.clients.map((c) => c.id)).toEqual(['browser-chrome']);
    expect(r.microphone.inUse).toBe(true);
    expect(r.camera.inUse).toBe(false);
  });

  it('playback, video wake locks, a video player and caffeinate are not a call nor the microphone', () => {
    const r = judge('pmset-assertions', 'pmset-playback-only.txt');
    expect(r).toMatchObject({ inCall: false, clients: [], microphone: { inUse: false, owners: [] }, camera: { inUse: false }, screenSharing: false });
    expect(r.evidence).toEqual([]);
  });

  it('a Core Audio process tap holds audio-in without being the microphone', () => {
    const r = judge('pmset-assertions', 'pmset-audio-tap.txt');
    expect(r.microphone.inUse).toBe(false);
    expect(r.inCall).toBe(false);
    expect(r.evidence[0]).toMatch(/process tap/);
  });

  it('Zoom: its display-sleep assertion with the generic name, the microphone it owns, the camera and a screen recording', () => {
    const r = judge('pmset-assertions', 'pmset-zoom-meeting-and-screen-recording.txt');
    expect(r.inCall).toBe(true);
    expect(r.clients).toEqual([{ id: 'zoom', name: 'Zoom' }]);
    expect(r.microphone.owners).toEqual([{ pid: 2231, name: 'Zoom', client: 'zoom' }]);
    expect(r.camera.inUse).toBe(true);
    expect(r.screenSharing).toBe(true);
  });

  it('Webex "On a call"', () => {
    const r = judge('pmset-assertions', 'pmset-webex-call.txt');
    expect(r.clients.map((c) => c.id)).toEqual(['webex']);
    expect(r.microphone.owners[0]).toMatchObject({ pid: 3310, client: 'webex' });
  });

  it('WhatsApp in a call: the microphone it holds is the call (WhatsApp is a meeting client)', () => {
    const r = judge('pmset-assertions', 'pmset-whatsapp-call.txt');
    expect(r.microphone.owners).toEqual([{ pid: 64440, name: 'WhatsApp', client: 'whatsapp' }]);
    expect(r.clients).toEqual([{ id: 'whatsapp', name: 'WhatsApp' }]);
    expect(r.inCall).toBe(true);
  });

  it('an app that is not a meeting client holding the microphone (dictation): cannot tell, and names it', () => {
    const r = judge('pmset-assertions', 'pmset-unknown-app-microphone.txt');
    expect(r.inCall).toBeNull();
    expect(r.microphone.owners).toEqual([{ pid: 6556, name: 'Wispr Flow' }]);
    expect(r.clients).toEqual([]);
    expect(r.summary).toContain('Wispr Flow');
  });

  it('audio assertions from before macOS 13 (no Resources line) go by the device name', () => {
    const old = ['Listed by owning process:', '   pid 198(coreaudiod): [0x1] 00:05:01 PreventUserIdleSystemSleep named: "com.apple.audio.AppleHDAEngineInput:1B,0,1,0:1.context.preventuseridlesleep"', '\tCreated for PID: 742.'].join('\n');
    expect(judgePmsetAssertions(old).signals).toEqual([{ device: 'microphone', pid: 742, source: 'pmset -g assertions' }]);
  });
});

describe('Teams logs', () => {
  it('new Teams: a declined incoming call during a meeting does not end the meeting', () => {
    const r = judge('teams-log', 'teams-new-meeting-with-declined-call.log');
    expect(r.inCall).toBe(true);
    expect(r.clients).toEqual([{ id: 'teams', name: 'Microsoft Teams' }]);
    expect(r.evidence.join('\n')).toMatch(/never connected here ended \(c9158e4a\)/);
  });

  it('new Teams: the meeting ends with its own id', () => {
    const r = judge('teams-log', 'teams-new-meeting-ended.log');
    expect(r.inCall).toBe(false);
    expect(r.evidence.filter((e) => e.startsWith('Teams call d84becb7 ended'))).toHaveLength(1);
  });

  it('presence "Busy" is not a call', () => {
    const r = judge('teams-log', 'teams-new-presence-only.log');
    expect(r.inCall).toBe(false);
    expect(r.evidence).toEqual([]);
  });

  it('classic Teams: a::1 joins, a::0 shares the screen, a::4 is not a call; OnThePhone presence is not read', () => {
    const r = judge('teams-log', 'teams-classic-logs.txt');
    expect(r).toMatchObject({ inCall: true, screenSharing: true, clients: [{ id: 'teams' }] });
    expect(r.evidence).toHaveLength(2);
  });

  it('classic Teams: a::3 leaves, a::5 is nothing', () => {
    expect(judge('teams-log', 'teams-classic-call-left.txt')).toMatchObject({ inCall: false, screenSharing: false });
  });

  it('a text that is not a Teams log cannot tell', () => {
    expect(judgeSignals('teams-log', 'hello\nworld\n')).toMatchObject({ inCall: null, problems: [expect.stringMatching(/layout of a Teams log/)] });
  });

  it('id-less active lines alone still mean a call; Teams exiting ends every call', () => {
    let state = applyTeamsLine(initialTeamsLogState, 'x CallInfo: NotifyCallActive causeId: 5478474f-3fc5-444f-b895-4c3d96476fa8').state;
    expect(teamsInCall(state)).toBe(true);
    state = applyTeamsLine(state, 'x HfpVoipCallCoordinatorImpl: NotifyCallActive callId: d84becb7-4285-4d44-9d4d-e61364d07d11causeId: 1').state;
    expect(state).toMatchObject({ active: ['d84becb7-4285-4d44-9d4d-e61364d07d11'], anonymous: false });
    expect(teamsInCall(teamsExited(state))).toBe(false);
  });

  it('a log cut in two reaches the same state as the whole log', () => {
    const text = fixture('teams-new-meeting-ended.log');
    const lines = text.split('\n');
    const first = judgeTeamsLog(lines.slice(0, 2).join('\n'));
    const rest = judgeTeamsLog(lines.slice(2).join('\n'), first.state);
    expect(rest.state).toEqual(judgeTeamsLog(text).state);
  });
});

describe('Windows ConsentStore, HKCU and HKLM', () => {
  it('names packaged and NonPackaged apps per device, HKLM included', () => {
    const r = judge('consent-store', 'consent-store-hkcu-hklm.txt');
    expect(r.microphone.owners).toEqual([
      { name: 'Microsoft Teams', client: 'teams' },
      { name: 'obs64.exe' },
    ]);
    expect(r.camera.owners).toEqual([{ name: 'Microsoft Teams', client: 'teams' }]);
    expect(r.inCall).toBe(true);
    expect(r.clients).toEqual([{ id: 'teams', name: 'Microsoft Teams' }]);
    expect(r.evidence.some((e) => e.startsWith('hkey_local_machine'))).toBe(true);
  });

  it('a microphone-only query cannot say anything about the camera', () => {
    const text = fixture('consent-store-hkcu-hklm.txt').split('\nHKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore\\webcam')[0] ?? '';
    expect(judgeSignals('consent-store', text).camera).toEqual({ inUse: null, owners: [] });
  });
});

describe('join intent from a process command line', () => {
  it.each([
    ['process-args-zoom-windows.txt', 'zoom'],
    ['process-args-zoom-linux.txt', 'zoom'],
    ['process-args-teams-windows.txt', 'teams'],
  ])('%s is about to start a %s call', (name, client) => {
    const r = judge('process-args', name);
    expect(r).toMatchObject({ joinIntent: true, inCall: null, clients: [{ id: client }] });
    // The meeting number and password stay out of what is reported.
    expect(JSON.stringify(r)).not.toMatch(/84512345678|Xk2pQ9|meeting_OGJm/);
  });

  it.each(['process-args-teams-autostart.txt', 'process-args-zoom-no-meeting.txt'])('%s is no join', (name) => {
    expect(judge('process-args', name)).toMatchObject({ joinIntent: false, clients: [] });
  });

  it('knows the web link form too', () => {
    expect(judgeJoinIntent('chrome https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0')?.client).toBe('teams');
    expect(judgeJoinIntent('zoom https://us02web.zoom.us/j/84512345678?pwd=x')?.client).toBe('zoom');
    expect(judgeJoinIntent('zoom https://zoom.us/pricing')).toBeUndefined();
  });
});

describe('Linux pactl and pw-dump name the application and map it to the product', () => {
  const linux = (name: string) => readFileSync(new URL(`../../fixtures/calls/${name}`, import.meta.url), 'utf8');
  it('pactl: Zoom by its binary, Chromium by its stream', () => {
    const r = judgeSignals('pactl', linux('pactl-source-outputs.txt'));
    expect(signalReadingSchema.parse(r)).toEqual(r);
    expect(r.microphone.owners).toEqual([
      { pid: 4242, name: 'Zoom', client: 'zoom' },
      { pid: 3141, name: 'Chromium', client: 'browser-chromium' },
    ]);
    expect(r.camera.inUse).toBeNull();
    expect(r.inCall).toBe(true);
  });

  it('pactl with nothing recording: no call', () => {
    expect(judgeSignals('pactl', linux('pactl-source-outputs-empty.txt'))).toMatchObject({ inCall: false, microphone: { inUse: false } });
  });

  it('pw-dump: Firefox on the microphone, OBS on the camera, a GNOME screen cast', () => {
    const r = judgeSignals('pw-dump', linux('pw-dump.json'));
    expect(r.microphone.owners).toEqual([{ pid: 5120, name: 'Firefox', client: 'browser-firefox' }]);
    expect(r.camera.owners).toEqual([{ pid: 7001, name: 'obs' }]);
    expect(r.screenSharing).toBe(true);
  });

  it('pw-dump output that is not JSON cannot tell', () => {
    expect(judgeSignals('pw-dump', 'Error: failed to connect')).toMatchObject({ inCall: null, microphone: { inUse: null }, problems: [expect.stringMatching(/not JSON/)] });
  });
});
