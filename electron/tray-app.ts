import { app, session } from 'electron';
import { openExternalChecked } from './external.js';
import { serveRenderer } from './app-protocol.js';
import { createEffects } from './effects.js';
import { registerIpc } from './ipc.js';
import { createNotifier } from './notifications.js';
import { hardenSession } from './security.js';
import { electronLocaleStore, electronPreferences } from './store.js';
import { createTray } from './tray.js';
import { trayState } from './tray-icons.js';
import { createWindowManager } from './windows.js';
import { loginItemSettings, startDecision } from './core/app/autostart.js';
import { catalogueFollower, plainSettings, watcherSettingsFromPolicy } from './core/app/watcher-config.js';
import { createCallWatcher } from './core/calls/call-watcher.js';
import { systemClock } from './core/calls/clock.js';
import { compileMatcher } from './core/calls/match.js';
import { quarantineFolder, redirectedFolders } from './core/cleanup/paths.js';
import { processListerFrom } from './core/cleanup/processes.js';
import { Quarantine } from './core/cleanup/quarantine.js';
import { createCoreServices } from './core/contract/core-services.js';
import { createHandlers } from './core/contract/handlers.js';
import { quarantineCleanupActions } from './core/contract/services/quarantine-actions.js';
import type { DeviceStatus } from './core/device/types.js';
import { trayModel, type MenuAction, type TrayInput } from './core/menu/tray-menu.js';
import { appPaths as dataPaths } from './core/platform/app-paths.js';
import { currentPlatform, defaultHost, osFromNodePlatform, selectPlatform } from './core/platform/select-platform.js';
import { PolicyService } from './core/policy/policy-service.js';
import { appStatusSource } from './core/report/app-status.js';
import { createStatusKeeper } from './core/report/status-keeper.js';
import { stateRecorder } from './core/state/state-recorder.js';

/** What the end-to-end test build swaps in: a temporary machine and profile, and a handle to drive the tray. */
export interface TestHooks {
  root: string;
  home: string;
  userData: string;
}

const DEVICE_RECHECK_MS = 30 * 60_000;

export interface AppPaths {
  preload: string;
  rendererRoot: string;
  iconsDir: string;
}

/** Wires the core to Electron once the app is ready. Every decision is the core's; this only connects ports. */
export async function startTrayApp(paths: AppPaths, testHooks?: TestHooks): Promise<void> {
  hardenSession(session.defaultSession);
  serveRenderer(paths.rendererRoot);
  const platform = testHooks ? selectPlatform(osFromNodePlatform(process.platform), { ...defaultHost(), root: testHooks.root, home: testHooks.home }) : currentPlatform();
  const preferences = electronPreferences();
  const localeStore = electronLocaleStore();
  const policy = new PolicyService({ source: platform.policy, preferences });
  let settings = (await policy.start()).settings;
  // A login entry the installer owns cannot be removed from here: a start from one ends at once when IT or the
  // person turned starting at login off.
  if (startDecision(process.argv, settings.startAtLogin.value) === 'quit') {
    policy.stop();
    app.quit();
    return;
  }
  const applyLoginItem = () => {
    const item = loginItemSettings(platform.os, settings.startAtLogin.value);
    if (item && app.isPackaged && !testHooks) app.setLoginItemSettings(item);
  };
  applyLoginItem();
  const files = dataPaths(platform.os, platform.host.home, platform.host.env);
  const windows = createWindowManager(paths.preload, (screen) => `Meeting Guard · ${screen}`);
  const listProcesses = processListerFrom(platform.processes);
  const quarantine = new Quarantine({
    root: quarantineFolder(platform.os, platform.host.home, platform.host.env),
    home: platform.host.home,
    now: () => new Date(),
    retentionDays: settings.quarantineDays.value as number,
  });
  const catalogues = catalogueFollower(plainSettings(settings));
  const chosen = catalogues.current();
  const watcher = createCallWatcher(
    {
      processes: platform.processes,
      media: platform.media,
      matcher: compileMatcher(chosen.catalogue, platform.os),
      catalogue: chosen.catalogue,
      home: platform.host.home,
      clock: systemClock,
      onEffect: (effect) => {
        effects.carryOut(effect);
        // Emitted whenever the phase or the running recorders change: both are in the fleet status.
        if (effect.type === 'update-tray') statusKeeper.changed();
      },
    },
    watcherSettingsFromPolicy(plainSettings(settings)),
  );
  let device: DeviceStatus | undefined;
  const statusKeeper = createStatusKeeper({
    file: files.statusFile,
    clock: systemClock,
    snapshot: appStatusSource({
      os: platform.os,
      stateFile: files.stateFile,
      now: () => new Date(),
      device: () => device,
      resolution: () => ({ settings, problems: policy.current()?.problems ?? [] }),
      call: () => watcher.state(),
      problems: () => [catalogues.current().problem ?? []].flat(),
    }),
  });
  const state = stateRecorder(files.stateFile, () => new Date(), () => statusKeeper.changed());
  const services = createCoreServices({
    platform,
    policy,
    preferences,
    localeStore,
    systemLocale: app.getLocale(),
    processes: listProcesses,
    // Links reach this port already checked against the notice and policy; the gate runs again at the OS boundary.
    shell: { openExternal: (url) => openExternalChecked(url, [url]), savePdf: (id, name) => windows.savePdf(id, name) },
    cleanupActions: quarantineCleanupActions({ os: platform.os, home: platform.host.home, folders: redirectedFolders(platform.os, platform.host.env), quarantine, listProcesses, state }),
    state,
    // Bundled beside main.cjs (scripts/build.mjs): a scan of a big cache then uses every core, off the main thread.
    scanWorkers: { script: new URL('./scan-worker.cjs', import.meta.url) },
    // Answered: the pre-call window has done its job and goes, so it is not left behind the meeting.
    onNoticeResponse: () => setTimeout(() => windows.close('precall'), 1_500),
  });
  registerIpc(createHandlers(services), (event) => windows.identify(event));

  let locale = (await services.app.info()).locale;
  const trayInput = (): TrayInput => {
    const call = watcher.state();
    return {
      device: device ? { verdict: device.verdict, ...(device.organisation ? { organisation: device.organisation } : {}) } : { verdict: 'checking' },
      call: { phase: call.phase, clients: call.clients, noticeShown: call.noticeShown },
      recorders: Object.values(call.recorders).map((r) => r.name),
      noticeAvailable: Object.keys(settings.noticeFiles.value).length + Object.keys(settings.noticeText.value).length > 0,
      ...(settings.helpLink.value ? { helpLink: settings.helpLink.value as string } : {}),
      hideQuit: settings.hideQuit.value as boolean,
      language: locale,
    };
  };
  const trayView = () => {
    const input = trayInput();
    const model = trayModel(input);
    return { state: trayState(input, model), model };
  };
  const onSelect = (action: MenuAction) => {
    const at = systemClock.now();
    const open = { 'show-notice': 'notice', cleanup: 'cleanup', settings: 'settings', 'what-we-keep': 'kept', about: 'status' } as const;
    if (action in open) windows.open(open[action as keyof typeof open]);
    else if (action === 'start-call') watcher.dispatch({ type: 'user-start', at });
    else if (action === 'end-call') watcher.dispatch({ type: 'user-end', at });
    else if (action === 'help' && settings.helpLink.value) void openExternalChecked(settings.helpLink.value as string, [settings.helpLink.value as string]);
    else if (action === 'quit') app.quit();
    tray.render(trayView());
  };
  const tray = createTray(paths.iconsDir, trayView(), onSelect);
  const notifier = createNotifier((ms, run) => void setTimeout(run, ms));
  const effects = createEffects({
    windows,
    notifier,
    settings: () => settings,
    locale: () => locale,
    renderTray: () => tray.render(trayView()),
    callState: () => watcher.state(),
    schedule: (ms, run) => void setTimeout(run, ms),
  });

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
    tray.render(trayView());
  });
  // Management can change (enrolment, leaving the domain): re-checked on a setTimeout chain that never overlaps.
  const checkDevice = async (): Promise<void> => {
    device = await platform.device.check().catch(() => device);
    locale = (await services.app.info()).locale;
    if (device) effects.deviceChecked(device);
    statusKeeper.changed();
    tray.render(trayView());
    setTimeout(() => void checkDevice(), DEVICE_RECHECK_MS);
  };
  void checkDevice();
  // Quarantined meeting data past IT's retention period is removed for good at each start.
  void quarantine.purgeExpired().catch(() => undefined);
  watcher.start();
  statusKeeper.start();
  app.on('second-instance', () => windows.open('status'));
  // The native tray menu cannot be clicked by a test driver; the test build gets the same entry points instead.
  if (testHooks) Object.assign(globalThis, { meetingGuardTest: { select: onSelect, tray: trayView, dispatch: watcher.dispatch, now: systemClock.now } });
  app.on('before-quit', () => {
    policy.stop();
    void watcher.stop();
    void statusKeeper.stop();
    tray.destroy();
  });
}
