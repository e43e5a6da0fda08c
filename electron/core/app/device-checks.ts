import type { Clock } from '../calls/clock.js';
import type { DeviceManagementProbe, DeviceStatus } from '../device/types.js';

/** Management can change while the app runs (enrolment, leaving the domain), so it is checked again this often. */
export const DEVICE_RECHECK_MS = 30 * 60_000;

/**
 * Checks the device at start and then every DEVICE_RECHECK_MS, on a setTimeout chain that never overlaps itself.
 * A failed check keeps the last answer: one broken probe run does not turn a managed laptop into an unknown one.
 */
export function startDeviceChecks(deps: { device: DeviceManagementProbe; clock: Clock; onChecked: (device: DeviceStatus | undefined) => Promise<void> }) {
  let current: DeviceStatus | undefined;
  let timer: unknown;
  let running = false;
  const check = async (): Promise<void> => {
    current = await deps.device.check().catch(() => current);
    await deps.onChecked(current).catch(() => undefined);
    if (running) timer = deps.clock.setTimeout(() => void check(), DEVICE_RECHECK_MS);
  };
  return {
    current: () => current,
    start(): void {
      if (running) return;
      running = true;
      void check();
    },
    stop(): void {
      running = false;
      if (timer !== undefined) deps.clock.clearTimeout(timer);
      timer = undefined;
    },
  };
}
