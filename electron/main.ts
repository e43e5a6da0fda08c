import { app } from 'electron';
import { join } from 'node:path';
import { registerAppScheme } from './app-protocol.js';
import { cliArgsFrom } from './cli-mode.js';
import { hardenApp } from './security.js';
import { startTrayApp, type TestHooks } from './tray-app.js';
import { commands } from './core/cli/commands.js';
import { processIo } from './core/cli/io.js';
import { runCli } from './core/cli/run-cli.js';
import { currentPlatform } from './core/platform/select-platform.js';

/**
 * Set only in the end-to-end test build, by esbuild's `define` (test/e2e/build-test-app.ts). A production bundle has
 * no way to set it: no environment variable or flag can point the app at other policy or another profile.
 */
declare const __MEETING_GUARD_TEST_HOOKS__: TestHooks | undefined;
const testHooks = typeof __MEETING_GUARD_TEST_HOOKS__ === 'undefined' ? undefined : __MEETING_GUARD_TEST_HOOKS__;

// The entry point of the Electron main process (bundled to dist/main.cjs, so __dirname is dist/).
const cliArgs = cliArgsFrom(process.argv, app.isPackaged, commands.map((c) => c.name));

if (cliArgs) {
  // The packaged app answers IT's commands itself, without a window or a tray icon.
  void runCli(cliArgs, { io: processIo(), platform: async () => currentPlatform() }).then(
    (code) => app.exit(code),
    () => app.exit(4),
  );
} else if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  hardenApp(app);
  app.dock?.hide();
  // A tray app: closing its last window must not quit it.
  app.on('window-all-closed', () => undefined);
  // The login item follows policy's startAtLogin, so it is set once settings are read (tray-app.ts).
  if (testHooks) app.setPath('userData', testHooks.userData);
  void app.whenReady().then(() =>
    startTrayApp(
      {
        preload: join(__dirname, 'preload.cjs'),
        rendererRoot: join(__dirname, 'renderer'),
        // Copied there by scripts/build.mjs: only dist/ is packaged.
        iconsDir: join(__dirname, 'icons'),
      },
      testHooks,
    ),
  );
}
