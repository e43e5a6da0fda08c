import type { CallEffect } from '../calls/call-events.js';
import type { CallState } from '../calls/call-state.js';
import type { Settings } from '../policy/policy-schema.js';

type EffectSettings = Pick<Settings, 'showNoticeBeforeCalls' | 'cleanupMode' | 'cleanupReminderDelayMinutes' | 'allowSnooze' | 'snoozeMinutes'>;

/** The screen a notification opens when clicked. */
export type EffectScreen = 'precall' | 'status' | 'cleanup';

/** What the shell does with one effect of the call state machine. */
export type EffectPlan =
  | { kind: 'skip'; reason: string }
  | { kind: 'tray' }
  | {
      kind: 'notify';
      screen: EffectScreen;
      /** Also open the screen at once, without focus, behind the meeting (the pre-call notice). */
      openBehind: boolean;
      /** Wait this long first; 0 shows it now. */
      delayMs: number;
      /** "Remind me in N minutes", when IT allows snoozing this notification. */
      snoozeMinutes?: number;
    };

/** Decides, from the settings in force now, whether and how an effect reaches the person. */
export function planEffect(effect: CallEffect, settings: EffectSettings): EffectPlan {
  switch (effect.type) {
    case 'update-tray':
      return { kind: 'tray' };
    case 'show-notice':
      if (!settings.showNoticeBeforeCalls) return { kind: 'skip', reason: 'showNoticeBeforeCalls is off' };
      return { kind: 'notify', screen: 'precall', openBehind: true, delayMs: 0 };
    case 'warn-recorder':
      // Never delayed or snoozed: a recording happens now, and the people in the call have a say in it now.
      return { kind: 'notify', screen: 'status', openBehind: false, delayMs: 0 };
    case 'remind-cleanup':
      if (settings.cleanupMode === 'off') return { kind: 'skip', reason: 'cleanupMode is off' };
      return {
        kind: 'notify',
        screen: 'cleanup',
        openBehind: false,
        delayMs: settings.cleanupReminderDelayMinutes * 60_000,
        ...(settings.allowSnooze ? { snoozeMinutes: settings.snoozeMinutes } : {}),
      };
  }
}

/**
 * A delayed (or snoozed) cleanup reminder is still worth showing only while that call's reminder stands: not once a
 * new call has begun, the same call resumed, or the person dismissed it.
 */
export function reminderStillDue(effect: Extract<CallEffect, { type: 'remind-cleanup' }>, state: Pick<CallState, 'phase' | 'callId'>): boolean {
  return state.phase === 'cleanup-reminder' && state.callId === effect.callId;
}
