import type { CallEffect } from '../calls/call-events.js';
import type { CallState } from '../calls/call-state.js';
import type { Locale } from '../contract/views.js';
import { notificationFor, notManagedNotification } from '../contract/services/notification-text.js';
import type { DeviceStatus } from '../device/types.js';
import type { ResolvedSettings } from '../policy/resolve.js';
import { planEffect, reminderStillDue } from './effect-plan.js';
import { decideCleanup } from '../cleanup/cleanup-policy.js';
import type { GuardPorts } from './guard-ports.js';
import { plainSettings } from './watcher-config.js';

export interface EffectDeps {
  windows: GuardPorts['windows'];
  notifier: GuardPorts['notifier'];
  settings: () => ResolvedSettings;
  locale: () => Locale;
  renderTray: () => void;
  /** The call state now, so a delayed or snoozed reminder is dropped once it no longer applies. */
  callState: () => Pick<CallState, 'phase' | 'callId'>;
  schedule: (ms: number, run: () => void) => void;
}

/**
 * Carries out the call state machine's effects as the plan says. A window that may appear mid-call is shown without
 * focus, so it never takes the keyboard from the meeting; everything else is a native notification the OS may hold
 * back under Focus. A snoozed reminder comes back after the snooze only while it still applies.
 */
export function createEffects(deps: EffectDeps) {
  let warnedNotManaged = false;
  return {
    carryOut(effect: CallEffect): void {
      const resolved = deps.settings();
      // The reminder obeys the one cleanup decision, as the screens, the tray and the CLI do.
      const plan = planEffect(effect, { ...plainSettings(resolved), cleanupMode: decideCleanup(resolved).policy.mode });
      if (plan.kind === 'tray') return deps.renderTray();
      if (plan.kind === 'skip') return;
      const stillDue = () => effect.type !== 'remind-cleanup' || reminderStillDue(effect, deps.callState());
      const show = () => {
        if (!stillDue()) return;
        const text = notificationFor(effect, deps.locale(), plan.snoozeMinutes);
        if (!text) return;
        const snooze = text.snooze;
        deps.notifier.show({
          title: text.title,
          body: text.body,
          onClick: () => deps.windows.open(plan.screen),
          ...(snooze ? { snooze: { label: snooze.label, minutes: snooze.minutes, onSnooze: () => deps.schedule(snooze.minutes * 60_000, show) } } : {}),
        });
      };
      if (plan.openBehind) deps.windows.open(plan.screen, { focus: false });
      if (plan.delayMs > 0) deps.schedule(plan.delayMs, show);
      else show();
    },
    /** Said once per run: a laptop does not stop being unmanaged between checks, and nagging teaches people to ignore. */
    deviceChecked(status: DeviceStatus): void {
      if (warnedNotManaged) return;
      const text = notManagedNotification(status, deps.locale());
      if (!text) return;
      warnedNotManaged = true;
      deps.notifier.show({ title: text.title, body: text.body, onClick: () => deps.windows.open('status') });
    },
  };
}
