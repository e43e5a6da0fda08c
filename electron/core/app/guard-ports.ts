import type { Clock } from '../calls/clock.js';
import type { ScanPool, ScanWorkers } from '../cleanup/scan-pool.js';
import type { NoticeWorker } from '../notice/load-off-thread.js';
import type { LocaleStore } from '../contract/services/app-service.js';
import type { PrecallResponse, Screen } from '../contract/views.js';
import type { TrayView } from '../menu/tray-state.js';
import type { Platform } from '../platform/platform.js';
import type { Watcher } from '../policy/policy-service.js';
import type { UserPreferencesStore } from '../policy/preferences.js';

/** A native notification. The shell draws it; when and whether it comes back after a snooze is the core's. */
export interface NotificationRequest {
  title: string;
  body: string;
  onClick?: () => void;
  /** "Remind me in N minutes", as a button where the OS draws notification buttons. */
  snooze?: { label: string; minutes: number; onSnooze: () => void };
}

export interface WindowsPort {
  /** `focus: false` while a call may be running: the window appears behind the meeting, never taking the keyboard. */
  open(screen: Screen, options?: { focus: boolean }): void;
  close(screen: Screen): void;
  savePdf(windowId: string, suggestedName: string): Promise<{ saved: boolean; path?: string }>;
}

/** What the running app needs from its host (Electron in the app; recording stand-ins in tests). */
export interface GuardPorts {
  platform: Platform;
  preferences: UserPreferencesStore;
  localeStore: LocaleStore;
  systemLocale: string;
  clock: Clock;
  /** The process's arguments: a start from a login entry (`--autostart`) is told apart from the person's own. */
  argv: readonly string[];
  windows: WindowsPort;
  notifier: { show(request: NotificationRequest): void };
  tray: { render(view: TrayView): void };
  /** Receives URLs the core has checked against the notice and policy; the shell checks again at the OS boundary. */
  openExternal(url: string): Promise<void>;
  app: {
    quit(): void;
    /** The login item on Windows and macOS; the shell leaves it alone where it must not (unpackaged, test builds). */
    setLoginItem(item: { openAtLogin: boolean; args: string[] }): void;
  };
  /** The cleanup scan's thread bundle; without it scans run on the calling thread. */
  scanWorkers?: ScanWorkers;
  /** A scan pool of the caller's own instead (renderer tests pass one that holds each file until told). */
  scanPool?: ScanPool;
  /** The notice thread's bundle; without it notices are parsed on the main thread. */
  noticeWorker?: NoticeWorker;
  /** Folder watching for policy (tests pass one that never fires). */
  policyWatch?: Watcher;
  /** Told of each pre-call answer after the core has recorded it (tests keep a log). */
  onNoticeResponse?: (response: PrecallResponse) => void;
}
