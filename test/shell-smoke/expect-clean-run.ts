import { expect } from 'vitest';
import { channelNames } from '../../electron/core/contract/channel-names.js';
import { screenSchema } from '../../electron/core/contract/views.js';
import type { SmokeReport } from './run-smoke.js';

/** What every smoke run must show, on the build output and on the packaged layout alike. */
export function expectCleanRun(report: SmokeReport): void {
  expect({ violations: report.violations, crashed: report.crashed }).toEqual({ violations: [], crashed: undefined });
  const { facts, steps } = report;
  expect(facts.privilegedBeforeReady).toEqual(['app']);
  expect([...(facts.channels as string[])].sort()).toEqual([...channelNames].sort());
  expect(facts.cancels).toEqual({ https: true, app: false });
  expect(facts.stranger).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  expect(facts.linkRefused).toMatchObject({ ok: false });
  expect(facts.precallFocused).toBe(false);
  expect(facts.recorderIcon).toMatch(/recorder-active-light\.png$/);
  expect(facts.darkIcon).toMatch(/-dark\.png$/);
  expect(facts.openedExternally).toEqual([]);
  // Developer tools only where the app is not packaged.
  expect(facts.devTools).toEqual([!facts.packaged]);
  expect(new Set(facts.windowsOpened as string[])).toEqual(new Set(screenSchema.options.filter((s) => s !== 'notice' || steps.includes('tray:show-notice'))));
  expect(facts.scanItems).toBeGreaterThan(0);
  expect(facts.cleared).toBeGreaterThan(0);
  expect(facts.saveDialogs).toBe(facts.noticeConfigured ? 1 : 0);
  for (const step of ['notification:recorder', 'notification:click', 'notification:reminder', 'notification:snoozed-and-back', 'tray:quit', 'ipc:cleanup:cleanup:undo:ok']) expect(steps).toContain(step);
  // Refused on purpose: a link that is in no notice; and, with no notice set by IT, the pre-call notice itself.
  const refused = steps.filter((s) => s.startsWith('ipc:') && !s.endsWith(':ok')).map((s) => s.split(':').slice(0, 4).join(':'));
  expect(refused).toEqual(['ipc:status:link:open', ...(facts.noticeConfigured ? [] : ['ipc:precall:notice:get'])]);
  expect(facts.trayDestroyed).toBe(true);
}

