import type { CallEffect } from './core/calls/call-events.js';
import type { CallState } from './core/calls/call-state.js';
import { plainSettings } from './core/app/watcher-config.js';
import { planEffect, reminderStillDue } from './core/app/effect-plan.js';
import type { Locale } from './core/contract/views.js';
import { notificationFor, notManagedNotification } from './core/contract/services/notification-text.js';
import type { DeviceStatus } from './core/device/types.js';
import type { ResolvedSettings } from './core/policy/resolve.js';
import type { NotificationRequest, Scheduler } from './notifications.js';
import type { WindowManager } from './windows.js';

export interface EffectDeps {
  windows: WindowManager;
  notifier: { show(request: NotificationRequest): void };
  settings: () => ResolvedSettings;
  locale: () => Locale;
  renderTray: () => void;
  /** The call state now, so a delayed or snoozed reminder is dropped once it no longer applies. */
  callState: () => Pick<CallState, 'phase' | 'callId'>;
  schedule: Scheduler;
}

/**
 * Carries out the call state machine's effects as the core's plan says. A window that may appear mid-call is shown
 * without focus, so it never takes the keyboard from the meeting; everything else is a native notification the OS
 * may hold back under Focus.
 */
export function createEffects(deps: EffectDeps) {
  let warnedNotManaged = false;
  return {
    carryOut(effect: CallEffect): void {
      const plan = planEffect(effect, plainSettings(deps.settings()));
      if (plan.kind === 'tray') return deps.renderTray();
      if (plan.kind === 'skip') return;
      const stillDue = () => effect.type !== 'remind-cleanup' || reminderStillDue(effect, deps.callState());
      const show = () => {
        if (!stillDue()) return;
        const text = notificationFor(effect, deps.locale(), plan.snoozeMinutes);
        if (!text) return;
        deps.notifier.show({
          title: text.title,
          body: text.body,
          onClick: () => deps.windows.open(plan.screen),
          ...(text.snooze ? { snoozeMinutes: text.snooze.minutes, snoozeLabel: text.snooze.label, onSnooze: show } : {}),
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
