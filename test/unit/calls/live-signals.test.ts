import { readFileSync } from 'node:fs';
import { appendFile, mkdir, rename, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInCatalogue } from '../../../electron/core/calls/catalogue.js';
import { compileMatcher } from '../../../electron/core/calls/match.js';
import { diffObservations, emptyObservation } from '../../../electron/core/calls/diff.js';
import { initialCallState, reduce, type CallState } from '../../../electron/core/calls/call-state.js';
import type { CallEffect, CallEvent } from '../../../electron/core/calls/call-events.js';
import { createCallWatcher, defaultWatcherSettings } from '../../../electron/core/calls/call-watcher.js';
import type { ProcessInfo } from '../../../electron/core/calls/process-snapshot.js';
import { createLogTail } from '../../../electron/core/calls/signals/log-tail.js';
import { teamsLogFolders, teamsLogProbe } from '../../../electron/core/calls/signals/teams-log-probe.js';
import { macosMediaProbe } from '../../../electron/core/calls/macos-media.js';
import { macosCallProbes } from '../../../electron/core/calls/macos-call-probes.js';
import { windowsCallProbes } from '../../../electron/core/calls/windows-call-probes.js';
import { linuxCallProbes } from '../../../electron/core/calls/linux-call-probes.js';
import { describeStatus, signalStatusSchema } from '../../../electron/core/calls/signals/signal-status.js';
import type { CommandRunner } from '../../../electron/core/ports/command-runner.js';
import { tempDir } from '../../support/temp.js';
import { fakeClock } from './fake-clock.js';

const signalsFixture = (name: string) => readFileSync(new URL(`../../fixtures/calls/signals/${name}`, import.meta.url), 'utf8');
const catalogue = builtInCatalogue();
const teamsLines = signalsFixture('teams-new-meeting-with-declined-call.log').split('\n');
const endLines = signalsFixture('teams-new-meeting-ended.log').split('\n');

describe('a log followed like tail -F', () => {
  it('reads only what was added, a rotated file from its start, and a truncated one again', async () => {
    const dir = await tempDir();
    const tail = createLogTail({ dir, match: (n) => n.endsWith('.log') });
    expect(await tail.read()).toEqual({ kind: 'missing' });
    await writeFile(join(dir, 'MSTeams_1.log'), 'one\ntwo\npart');
    expect(await tail.read()).toMatchObject({ kind: 'lines', lines: ['one', 'two'] });
    await appendFile(join(dir, 'MSTeams_1.log'), 'ial\nthree\n');
    expect(await tail.read()).toMatchObject({ kind: 'lines', lines: ['partial', 'three'], rotated: false });
    expect(await tail.read()).toMatchObject({ kind: 'lines', lines: [] });
    await truncate(join(dir, 'MSTeams_1.log'), 0);
    await appendFile(join(dir, 'MSTeams_1.log'), 'after truncation\n');
    expect(await tail.read()).toMatchObject({ kind: 'lines', lines: ['after truncation'], rotated: true });
    // Teams starts a new file; the old one is renamed away.
    await rename(join(dir, 'MSTeams_1.log'), join(dir, 'old.txt'));
    await writeFile(join(dir, 'MSTeams_2.log'), 'fresh\n');
    expect(await tail.read()).toMatchObject({ kind: 'lines', lines: ['fresh'], rotated: true });
  });

  it('at the first look reads only the end of a long log, dropping the cut line', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'a.log'), `${'x'.repeat(100)}\nlast line\n`);
    const tail = createLogTail({ dir, match: () => true, initialBytes: 20 });
    expect(await tail.read()).toMatchObject({ lines: ['last line'] });
  });
});

describe("Teams' log as a live call signal", () => {
  const running = new Set(['teams']);
  async function teamsHome() {
    const home = await tempDir();
    const [folder] = teamsLogFolders('macos', { home, env: {} });
    await mkdir(folder?.dir ?? '', { recursive: true });
    return { home, file: join(folder?.dir ?? '', 'MSTeams_2026-07-30_09-58-00.00.log') };
  }

  it('a meeting is on, a declined call does not end it, its own end does; Teams quitting ends it', async () => {
    const { home, file } = await teamsHome();
    const probe = teamsLogProbe('macos', { home, env: {} });
    await writeFile(file, `${teamsLines.slice(0, 4).join('\n')}\n`);
    const first = await probe.check({ clients: running });
    expect(first.signals).toEqual([expect.objectContaining({ device: 'call', via: 'teams-log', processName: 'MSTeams' })]);
    expect(probe.status?.()).toEqual([expect.objectContaining({ signal: 'teams-log', state: 'available' })]);
    await appendFile(file, `${teamsLines.slice(4).join('\n')}\n`);
    expect((await probe.check({ clients: running })).signals).toHaveLength(1);
    await appendFile(file, `${endLines.slice(2, 4).join('\n')}\n`);
    expect((await probe.check({ clients: running })).signals).toEqual([]);
    // A new meeting, then Teams crashes: no end line, but the call ends with the process.
    await appendFile(file, `${teamsLines[2]}\n`);
    expect((await probe.check({ clients: running })).signals).toHaveLength(1);
    expect((await probe.check({ clients: new Set() })).signals).toEqual([]);
    expect((await probe.check({ clients: running })).signals).toEqual([]);
  });

  it('says when Teams has written nothing it can find, and is not applicable on Linux', async () => {
    const probe = teamsLogProbe('windows', { home: await tempDir(), env: {} });
    await probe.check({ clients: running });
    expect(probe.status?.()[0]).toMatchObject({ state: 'unavailable', detail: expect.stringMatching(/no log/) });
    expect(teamsLogProbe('linux', { home: '/', env: {} }).status?.()[0]).toMatchObject({ state: 'not-applicable' });
  });

  it('uses LOCALAPPDATA and APPDATA on Windows', () => {
    const dirs = teamsLogFolders('windows', { home: 'C:\\Users\\ada', env: { LOCALAPPDATA: '/L', APPDATA: '/R' } }).map((f) => f.dir);
    expect(dirs).toEqual([join('/L', 'Packages', 'MSTeams_8wekyb3d8bbwe', 'LocalCache', 'Microsoft', 'MSTeams', 'Logs'), join('/R', 'Microsoft', 'Teams')]);
  });
});

describe('macOS: pmset as the live microphone, camera and call signal', () => {
  it('gives the signals the watcher matches to Zoom, and says which signals it has', async () => {
    const run: CommandRunner = async () => ({ kind: 'ok', stdout: signalsFixture('pmset-zoom-meeting-and-screen-recording.txt'), stderr: '' });
    const probe = macosMediaProbe(run);
    const { signals } = await probe.check();
    const obs = compileMatcher(catalogue, 'macos').observe([{ pid: 2231, name: 'zoom.us' }, { pid: 9917, name: 'screencapture' }], signals);
    expect(obs.calls.get('zoom')).toMatchObject({ signal: 'microphone' });
    expect([...obs.recorders.keys()]).toContain('macos-screen-capture');
    expect(probe.status?.().every((s) => s.state === 'available')).toBe(true);
  });

  it('without pmset, every signal it would give is unavailable, with the reason', async () => {
    const probe = macosMediaProbe(async (command) => ({ kind: 'missing', command }));
    await probe.check();
    expect(probe.status?.().map((s) => s.state)).toEqual(['unavailable', 'unavailable', 'unavailable', 'unavailable']);
    expect(describeStatus(probe.status?.()[0] ?? { signal: 'microphone', state: 'available', detail: '' })).toMatch(/^Microphone in use: not visible \(.*pmset/);
  });
});

describe('every OS says which call signals it has', () => {
  it.each([
    ['windows', windowsCallProbes],
    ['macos', macosCallProbes],
    ['linux', linuxCallProbes],
  ] as const)('%s: one status per signal, each valid', (_os, probes) => {
    const statuses = probes({ run: async (command) => ({ kind: 'missing', command }), root: '/nonexistent', home: '/nonexistent', env: {} }).media.status?.() ?? [];
    for (const s of statuses) signalStatusSchema.parse(s);
    expect(new Set(statuses.map((s) => s.signal))).toEqual(new Set(['processes', 'microphone', 'camera', 'screen', 'call-state', 'teams-log', 'join-link']));
  });
});

describe('about to start: a join link shows the notice before the call connects', () => {
  const zoomJoin: ProcessInfo = { pid: 4100, name: 'Zoom.exe', args: ['--url=zoommtg://zoom.us/join?action=join&confno=84512345678&pwd=x'] };

  it('the matcher reads the join link, the diff makes it an event (not at the first look)', () => {
    const m = compileMatcher(catalogue, 'windows');
    const obs = m.observe([zoomJoin]);
    expect([...obs.intents.values()]).toEqual([{ client: 'zoom', name: 'Zoom', evidence: 'Zoom (pid 4100) was started with a Zoom join link (zoommtg://…join…)' }]);
    expect(diffObservations(emptyObservation, obs, 0).map((e) => e.type)).toEqual(['tick']);
    const before = m.observe([]);
    expect(diffObservations(before, obs, 0).map((e) => e.type)).toEqual(['join-intent', 'tick']);
  });

  function reduceAll(events: CallEvent[]) {
    let state: CallState = initialCallState;
    const effects: CallEffect[] = [];
    const phases: string[] = [];
    for (const e of events) {
      const r = reduce(state, e);
      state = r.state;
      effects.push(...r.effects.filter((x) => x.type !== 'update-tray'));
      phases.push(state.phase);
    }
    return { state, effects, phases };
  }
  const join = (at: number): CallEvent => ({ type: 'join-intent', at, source: 'zoom', name: 'Zoom', evidence: 'Zoom was started with a join link' });

  it('the notice comes with the link; the call that connects later is the same call, with no second notice', () => {
    const r = reduceAll([join(0), { type: 'tick', at: 20_000 }, { type: 'call-signal-on', at: 30_000, source: 'zoom', name: 'Zoom', evidence: 'CptHost', signal: 'process' }, { type: 'tick', at: 31_000 }]);
    expect(r.phases).toEqual(['starting', 'starting', 'starting', 'in-call']);
    expect(r.effects).toEqual([{ type: 'show-notice', callId: 1, trigger: 'Zoom was started with a join link', signal: 'join-link' }]);
    expect(r.state.decidedBy).toBe('join-link');
  });

  it('a link that never becomes a call lapses quietly: no reminder', () => {
    const r = reduceAll([join(0), { type: 'tick', at: 179_000 }, { type: 'tick', at: 180_000 }]);
    expect(r.phases).toEqual(['starting', 'starting', 'idle']);
    expect(r.effects.map((e) => e.type)).toEqual(['show-notice']);
  });

  it('which signal decided is in the event and the notice', () => {
    const r = reduceAll([{ type: 'call-signal-on', at: 0, source: 'teams', name: 'Microsoft Teams', evidence: 'Teams log: call d84becb7', signal: 'teams-log' }]);
    expect(r.effects[0]).toMatchObject({ type: 'show-notice', signal: 'teams-log' });
  });

  it('end to end in the watcher: Zoom launched from a browser link, then its meeting helper', async () => {
    const { clock, advance } = fakeClock();
    let list: ProcessInfo[] = [];
    const effects: CallEffect[] = [];
    const events: CallEvent[] = [];
    const watcher = createCallWatcher(
      { processes: { snapshot: async () => list }, media: { check: async () => ({ signals: [], notes: [] }) }, matcher: compileMatcher(catalogue, 'windows'), catalogue, home: '/nonexistent', clock, recordingTraces: async () => [], onEffect: (e) => effects.push(e), onEvent: (e) => events.push(e) },
      { ...defaultWatcherSettings, intervalMs: 500, idleIntervalMs: 500 },
    );
    watcher.start();
    await advance(500);
    list = [zoomJoin];
    await advance(500);
    expect(effects.filter((e) => e.type === 'show-notice')).toEqual([expect.objectContaining({ signal: 'join-link' })]);
    list = [zoomJoin, { pid: 4200, name: 'CptHost.exe' }];
    await advance(2_000);
    await watcher.stop();
    expect(watcher.state().phase).toBe('in-call');
    expect(effects.filter((e) => e.type === 'show-notice')).toHaveLength(1);
    expect(events.find((e) => e.type === 'call-signal-on')).toMatchObject({ signal: 'process' });
  });

  it('passes the running clients to the probes, so a client log is read only while the client runs', async () => {
    const { clock, advance } = fakeClock();
    const hints: (ReadonlySet<string> | undefined)[] = [];
    const watcher = createCallWatcher(
      { processes: { snapshot: async () => [{ pid: 1, name: 'ms-teams.exe' }] }, media: { check: async (hint) => (hints.push(hint?.clients), { signals: [], notes: [] }) }, matcher: compileMatcher(catalogue, 'windows'), catalogue, home: '/nonexistent', clock, recordingTraces: async () => [] },
      { ...defaultWatcherSettings, intervalMs: 500, idleIntervalMs: 500 },
    );
    watcher.start();
    await advance(600);
    await watcher.stop();
    expect([...(hints[0] ?? [])]).toEqual(['teams']);
  });
});
