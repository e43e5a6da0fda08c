import type { StatusInputs } from '../../electron/core/report/build-status.js';
import { decide } from '../../electron/core/device/decide.js';
import { judgeDsregcmd } from '../../electron/core/device/windows/dsregcmd.js';
import { fixture } from './fixtures.js';

/** Inputs for a realistic fleet status: an Entra-joined laptop, one acknowledgement, no recorders. */
export function statusInputs(over: Partial<StatusInputs> = {}): StatusInputs {
  return {
    producer: 'cli',
    version: '0.1.0',
    os: 'windows',
    now: new Date('2026-11-23T09:30:00.000Z'),
    device: decide('windows', [judgeDsregcmd(fixture('device/windows/dsregcmd-entra-joined.txt'))]),
    policy: { sources: ['HKLM\\SOFTWARE\\Policies\\MeetingGuardProject\\MeetingGuard'], errors: [] },
    state: { lastNoticeAcknowledgedAt: '2026-11-22T14:00:00.000Z' },
    recorders: [],
    cleanupMode: 'remind',
    ...over,
  };
}
