import { decideCleanup } from '../cleanup/cleanup-policy.js';
import { quarantineFolder, redirectedFolders } from '../cleanup/paths.js';
import type { ScanPool, ScanWorkers } from '../cleanup/scan-pool.js';
import type { ProcessLister } from '../cleanup/processes.js';
import { appPaths } from '../platform/app-paths.js';
import type { Platform } from '../platform/platform.js';
import type { PolicyService } from '../policy/policy-service.js';
import type { UserPreferencesStore } from '../policy/preferences.js';
import type { Resolution } from '../policy/resolve.js';
import { stateRecorder, type StateRecorder } from '../state/state-recorder.js';
import { createAppService, type LocaleStore } from './services/app-service.js';
import { createCleanupService, type CleanupActions } from './services/cleanup-service.js';
import { createKeptService } from './services/kept-service.js';
import { createNoticeService } from './services/notice-service.js';
import type { NoticeWorker } from '../notice/load-off-thread.js';
import { createSettingsService } from './services/settings-service.js';
import { createStatusService } from './services/status-service.js';
import type { CoreServices, ShellPort } from './services.js';
import { createPushHub } from './push.js';
import type { PrecallResponse } from './views.js';

export interface CoreServicesDeps {
  platform: Platform;
  policy: Pick<PolicyService, 'current' | 'refresh' | 'setPreference'>;
  preferences: UserPreferencesStore;
  localeStore: LocaleStore;
  systemLocale: string;
  shell: ShellPort;
  processes: ProcessLister;
  cleanupActions: CleanupActions;
  onNoticeResponse: (response: PrecallResponse) => void;
  /** The state file (acknowledgements, last cleanup); by default the one in the platform user's app folder. */
  state?: StateRecorder;
  /** The cleanup scan's thread bundle; without it scans run on the calling thread. */
  scanWorkers?: ScanWorkers;
  /** A scan pool of the caller's own, used instead of one built from scanWorkers. */
  scanPool?: ScanPool;
  /** The notice thread's bundle; without it notices are parsed on the calling thread. */
  noticeWorker?: NoticeWorker;
  /** The clock for "last checked" and undo dates; the real one by default. */
  now?: () => Date;
}

/**
 * The real core behind every IPC channel, wired from ports. The Electron main process and the Chromium test harness
 * both build their services here; they differ only in the ports they pass (electron-store vs a temp file, Electron's
 * dialogs vs Playwright's page).
 */
export function createCoreServices(deps: CoreServicesDeps): CoreServices {
  const { platform } = deps;
  const settings = async (): Promise<Resolution> => deps.policy.current() ?? deps.policy.refresh();
  const app = createAppService({ os: platform.os, systemLocale: deps.systemLocale, store: deps.localeStore, settings });
  const locale = app.locale;
  const paths = appPaths(platform.os, platform.host.home, platform.host.env);
  const state = deps.state ?? stateRecorder(paths.stateFile, () => new Date());
  return {
    app,
    device: platform.device,
    status: createStatusService({ device: platform.device, settings, locale, now: deps.now, noticeWorker: deps.noticeWorker, callSignals: () => platform.media.status?.() ?? [] }),
    notice: createNoticeService({
      settings,
      locale,
      noticeWorker: deps.noticeWorker,
      onResponse: async (response) => {
        // Only when and that it was confirmed: which items were ticked is not kept.
        if (response.response === 'confirmed') await state.noticeAcknowledged();
        deps.onNoticeResponse(response);
      },
    }),
    settings: createSettingsService({ settings, locale, setPreference: (key, value) => deps.policy.setPreference(key, value) }),
    cleanup: createCleanupService({
      os: platform.os,
      home: platform.host.home,
      folders: redirectedFolders(platform.os, platform.host.env),
      policy: async () => decideCleanup((await settings()).settings).policy,
      processes: deps.processes,
      actions: deps.cleanupActions,
      scanWorkers: deps.scanWorkers,
      ...(deps.scanPool ? { pool: deps.scanPool } : {}),
      locale,
    }),
    kept: createKeptService({
      preferences: deps.preferences,
      localeStore: deps.localeStore,
      quarantine: quarantineFolder(platform.os, platform.host.home, platform.host.env),
      home: platform.host.home,
      state,
      statusFile: paths.statusFile,
      locale,
    }),
    shell: deps.shell,
    push: createPushHub(),
  };
}
