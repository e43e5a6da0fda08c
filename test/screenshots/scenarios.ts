import { utimes } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import type { HeldScanPool } from '../support/held-scan-pool.js';
import { writeZoomLogs } from '../renderer/support/zoom-logs.js';
import type { Screen } from '../../electron/core/contract/views.js';
import type { World } from '../renderer/support/world.js';
import { councilPolicy } from '../renderer/support/council.js';

export { councilPolicy };

/** The states worth a picture, for Glanafon District Council (support/council.ts). */

export interface Scenario {
  name: string;
  screen: Screen;
  policy?: Record<string, unknown>;
  device?: 'managed' | 'not-managed';
  /** The scan is held (test/support/held-scan-pool.ts) on a home with a heavy user's Zoom logs, to show it running. */
  heldScan?: boolean;
  /** The whole page, below the window's fold too (a list longer than the window). */
  fullPage?: boolean;
  /** Brings the screen into the state to show, by the same clicks and keys a person would use. */
  prepare?: (page: Page, world: World, welsh: boolean, held: HeldScanPool | undefined) => Promise<void>;
}

/** Files the app writes get this time, so a picture of their dates is the same on every run. */
export const PICTURE_TIME = new Date('2026-01-15T09:42:00Z');

/** More of a heavy user's Zoom logs than the app scans on one thread, so the scan shows its progress. */
export const heavyZoomHome = (home: string) => writeZoomLogs(home).then(() => undefined);


const click = (page: Page, en: string, cy: string, welsh: boolean) => page.getByRole('button', { name: welsh ? cy : en }).click();

export const scenarios: Scenario[] = [
  { name: 'status', screen: 'status' },
  { name: 'status-not-managed', screen: 'status', device: 'not-managed' },
  { name: 'status-no-notice', screen: 'status', policy: { organisationName: councilPolicy.organisationName, helpLink: councilPolicy.helpLink } },
  {
    name: 'status-evidence',
    screen: 'status',
    device: 'not-managed',
    // The window's view only: further down the evidence names the notice file's full path, a path of whichever
    // machine made the pictures.
    prepare: async (page, _world, welsh) => {
      await page.getByText(welsh ? 'Beth a wiriwyd' : 'What was checked').click();
    },
  },
  { name: 'precall', screen: 'precall' },
  { name: 'notice', screen: 'notice' },
  { name: 'notice-missing', screen: 'notice', policy: { helpLink: councilPolicy.helpLink } },
  { name: 'cleanup', screen: 'cleanup' },
  {
    name: 'cleanup-found',
    screen: 'cleanup',
    prepare: async (page, _world, welsh) => {
      await click(page, 'Look for meeting data', 'Chwilio am ddata cyfarfodydd', welsh);
      await page.locator('form fieldset').first().waitFor();
    },
  },
  {
    name: 'cleanup-scanning',
    screen: 'cleanup',
    heldScan: true,
    prepare: async (page, _world, welsh, held) => {
      await click(page, 'Look for meeting data', 'Chwilio am ddata cyfarfodydd', welsh);
      await held?.waiting();
      held?.release(4);
      await page.locator('.progress span').filter({ hasText: /^4 / }).waitFor();
    },
  },
  {
    name: 'cleanup-remind-locked',
    screen: 'cleanup',
    policy: { ...councilPolicy, cleanupMode: 'remind' },
    prepare: async (page, _world, welsh) => {
      await click(page, 'Look for meeting data', 'Chwilio am ddata cyfarfodydd', welsh);
      await page.locator('.found').first().waitFor();
    },
  },
  {
    name: 'cleanup-cleared',
    screen: 'cleanup',
    prepare: async (page, _world, welsh) => {
      await click(page, 'Look for meeting data', 'Chwilio am ddata cyfarfodydd', welsh);
      await page.locator('form fieldset').first().waitFor();
      await click(page, 'Clear selected items', 'Clirio’r eitemau a ddewiswyd', welsh);
      await click(page, 'Yes, clear them', 'Ie, cliriwch nhw', welsh);
      await page.locator('.cleared, .message.problem:not(:empty)').first().waitFor();
    },
  },
  { name: 'settings', screen: 'settings' },
  { name: 'settings-locked', screen: 'settings', policy: { ...councilPolicy, showNoticeBeforeCalls: true, cleanupMode: 'remind' } },
  {
    name: 'settings-error',
    screen: 'settings',
    prepare: async (page) => {
      const field = page.locator('input[type="number"]').last();
      await field.fill('2');
      await field.press('Tab');
      await page.locator('[aria-invalid="true"]').waitFor();
    },
  },
  {
    name: 'kept',
    screen: 'kept',
    fullPage: true,
    prepare: async (page, world) => {
      // A setting of their own, and a clearing: the quarantine and the state file (its dates from the fixed clock).
      await world.handlers['settings:set']({ key: 'snoozeMinutes', value: 15 }, { windowId: 'settings' });
      await world.handlers['cleanup:scan']({}, { windowId: 'cleanup' });
      await world.handlers['cleanup:clear']({ ids: ['zoom/zoom.linux.logs'] }, { windowId: 'cleanup' });
      await Promise.all([world.preferencesFile, world.stateFile].map((file) => utimes(file, PICTURE_TIME, PICTURE_TIME)));
      await page.reload();
      await page.locator('.kept').waitFor();
    },
  },
];
