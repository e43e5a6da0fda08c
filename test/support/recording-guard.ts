import { join } from 'node:path';
import type { NotificationRequest } from '../../electron/core/app/guard-ports.js';
import { createGuard, type Guard } from '../../electron/core/app/guard.js';
import type { Clock } from '../../electron/core/calls/clock.js';
import { memoryLocaleStore } from '../../electron/core/contract/services/app-service.js';
import type { Locale, PrecallResponse, Screen } from '../../electron/core/contract/views.js';
import type { TrayView } from '../../electron/core/menu/tray-state.js';
import type { Platform } from '../../electron/core/platform/platform.js';
import type { ScanPool } from '../../electron/core/cleanup/scan-pool.js';
import { jsonFilePreferences } from '../../electron/core/policy/preferences.js';

/** What the shell would have done, recorded so a test can check it. */
export interface ShellLog {
  opened: string[];
  pdfRequests: { windowId: string; name: string }[];
  responses: PrecallResponse[];
  windows: { screen: Screen; focus: boolean }[];
  closed: Screen[];
  notifications: NotificationRequest[];
  trays: TrayView[];
  quits: number;
}

/** A clock fixed at one instant for dates (quarantine batches, the state file), with real timers. */
export function fixedClock(iso = '2026-01-15T10:00:00Z'): Clock {
  const at = Date.parse(iso);
  return { now: () => at, setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout) };
}

/**
 * The app's own composition root (createGuard) with ports that record instead of drawing: what the renderer harness
 * and the stand-in core bind the screens and tests to, so they wire the core exactly as the Electron shell does.
 */
export async function recordingGuard(options: {
  platform: Platform;
  locale?: Locale;
  clock?: Clock;
  argv?: readonly string[];
  savePdf?: (windowId: string, name: string) => Promise<{ saved: boolean; path?: string }>;
  scanPool?: ScanPool;
}): Promise<{ guard: Guard; log: ShellLog; preferencesFile: string }> {
  const log: ShellLog = { opened: [], pdfRequests: [], responses: [], windows: [], closed: [], notifications: [], trays: [], quits: 0 };
  const preferencesFile = join(options.platform.host.home, '.config/Meeting Guard/preferences.json');
  const guard = await createGuard({
    platform: options.platform,
    preferences: jsonFilePreferences(preferencesFile),
    localeStore: memoryLocaleStore(options.locale),
    systemLocale: 'en_GB.UTF-8',
    clock: options.clock ?? fixedClock(),
    argv: options.argv ?? [],
    windows: {
      open: (screen, open = { focus: true }) => void log.windows.push({ screen, focus: open.focus }),
      close: (screen) => void log.closed.push(screen),
      savePdf: async (windowId, name) => {
        log.pdfRequests.push({ windowId, name });
        return options.savePdf ? options.savePdf(windowId, name) : { saved: false };
      },
    },
    notifier: { show: (request) => void log.notifications.push(request) },
    tray: { render: (view) => void log.trays.push(view) },
    openExternal: async (url) => void log.opened.push(url),
    app: { quit: () => void log.quits++, setLoginItem: () => undefined },
    policyWatch: () => ({ close() {} }),
    onNoticeResponse: (response) => void log.responses.push(response),
    ...(options.scanPool ? { scanPool: options.scanPool } : {}),
  });
  return { guard, log, preferencesFile };
}
