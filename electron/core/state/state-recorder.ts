import { rm } from 'node:fs/promises';
import { updateAppState } from './app-state.js';

/** The few moments the app remembers, written to the state file as they happen. */
export interface StateRecorder {
  readonly file: string;
  /** The person confirmed the pre-call notice and checklist. */
  noticeAcknowledged(): Promise<void>;
  /** A clear moved meeting data into quarantine. */
  cleared(): Promise<void>;
  /** "Clear what Meeting Guard keeps": the file goes. */
  forget(): Promise<void>;
}

/**
 * `onChange` hears of every write, so the fleet status (which reports both times) is rewritten without waiting for
 * its next periodic write.
 */
export function stateRecorder(file: string, now: () => Date, onChange: () => void = () => undefined): StateRecorder {
  const record = async (change: Parameters<typeof updateAppState>[1]) => {
    await updateAppState(file, change);
    onChange();
  };
  return {
    file,
    noticeAcknowledged: () => record({ lastNoticeAcknowledgedAt: now().toISOString() }),
    cleared: () => record({ lastCleanupAt: now().toISOString() }),
    async forget() {
      await rm(file, { force: true });
      onChange();
    },
  };
}
