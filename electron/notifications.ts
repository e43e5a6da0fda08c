import { Notification } from 'electron';
import type { NotificationRequest } from './core/app/guard-ports.js';

/**
 * Native notifications only: the OS queues them under Do Not Disturb / Focus / Focus Assist and never lets them cover
 * a meeting, which no window of ours could promise. Urgency stays "normal" because "critical" bypasses Do Not
 * Disturb on Linux.
 */
export function createNotifier() {
  const show = (request: NotificationRequest): void => {
    if (!Notification.isSupported()) return;
    const notification = new Notification({
      title: request.title,
      body: request.body,
      silent: false,
      urgency: 'normal',
      timeoutType: 'default',
      // Buttons are drawn on macOS; elsewhere the click opens the screen, which offers the same snooze.
      actions: request.snooze ? [{ type: 'button', text: request.snooze.label }] : [],
    });
    notification.on('click', () => request.onClick?.());
    // When the reminder comes back, and whether it still applies then, is the core's to decide.
    notification.on('action', () => request.snooze?.onSnooze());
    notification.show();
  };
  return { show };
}
