// Drives the real core the way the app does (every read-only IPC channel, a clear, the call watcher over the real
// Linux probes) on a stand-in laptop. The no-network test bundles it and runs it under the socket trap.
import { channelNames } from '../../electron/core/contract/channel-names.js';
import { dispatch } from '../../electron/core/contract/dispatch.js';
import { builtInCatalogue } from '../../electron/core/calls/catalogue.js';
import { createCallWatcher, defaultWatcherSettings } from '../../electron/core/calls/call-watcher.js';
import { systemClock } from '../../electron/core/calls/clock.js';
import { compileMatcher } from '../../electron/core/calls/match.js';
import { currentPlatform } from '../../electron/core/platform/select-platform.js';
import { runCommand } from '../../electron/core/ports/command-runner.js';
import { standinCore } from './standin-core.js';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const REQUESTS: Partial<Record<(typeof channelNames)[number], unknown>> = {
  'app:setLocale': { locale: 'cy' },
  'notice:respond': { response: 'continue' },
  'link:open': { url: 'https://example.org/privacy' },
  'settings:set': { key: 'snoozeMinutes', value: 20 },
  'kept:clearItem': { id: 'language' },
};

/** Returns one line per channel: its name and whether it answered (ok or a typed refusal). */
export async function exerciseCore(): Promise<string[]> {
  const core = await standinCore({
    policy: { cleanupMode: 'clear-on-confirm' },
    run: runCommand,
    prepareHome: async (home) => {
      await mkdir(join(home, '.zoom/logs'), { recursive: true });
      await writeFile(join(home, '.zoom/logs/zoom_stdout.log'), 'login user: jane.doe@example.org from 192.0.2.44\n');
    },
  });
  const lines: string[] = [];
  try {
    for (const channel of channelNames) {
      const result = await dispatch(core.handlers, channel, REQUESTS[channel] ?? {}, { windowId: 'status' });
      lines.push(`${channel} ${result.ok ? 'ok' : result.error.code}`);
    }
    // The real watcher over this machine's real probes (/proc, pactl, pw-dump when present) for a few polls.
    const platform = currentPlatform();
    const catalogue = builtInCatalogue();
    const watcher = createCallWatcher(
      { processes: platform.processes, media: platform.media, matcher: compileMatcher(catalogue, platform.os), catalogue, home: core.home, clock: systemClock },
      defaultWatcherSettings,
    );
    for (let i = 0; i < 3; i++) await watcher.pollOnce();
    lines.push(`watcher ${watcher.state().phase}`);
  } finally {
    await core.dispose();
  }
  return lines;
}
