import { describe, expect, it } from 'vitest';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir, writeTree } from '../../support/temp.js';
import { createCoreServices } from '../../../electron/core/contract/core-services.js';
import { memoryLocaleStore } from '../../../electron/core/contract/services/app-service.js';
import { quarantineCleanupActions } from '../../../electron/core/contract/services/quarantine-actions.js';
import { Quarantine } from '../../../electron/core/cleanup/quarantine.js';
import type { HostEnvironment } from '../../../electron/core/platform/platform.js';
import { appPaths } from '../../../electron/core/platform/app-paths.js';
import { selectPlatform } from '../../../electron/core/platform/select-platform.js';
import { memoryPreferences } from '../../../electron/core/policy/preferences.js';
import { resolve } from '../../../electron/core/policy/resolve.js';
import { readAppState } from '../../../electron/core/state/app-state.js';
import { stateRecorder } from '../../../electron/core/state/state-recorder.js';
import { runCommand } from '../../../electron/core/ports/command-runner.js';

const notice = fileURLToPath(new URL('../../../build/notices/harbourline-zoom.md', import.meta.url));
const at = new Date('2026-11-23T09:30:00.000Z');

async function services() {
  const home = await tempDir();
  const host: HostEnvironment = { run: runCommand, root: await tempDir(), home, env: {} };
  const platform = selectPlatform('linux', host);
  const resolution = resolve({ 'machine-policy': { noticeFiles: { value: { en: notice }, origin: 'test policy' } } });
  const paths = appPaths('linux', home, {});
  let changes = 0;
  const state = stateRecorder(paths.stateFile, () => at, () => void changes++);
  const core = createCoreServices({
    platform,
    policy: { current: () => resolution, refresh: async () => resolution, setPreference: async () => ({ ok: true as const, resolution }) },
    preferences: memoryPreferences(),
    localeStore: memoryLocaleStore('en-GB'),
    systemLocale: 'en_GB.UTF-8',
    shell: { openExternal: async () => undefined, savePdf: async () => ({ saved: false }) },
    processes: async () => [],
    cleanupActions: quarantineCleanupActions({ os: 'linux', home, listProcesses: async () => [], state, quarantine: new Quarantine({ root: paths.quarantineDir, home, now: () => at, retentionDays: 7 }) }),
    onNoticeResponse: () => undefined,
    state,
  });
  return { core, home, paths, changes: () => changes };
}

describe('the app remembers two moments, and nothing else about them', () => {
  it('confirming the pre-call notice records when; dismissing it records nothing', async () => {
    const { core, paths, changes } = await services();
    const view = await core.notice.current();
    await core.notice.respond({ noticeId: view.id, response: 'dismissed', checked: [] });
    expect((await readAppState(paths.stateFile)).state).toEqual({});
    await core.notice.respond({ noticeId: view.id, response: 'confirmed', checked: view.checklist.map((c) => c.id) });
    expect((await readAppState(paths.stateFile)).state).toEqual({ lastNoticeAcknowledgedAt: at.toISOString() });
    expect(changes()).toBe(1);
  });

  it('a clear that moved data records when; one that moved nothing does not', async () => {
    const { core, home, paths } = await services();
    await writeTree(home, { '.zoom/logs/zoom.log': 'login ok for jane.doe@example.org from 203.0.113.7\n' });
    const scan = await core.cleanup.scan();
    const ids = scan.clients.flatMap((c) => c.items.map((i) => i.id));
    expect(ids.length).toBeGreaterThan(0);
    const cleared = await core.cleanup.clear(ids);
    expect(cleared.cleared.length).toBeGreaterThan(0);
    expect(await readdir(join(home, '.zoom'))).toEqual([]);
    expect((await readAppState(paths.stateFile)).state).toEqual({ lastCleanupAt: at.toISOString() });

    const second = await services();
    await second.core.cleanup.scan();
    expect((await second.core.cleanup.clear([])).cleared).toEqual([]);
    expect((await readAppState(second.paths.stateFile)).state).toEqual({});
  });
});
