import type { DeviceManagementProbe } from '../device/types.js';
import type { PushHub } from './push.js';
import type {
  AppInfo,
  CleanupClearView,
  CleanupDecision,
  CleanupScanView,
  KeptId,
  KeptView,
  Locale,
  NoticeView,
  PrecallResponse,
  SettingView,
  StatusView,
} from './views.js';

/** Which window asked; the shell gives each of its windows an opaque id. */
export interface HandlerContext {
  windowId: string;
}

/** Effects only the shell can carry out (Electron APIs); the Chromium test harness gives its own. */
export interface ShellPort {
  /** Receives only URLs the core has already checked and re-serialised. */
  openExternal(url: string): Promise<void>;
  savePdf(windowId: string, suggestedName: string): Promise<{ saved: boolean; path?: string }>;
}

/**
 * The narrow slice of each core feature that the screens use. Each is implemented by the feature's own module (see
 * core-services.ts); handlers never reach past these.
 */
export interface CoreServices {
  app: { info(): Promise<AppInfo>; setLocale(locale: Locale): Promise<AppInfo> };
  device: DeviceManagementProbe;
  status: { get(): Promise<StatusView> };
  notice: { current(): Promise<NoticeView>; respond(response: PrecallResponse): Promise<void> };
  settings: { list(): Promise<SettingView[]>; set(key: string, value: boolean | number | string): Promise<SettingView[]> };
  cleanup: {
    scan(options?: { onProgress?: (progress: { files: number; bytes: number; client: string }) => void }): Promise<CleanupScanView>;
    /** Whether clearing is offered, and who decided (the one cleanup decision). */
    decision(): Promise<CleanupDecision>;
    /** Stops the scan that is running; false when none was. */
    cancel(): boolean;
    clear(ids: readonly string[]): Promise<CleanupClearView>;
    undo(batchId: string): Promise<{ restored: number; notRestored?: { label: string; reason: string }[] }>;
  };
  kept: {
    list(): Promise<KeptView>;
    /** Everything the app keeps. */
    clear(): Promise<KeptView>;
    /** One kept thing; the rest stay. */
    clearItem(id: KeptId): Promise<KeptView>;
  };
  shell: ShellPort;
  /** The push channel to the open windows (push.ts). */
  push: PushHub;
}
