import type { CallEvent } from '../calls/call-events.js';
import type { CallState } from '../calls/call-state.js';
import { createCallWatcher } from '../calls/call-watcher.js';
import { compileMatcher } from '../calls/match.js';
import { quarantineFolder, redirectedFolders } from '../cleanup/paths.js';
import { processListerFrom } from '../cleanup/processes.js';
import { Quarantine } from '../cleanup/quarantine.js';
import { createCoreServices } from '../contract/core-services.js';
import { createHandlers, type Handlers } from '../contract/handlers.js';
import type { PushHub } from '../contract/push.js';
import { quarantineCleanupActions } from '../contract/services/quarantine-actions.js';
import type { Locale } from '../contract/views.js';
import type { MenuAction } from '../menu/tray-menu.js';
import type { TrayView } from '../menu/tray-state.js';
import { appPaths } from '../platform/app-paths.js';
import { PolicyService } from '../policy/policy-service.js';
import { appStatusSource } from '../report/app-status.js';
import { createStatusKeeper } from '../report/status-keeper.js';
import { stateRecorder } from '../state/state-recorder.js';
import { loginItemSettings, startDecision } from './autostart.js';
import { startDeviceChecks } from './device-checks.js';
import { createEffects } from './guard-effects.js';
import type { GuardPorts } from './guard-ports.js';
import { routeMenuAction, trayView } from './tray-view.js';
import { catalogueFollower, plainSettings, watcherSettingsFromPolicy } from './watcher-config.js';

export type { GuardPorts } from './guard-ports.js';

export interface Guard {
  /** Every IPC channel's handler, for the shell's IPC wrapper (and the test harnesses' stand-ins for it). */
  handlers: Handlers;
  /** The push channel to the open windows: the shell attaches its sender and reports windows opening and closing. */
  push: PushHub;
  policy: PolicyService;
  /** Starts the loops; 'quit' when this was a login start the settings say should not happen (nothing started). */
  start(): Promise<'running' | 'quit'>;
  stop(): Promise<void>;
  trayView(): TrayView;
  /** A tray menu item was chosen. */
  select(action: MenuAction): void;
  dispatch(event: CallEvent): void;
  callState(): CallState;
  /** A second launch: show the person the running app instead. */
  secondInstance(): void;
}

/**
 * The running app, wired once from ports: policy, the call watcher, the fleet status keeper, the services behind the
 * IPC channels, and what their effects do. The Electron shell, the shell smoke test and the renderer test harness all
 * build it here, so they cannot drift apart; they differ only in the ports they pass.
 */
export async function createGuard(ports: GuardPorts): Promise<Guard> {
  const { platform, clock, windows } = ports;
  const policy = new PolicyService({ source: platform.policy, preferences: ports.preferences, timers: clock, ...(ports.policyWatch ? { watch: ports.policyWatch } : {}) });
  let settings = (await policy.refresh()).settings;
  const now = () => new Date(clock.now());
  const files = appPaths(platform.os, platform.host.home, platform.host.env);
  const listProcesses = processListerFrom(platform.processes);
  const quarantine = new Quarantine({ root: quarantineFolder(platform.os, platform.host.home, platform.host.env), home: platform.host.home, now, retentionDays: settings.quarantineDays.value as number });
  const catalogues = catalogueFollower(plainSettings(settings));
  const watcher = createCallWatcher(
    {
      processes: platform.processes,
      media: platform.media,
      matcher: compileMatcher(catalogues.current().catalogue, platform.os),
      catalogue: catalogues.current().catalogue,
      home: platform.host.home,
      clock,
      onEffect: (effect) => {
        effects.carryOut(effect);
        // Emitted whenever the phase or the running recorders change: both are in the fleet status.
        if (effect.type === 'update-tray') statusKeeper.changed();
      },
    },
    watcherSettingsFromPolicy(plainSettings(settings)),
  );
  const statusKeeper = createStatusKeeper({
    file: files.statusFile,
    clock,
    snapshot: appStatusSource({
      os: platform.os,
      stateFile: files.stateFile,
      now,
      device: () => devices.current(),
      resolution: () => ({ settings, problems: policy.current()?.problems ?? [] }),
      call: () => watcher.state(),
      problems: () => [catalogues.current().problem ?? []].flat(),
      callSignals: () => platform.media.status?.() ?? [],
    }),
  });
  const state = stateRecorder(files.stateFile, now, () => statusKeeper.changed());
  const services = createCoreServices({
    platform,
    policy,
    preferences: ports.preferences,
    localeStore: ports.localeStore,
    systemLocale: ports.systemLocale,
    processes: listProcesses,
    shell: { openExternal: (url) => ports.openExternal(url), savePdf: (id, name) => windows.savePdf(id, name) },
    cleanupActions: quarantineCleanupActions({ os: platform.os, home: platform.host.home, folders: redirectedFolders(platform.os, platform.host.env), quarantine, listProcesses, state }),
    state,
    now,
    ...(ports.scanWorkers ? { scanWorkers: ports.scanWorkers } : {}),
    ...(ports.scanPool ? { scanPool: ports.scanPool } : {}),
    ...(ports.noticeWorker ? { noticeWorker: ports.noticeWorker } : {}),
    onNoticeResponse: (response) => {
      // Answered: the pre-call window has done its job and goes, so it is not left behind the meeting.
      clock.setTimeout(() => windows.close('precall'), 1_500);
      ports.onNoticeResponse?.(response);
    },
  });

  let locale: Locale = (await services.app.info()).locale;
  const view = () => trayView({ device: devices.current(), call: watcher.state(), settings, language: locale, callSignals: platform.media.status?.() ?? [] });
  // Whatever the tray shows (device, call, recorders, policy) the status window shows too: it follows every change.
  const renderTray = () => {
    ports.tray.render(view());
    services.push.publish({ type: 'status:changed' });
  };
  const effects = createEffects({
    windows,
    notifier: ports.notifier,
    settings: () => settings,
    locale: () => locale,
    renderTray,
    callState: () => watcher.state(),
    schedule: (ms, run) => void clock.setTimeout(run, ms),
  });
  const devices = startDeviceChecks({
    device: platform.device,
    clock,
    onChecked: async (device) => {
      locale = (await services.app.info()).locale;
      if (device) effects.deviceChecked(device);
      statusKeeper.changed();
      renderTray();
    },
  });
  const applyLoginItem = () => {
    const item = loginItemSettings(platform.os, settings.startAtLogin.value as boolean);
    if (item) ports.app.setLoginItem(item);
  };

  policy.onChange((resolution) => {
    const before = settings;
    settings = resolution.settings;
    const values = plainSettings(settings);
    // Only a change to the catalogue lists rebuilds the matcher; the call in progress carries on either way.
    if (catalogues.update(values)) {
      const { catalogue } = catalogues.current();
      watcher.setCatalogue(catalogue, compileMatcher(catalogue, platform.os));
    }
    watcher.setSettings(watcherSettingsFromPolicy(values));
    if (before.startAtLogin.value !== settings.startAtLogin.value) applyLoginItem();
    statusKeeper.changed();
    renderTray();
    services.push.publish({ type: 'settings:changed' });
    services.push.publish({ type: 'notice:changed' });
  });

  const select = (action: MenuAction) => {
    const route = routeMenuAction(action, settings);
    if (route.kind === 'open') windows.open(route.screen);
    else if (route.kind === 'call') watcher.dispatch({ type: route.event, at: clock.now() });
    else if (route.kind === 'link') void ports.openExternal(route.url).catch(() => undefined);
    else if (route.kind === 'quit') ports.app.quit();
    renderTray();
  };

  return {
    handlers: createHandlers(services),
    push: services.push,
    policy,
    async start() {
      settings = (await policy.start()).settings;
      // A login entry the installer owns cannot be removed from here: a start from one ends at once when IT or the
      // person turned starting at login off.
      if (startDecision(ports.argv, settings.startAtLogin.value as boolean) === 'quit') {
        policy.stop();
        ports.app.quit();
        return 'quit';
      }
      applyLoginItem();
      renderTray();
      devices.start();
      // Quarantined meeting data past IT's retention period is removed for good at each start.
      void quarantine.purgeExpired().catch(() => undefined);
      watcher.start();
      statusKeeper.start();
      // One look through the call probes at once (the watcher asks them only while a meeting app runs), so the
      // tray, the status window and the status file say from the start which call signals this laptop has.
      void platform.media
        .check({ pids: [], clients: new Set() })
        .then(() => {
          renderTray();
          statusKeeper.changed();
        })
        .catch(() => undefined);
      return 'running';
    },
    async stop() {
      policy.stop();
      devices.stop();
      await Promise.all([watcher.stop(), statusKeeper.stop()]);
    },
    trayView: view,
    select,
    dispatch: (event) => watcher.dispatch(event),
    callState: () => watcher.state(),
    secondInstance: () => windows.open('status'),
  };
}
