import { describe, expect, it } from 'vitest';
import { planEffect, reminderStillDue } from '../../../electron/core/app/effect-plan.js';
import { plainSettings } from '../../../electron/core/app/watcher-config.js';
import type { CallEffect } from '../../../electron/core/calls/call-events.js';
import { resolve } from '../../../electron/core/policy/resolve.js';

const defaults = plainSettings(resolve({}).settings);
const notice: CallEffect = { type: 'show-notice', callId: 1, trigger: 'CptHost runs only during a Zoom call' };
const reminder: Extract<CallEffect, { type: 'remind-cleanup' }> = { type: 'remind-cleanup', callId: 3, clients: ['zoom'] };
const warning: CallEffect = {
  type: 'warn-recorder',
  callId: 1,
  recorder: { id: 'obs', name: 'OBS Studio', level: 'active', category: 'screen-recorder', evidence: 'obs (pid 7)' },
  message: 'OBS Studio is recording.',
  advice: 'Stop it.',
};

describe('what the shell does with each effect', () => {
  it('at the defaults: notice opened behind the meeting, reminder at once with a 60-minute snooze', () => {
    expect(planEffect(notice, defaults)).toEqual({ kind: 'notify', screen: 'precall', openBehind: true, delayMs: 0 });
    expect(planEffect(reminder, defaults)).toEqual({ kind: 'notify', screen: 'cleanup', openBehind: false, delayMs: 0, snoozeMinutes: 60 });
    expect(planEffect(warning, defaults)).toEqual({ kind: 'notify', screen: 'status', openBehind: false, delayMs: 0 });
    expect(planEffect({ type: 'update-tray', phase: 'idle', callId: 0, clients: [], recorders: [] }, defaults)).toEqual({ kind: 'tray' });
  });

  it('showNoticeBeforeCalls off: no notice window and no notification', () => {
    expect(planEffect(notice, { ...defaults, showNoticeBeforeCalls: false })).toMatchObject({ kind: 'skip' });
  });

  it('cleanupMode off: no reminder; remind and clear-on-confirm both remind', () => {
    expect(planEffect(reminder, { ...defaults, cleanupMode: 'off' })).toMatchObject({ kind: 'skip', reason: 'cleanupMode is off' });
    expect(planEffect(reminder, { ...defaults, cleanupMode: 'clear-on-confirm' })).toMatchObject({ kind: 'notify' });
  });

  it('cleanupReminderDelayMinutes delays the reminder, and snooze follows allowSnooze and snoozeMinutes', () => {
    expect(planEffect(reminder, { ...defaults, cleanupReminderDelayMinutes: 15, snoozeMinutes: 5 })).toMatchObject({ delayMs: 900_000, snoozeMinutes: 5 });
    expect(planEffect(reminder, { ...defaults, allowSnooze: false })).not.toHaveProperty('snoozeMinutes');
  });

  it('recorder warnings are never delayed or snoozed, whatever the settings', () => {
    const plan = planEffect(warning, { ...defaults, cleanupReminderDelayMinutes: 60, cleanupMode: 'off', showNoticeBeforeCalls: false });
    expect(plan).toEqual({ kind: 'notify', screen: 'status', openBehind: false, delayMs: 0 });
  });

  it('a delayed reminder still applies only while that call is in its reminder phase', () => {
    expect(reminderStillDue(reminder, { phase: 'cleanup-reminder', callId: 3 })).toBe(true);
    expect(reminderStillDue(reminder, { phase: 'in-call', callId: 3 })).toBe(false); // the call resumed
    expect(reminderStillDue(reminder, { phase: 'starting', callId: 4 })).toBe(false); // a new call began
    expect(reminderStillDue(reminder, { phase: 'cleanup-reminder', callId: 4 })).toBe(false); // another call's reminder
    expect(reminderStillDue(reminder, { phase: 'idle', callId: 3 })).toBe(false); // dismissed
  });
});
