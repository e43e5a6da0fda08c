import { app, session } from 'electron';
import { openExternalChecked } from './external.js';
import { serveRenderer } from './app-protocol.js';
import { registerIpc } from './ipc.js';
import { createNotifier } from './notifications.js';
import { hardenSession } from './security.js';
import { electronLocaleStore, electronPreferences } from './store.js';
import { createTray } from './tray.js';
import { createWindowManager } from './windows.js';
import { createGuard, type Guard } from './core/app/guard.js';
import { systemClock } from './core/calls/clock.js';
import { currentPlatform, defaultHost, osFromNodePlatform, selectPlatform } from './core/platform/select-platform.js';

/** What the end-to-end test build swaps in: a temporary machine and profile, and a handle to drive the tray. */
export interface TestHooks {
  root: string;
  home: string;
  userData: string;
}

export interface AppPaths {
  preload: string;
  rendererRoot: string;
  iconsDir: string;
}

/**
 * Adapts Electron to the core's ports once the app is ready; every decision (what the tray says, what a menu item
 * does, when a reminder comes back) is the core's, in createGuard.
 */
export async function startTrayApp(paths: AppPaths, testHooks?: TestHooks): Promise<void> {
  hardenSession(session.defaultSession);
  serveRenderer(paths.rendererRoot);
  const platform = testHooks ? selectPlatform(osFromNodePlatform(process.platform), { ...defaultHost(), root: testHooks.root, home: testHooks.home }) : currentPlatform();
  // The tray's clicks reach the guard built below; the icon itself appears at the guard's first render.
  const guard: { current?: Guard } = {};
  const windows = createWindowManager(paths.preload, (screen) => `Meeting Guard · ${screen}`, () => guard.current?.push);
  const tray = createTray(paths.iconsDir, (action) => guard.current?.select(action));
  const running = await createGuard({
    platform,
    preferences: electronPreferences(),
    localeStore: electronLocaleStore(),
    systemLocale: app.getLocale(),
    clock: systemClock,
    argv: process.argv,
    windows,
    notifier: createNotifier(),
    tray,
    // Links reach this port already checked against the notice and policy; the gate runs again at the OS boundary.
    openExternal: (url) => openExternalChecked(url, [url]),
    app: {
      quit: () => app.quit(),
      setLoginItem: (item) => {
        if (app.isPackaged && !testHooks) app.setLoginItemSettings(item);
      },
    },
    // Bundled beside main.cjs (scripts/build.mjs): a scan of a big cache then uses every core, off the main thread.
    scanWorkers: { script: new URL('./scan-worker.cjs', import.meta.url) },
    // Also beside main.cjs: notices (YAML + Markdown, up to 512 KiB) are parsed there, so the tray never waits on one.
    noticeWorker: { script: new URL('./notice-worker.cjs', import.meta.url) },
  });
  guard.current = running;
  running.push.attach((windowId, event) => windows.send(windowId, event));
  registerIpc(running.handlers, (event) => windows.identify(event));
  if ((await running.start()) === 'quit') return;
  app.on('second-instance', () => running.secondInstance());
  // The native tray menu cannot be clicked by a test driver; the test build gets the same entry points instead.
  if (testHooks) Object.assign(globalThis, { meetingGuardTest: { select: running.select, tray: running.trayView, dispatch: running.dispatch, now: systemClock.now } });
  app.on('before-quit', () => {
    void running.stop();
    tray.destroy();
  });
}
