import { Notification } from 'electron';

export interface NotificationRequest {
  title: string;
  body: string;
  /** Offered as "Remind me in N minutes" where the OS shows notification buttons. */
  snoozeMinutes?: number;
  snoozeLabel?: string;
  onClick?: () => void;
  onSnooze?: () => void;
}

export type Scheduler = (ms: number, run: () => void) => void;

/**
 * Native notifications only: the OS queues them under Do Not Disturb / Focus / Focus Assist and never lets them cover
 * a meeting, which no window of ours could promise. Urgency stays "normal" because "critical" bypasses Do Not
 * Disturb on Linux.
 */
export function createNotifier(schedule: Scheduler) {
  const show = (request: NotificationRequest): void => {
    if (!Notification.isSupported()) return;
    const snooze = request.snoozeMinutes !== undefined && request.snoozeLabel !== undefined;
    const notification = new Notification({
      title: request.title,
      body: request.body,
      silent: false,
      urgency: 'normal',
      timeoutType: 'default',
      // Buttons are drawn on macOS; elsewhere the click opens the screen, which offers the same snooze.
      actions: snooze ? [{ type: 'button', text: request.snoozeLabel as string }] : [],
    });
    notification.on('click', () => request.onClick?.());
    notification.on('action', () => {
      if (request.snoozeMinutes === undefined) return;
      schedule(request.snoozeMinutes * 60_000, () => (request.onSnooze ? request.onSnooze() : show(request)));
    });
    notification.show();
  };
  return { show };
}
