import type { CallEffect } from './core/calls/call-events.js';
import type { Locale } from './core/contract/views.js';
import { notificationFor, notManagedNotification } from './core/contract/services/notification-text.js';
import type { DeviceStatus } from './core/device/types.js';
import type { ResolvedSettings } from './core/policy/resolve.js';
import type { NotificationRequest } from './notifications.js';
import type { WindowManager } from './windows.js';

export interface EffectDeps {
  windows: WindowManager;
  notifier: { show(request: NotificationRequest): void };
  settings: () => ResolvedSettings;
  locale: () => Locale;
  renderTray: () => void;
}

/**
 * Carries out the call state machine's effects. A window that may appear mid-call is shown without focus, so it never
 * takes the keyboard from the meeting; everything else is a native notification the OS may hold back under Focus.
 */
export function createEffects(deps: EffectDeps) {
  let warnedNotManaged = false;
  const notify = (text: ReturnType<typeof notificationFor>, onClick: () => void, allowSnooze = false) => {
    if (!text) return;
    const settings = deps.settings();
    const snooze = allowSnooze && settings.allowSnooze.value === true && text.snooze ? text.snooze : undefined;
    deps.notifier.show({
      title: text.title,
      body: text.body,
      onClick,
      ...(snooze ? { snoozeMinutes: snooze.minutes, snoozeLabel: snooze.label } : {}),
    });
  };
  return {
    carryOut(effect: CallEffect): void {
      const settings = deps.settings();
      const snoozeMinutes = settings.snoozeMinutes.value as number;
      const text = notificationFor(effect, deps.locale(), snoozeMinutes);
      switch (effect.type) {
        case 'show-notice':
          if (settings.showNoticeBeforeCalls.value !== true) return;
          deps.windows.open('precall', { focus: false });
          notify(text, () => deps.windows.open('precall'));
          return;
        case 'warn-recorder':
          notify(text, () => deps.windows.open('status'));
          return;
        case 'remind-cleanup':
          if (settings.cleanupMode.value === 'off') return;
          notify(text, () => deps.windows.open('cleanup'), true);
          return;
        case 'update-tray':
          deps.renderTray();
          return;
      }
    },
    /** Said once per run: a laptop does not stop being unmanaged between checks, and nagging teaches people to ignore. */
    deviceChecked(status: DeviceStatus): void {
      if (warnedNotManaged) return;
      const text = notManagedNotification(status, deps.locale());
      if (!text) return;
      warnedNotManaged = true;
      notify(text, () => deps.windows.open('status'));
    },
  };
}
