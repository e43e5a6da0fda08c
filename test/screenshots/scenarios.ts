import type { Page } from 'playwright-core';
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
  /** Brings the screen into the state to show, by the same clicks and keys a person would use. */
  prepare?: (page: Page, world: World, welsh: boolean) => Promise<void>;
}

const click = (page: Page, en: string, cy: string, welsh: boolean) => page.getByRole('button', { name: welsh ? cy : en }).click();

export const scenarios: Scenario[] = [
  { name: 'status', screen: 'status' },
  { name: 'status-not-managed', screen: 'status', device: 'not-managed' },
  { name: 'status-no-notice', screen: 'status', policy: { organisationName: councilPolicy.organisationName, helpLink: councilPolicy.helpLink } },
  {
    name: 'status-evidence',
    screen: 'status',
    device: 'not-managed',
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
    prepare: async (page, world) => {
      await world.handlers['settings:set']({ key: 'snoozeMinutes', value: 15 }, { windowId: 'settings' });
      await page.reload();
      await page.locator('.kept').waitFor();
    },
  },
];
