import type { CallState } from '../calls/call-state.js';
import type { Screen } from '../contract/views.js';
import type { DeviceStatus } from '../device/types.js';
import { trayModel, type MenuAction, type TrayInput } from '../menu/tray-menu.js';
import { trayState, type TrayView } from '../menu/tray-state.js';
import type { ResolvedSettings } from '../policy/resolve.js';
import { decideCleanup } from '../cleanup/cleanup-policy.js';
import { NOT_READ_YET, type SignalStatus } from '../calls/signals/signal-status.js';

/** What the tray is drawn from: the app's state as it is now. */
export interface TrayFacts {
  device: DeviceStatus | undefined;
  call: Pick<CallState, 'phase' | 'clients' | 'noticeShown' | 'recorders'>;
  settings: ResolvedSettings;
  language: string;
  /** Which call signals the probes can read. */
  callSignals?: readonly SignalStatus[];
}

export function trayInput({ device, call, settings, language, callSignals = [] }: TrayFacts): TrayInput {
  const unseen = callSignals.flatMap((s) => ((s.signal === 'microphone' || s.signal === 'camera') && s.state === 'unavailable' && s.detail !== NOT_READ_YET ? [s.signal] : []));
  return {
    ...(unseen.length ? { unseen } : {}),
    device: device ? { verdict: device.verdict, ...(device.organisation ? { organisation: device.organisation } : {}) } : { verdict: 'checking' },
    call: { phase: call.phase, clients: call.clients, noticeShown: call.noticeShown },
    recorders: Object.values(call.recorders).map((r) => r.name),
    noticeAvailable: Object.keys(settings.noticeFiles.value).length + Object.keys(settings.noticeText.value).length > 0,
    ...(settings.helpLink.value ? { helpLink: settings.helpLink.value as string } : {}),
    hideQuit: settings.hideQuit.value as boolean,
    language,
    cleanupMode: decideCleanup(settings).policy.mode,
  };
}

export function trayView(facts: TrayFacts): TrayView {
  const input = trayInput(facts);
  const model = trayModel(input);
  return { state: trayState(input, model), model };
}

/** What a tray menu item does: open a screen, tell the call watcher, follow IT's help link, or quit. */
export type MenuRoute =
  | { kind: 'open'; screen: Screen }
  | { kind: 'call'; event: 'user-start' | 'user-end' }
  | { kind: 'link'; url: string }
  | { kind: 'quit' }
  | { kind: 'none' };

const SCREENS: Partial<Record<MenuAction, Screen>> = { 'show-notice': 'notice', cleanup: 'cleanup', settings: 'settings', 'what-we-keep': 'kept', about: 'status' };

export function routeMenuAction(action: MenuAction, settings: ResolvedSettings): MenuRoute {
  // A stale menu clicked after IT turned cleanup off opens nothing, as the item is no longer drawn.
  if (action === 'cleanup' && decideCleanup(settings).policy.mode === 'off') return { kind: 'none' };
  const screen = SCREENS[action];
  if (screen) return { kind: 'open', screen };
  if (action === 'start-call') return { kind: 'call', event: 'user-start' };
  if (action === 'end-call') return { kind: 'call', event: 'user-end' };
  // The item is only drawn with a link, but a stale menu clicked after policy dropped it must not open anything.
  if (action === 'help') return settings.helpLink.value ? { kind: 'link', url: settings.helpLink.value as string } : { kind: 'none' };
  if (action === 'quit') return { kind: 'quit' };
  return { kind: 'none' };
}
