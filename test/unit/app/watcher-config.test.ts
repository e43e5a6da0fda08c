import { describe, expect, it } from 'vitest';
import { catalogueFollower, catalogueFromPolicy, catalogueKey, catalogueOrBuiltIn, plainSettings, watcherSettingsFromPolicy } from '../../../electron/core/app/watcher-config.js';
import { createCallWatcher, defaultWatcherSettings } from '../../../electron/core/calls/call-watcher.js';
import type { CallEffect } from '../../../electron/core/calls/call-events.js';
import { compileMatcher } from '../../../electron/core/calls/match.js';
import type { ProcessInfo, ProcessSource } from '../../../electron/core/calls/process-snapshot.js';
import { resolve } from '../../../electron/core/policy/resolve.js';
import { fakeClock } from '../calls/fake-clock.js';

const noLists = { extraMeetingClients: [], ignoredMeetingClients: [], extraRecorders: [], ignoredRecorders: [] };

describe('watcher settings from policy', () => {
  it('pollIntervalSeconds sets the idle pace and never slows the in-call pace', () => {
    const slow = watcherSettingsFromPolicy({ pollIntervalSeconds: 30 });
    expect(slow.idleIntervalMs).toBe(30_000);
    expect(slow.intervalMs).toBe(defaultWatcherSettings.intervalMs);
    const base = { ...defaultWatcherSettings, intervalMs: 3_000 };
    expect(watcherSettingsFromPolicy({ pollIntervalSeconds: 2 }, base)).toMatchObject({ idleIntervalMs: 2_000, intervalMs: 2_000 });
    expect(watcherSettingsFromPolicy({ pollIntervalSeconds: 2 }, base).timings).toBe(base.timings);
  });

  it('the policy default (5 s) comes through resolve unchanged', () => {
    const settings = plainSettings(resolve({}).settings);
    expect(watcherSettingsFromPolicy(settings).idleIntervalMs).toBe(5_000);
  });

  it('catalogue from policy adds and ignores; the key changes only with the catalogue lists', () => {
    const catalogue = catalogueFromPolicy({ ...noLists, extraMeetingClients: ['jitsi-meet'], ignoredRecorders: ['obs'] });
    expect(catalogue.clients.map((c) => c.id)).toContain('policy-client-jitsi-meet');
    expect(catalogue.recorders.map((r) => r.id)).not.toContain('obs');
    expect(catalogueKey(noLists)).toBe(catalogueKey({ ...noLists }));
    expect(catalogueKey(noLists)).not.toBe(catalogueKey({ ...noLists, extraRecorders: ['x'] }));
    // Moving a name from one list to another is a different catalogue.
    expect(catalogueKey({ ...noLists, extraRecorders: ['x'] })).not.toBe(catalogueKey({ ...noLists, extraMeetingClients: ['x'] }));
  });

  it('a name policy accepts but the catalogue refuses leaves the built-in catalogue, saying why', () => {
    const { catalogue, problem } = catalogueOrBuiltIn({ ...noLists, extraRecorders: ['r'.repeat(250)] });
    expect(catalogue.recorders.some((r) => r.id.startsWith('policy-'))).toBe(false);
    expect(catalogue.recorders.length).toBeGreaterThan(10);
    expect(problem).toMatch(/^catalogue policy: addRecorders\.0\.name: .*200.*; the built-in catalogue applies$/);
    expect(catalogueOrBuiltIn({ ...noLists, extraRecorders: ['rec'] }).problem).toBeUndefined();
  });
});

describe('following policy', () => {
  it('answers a new catalogue only when the catalogue lists change', () => {
    const follower = catalogueFollower(noLists);
    const first = follower.current().catalogue;
    expect(follower.update({ ...noLists })).toBe(false);
    expect(follower.current().catalogue).toBe(first);
    expect(follower.update({ ...noLists, ignoredMeetingClients: ['slack'] })).toBe(true);
    expect(follower.current().catalogue.clients.map((c) => c.id)).not.toContain('slack');
    expect(follower.update({ ...noLists, extraRecorders: ['r'.repeat(250)] })).toBe(true);
    expect(follower.current().problem).toContain('the built-in catalogue applies');
    expect(follower.update(noLists)).toBe(true);
    expect(follower.current().problem).toBeUndefined();
  });
});

describe('the watcher takes a new catalogue and pace without losing the call', () => {
  function scripted() {
    let list: ProcessInfo[] = [];
    return { source: { snapshot: async () => list } satisfies ProcessSource, set: (names: string[]) => (list = names.map((name, i) => ({ pid: 100 + i, name }))) };
  }

  it('a recorder IT adds mid-call is warned about, with no second notice', async () => {
    const { clock, advance } = fakeClock();
    const procs = scripted();
    const effects: CallEffect[] = [];
    const before = catalogueFromPolicy(noLists);
    const watcher = createCallWatcher(
      { processes: procs.source, media: { check: async () => ({ signals: [], notes: [] }) }, matcher: compileMatcher(before, 'linux'), catalogue: before, home: '/nonexistent', clock, recordingTraces: async () => [], onEffect: (e) => effects.push(e) },
      watcherSettingsFromPolicy({ pollIntervalSeconds: 2 }),
    );
    watcher.start();
    procs.set(['zoom', 'CptHost', 'secret-recorder']);
    await advance(3_000);
    expect(watcher.state().phase).toBe('in-call');
    const callId = watcher.state().callId;
    expect(effects.filter((e) => e.type === 'warn-recorder')).toEqual([]);

    const after = catalogueFromPolicy({ ...noLists, extraRecorders: ['secret-recorder'] });
    watcher.setCatalogue(after, compileMatcher(after, 'linux'));
    await advance(1_000);
    await watcher.stop();
    expect(watcher.state()).toMatchObject({ phase: 'in-call', callId });
    expect(effects.filter((e) => e.type === 'show-notice')).toHaveLength(1);
    expect(effects.find((e) => e.type === 'warn-recorder')).toMatchObject({ callId, recorder: { name: 'secret-recorder' } });
  });

  it('a slower pace from policy applies from the next poll', async () => {
    const { clock, advance } = fakeClock();
    let polls = 0;
    const catalogue = catalogueFromPolicy(noLists);
    const watcher = createCallWatcher(
      { processes: { snapshot: async () => (polls++, []) }, media: { check: async () => ({ signals: [], notes: [] }) }, matcher: compileMatcher(catalogue, 'linux'), catalogue, home: '/nonexistent', clock },
      watcherSettingsFromPolicy({ pollIntervalSeconds: 2 }),
    );
    watcher.start();
    await advance(10_000);
    expect(polls).toBe(6); // at 0, 2, 4, 6, 8, 10 s
    watcher.setSettings(watcherSettingsFromPolicy({ pollIntervalSeconds: 60 }));
    await advance(2_000); // the poll already scheduled still runs at the old pace
    const afterChange = polls;
    await advance(59_000);
    expect(polls).toBe(afterChange);
    await advance(1_000);
    await watcher.stop();
    expect(polls).toBe(afterChange + 1);
  });
});
