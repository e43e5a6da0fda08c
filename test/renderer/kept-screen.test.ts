import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium } from './support/harness.js';
import { councilPolicy as council } from './support/council.js';
import { focused, tabTo } from './support/keyboard.js';
import { expectNoAxeViolations, screenSuite } from './support/screens.js';
import type { World } from './support/world.js';

const rows = (page: Page) => page.locator('.kept dt').allInnerTexts();

/** A laptop where the app keeps all five things: a setting, a language, the state file, the status file, a quarantine. */
async function keepingEverything(laptop: World, locale: 'en-GB' | 'cy' = 'en-GB'): Promise<World> {
  await laptop.handlers['settings:set']({ key: 'snoozeMinutes', value: 15 }, { windowId: 'settings' });
  await laptop.handlers['app:setLocale']({ locale }, { windowId: 'settings' });
  await laptop.handlers['cleanup:scan']({}, { windowId: 'cleanup' });
  await laptop.handlers['cleanup:clear']({ ids: ['zoom/zoom.linux.logs'] }, { windowId: 'cleanup' });
  await laptop.guard.start();
  await expect.poll(() => existsSync(laptop.statusFile), { timeout: 15_000 }).toBe(true);
  return laptop;
}

// "What Meeting Guard keeps": each thing has its own Clear; the one that destroys meeting data for good asks first.
describe.skipIf(!hasChromium)('what it keeps: clearing one thing at a time', () => {
  const { show, world } = screenSuite();

  test('by keyboard: Clear on one row removes only that, focus moves on, and axe finds nothing', async () => {
    const laptop = await keepingEverything(await world({ policy: council }));
    await show('kept', laptop, async (page) => {
      await page.locator('.kept').waitFor();
      const before = await rows(page);
      expect(before).toEqual(['Your settings', 'Window language', 'When you last confirmed the notice and cleared meeting data', 'Status for your organisation’s IT', 'Meeting data set aside by cleanup']);
      await expectNoAxeViolations(page);
      await tabTo(page, 'Clear: Your settings');
      await page.keyboard.press('Enter');
      await expect.poll(() => rows(page)).toEqual(before.slice(1));
      await expect(page.locator('main [role="status"]').innerText()).resolves.toBe('Your settings: cleared.');
      // The setting itself is gone (the default applies again); the language the person chose is still there.
      expect((await laptop.handlers['settings:list']({}, { windowId: 'settings' })).find((s) => s.key === 'snoozeMinutes')?.source).not.toBe('user-preference');
      await expect.poll(() => focused(page)).toBe('button:Clear: Window language');
      await page.keyboard.press('Enter');
      await expect.poll(() => rows(page)).toEqual(before.slice(2));
      await expectNoAxeViolations(page);
    });
  });

  test('the quarantine asks first, Cancel keeps it and returns focus, Yes deletes it for good', async () => {
    const laptop = await keepingEverything(await world({ policy: council, locale: 'cy' }), 'cy');
    await show('kept', laptop, async (page) => {
      await page.locator('.kept').waitFor();
      const batches = async () => (await readdir(laptop.quarantine).catch(() => [])).length;
      expect(await batches()).toBe(1);
      await tabTo(page, 'Clirio: Data cyfarfodydd a roddwyd o’r neilltu wrth glirio');
      await page.keyboard.press('Enter');
      const ask = page.getByRole('group', { name: /Dileu’r data cyfarfodydd/ });
      await ask.waitFor();
      await expectNoAxeViolations(page);
      // Focus is on the answer that deletes, with Cancel one Tab away.
      expect(await focused(page)).toBe('button:Ie, dilëwch ef am byth');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect.poll(() => focused(page)).toBe('button:Clirio: Data cyfarfodydd a roddwyd o’r neilltu wrth glirio');
      expect(await batches()).toBe(1);
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: 'Ie, dilëwch ef am byth' }).click();
      await expect.poll(batches).toBe(0);
      await expect.poll(() => rows(page)).not.toContain('Data cyfarfodydd a roddwyd o’r neilltu wrth glirio');
    });
  });

  test('clear all still asks once and clears everything but the status file the running app writes again', async () => {
    const laptop = await keepingEverything(await world({ policy: council }));
    await show('kept', laptop, async (page) => {
      await page.locator('.kept').waitFor();
      await page.getByRole('button', { name: 'Clear what Meeting Guard keeps' }).click();
      await page.getByRole('button', { name: 'Yes, clear them' }).click();
      await expect.poll(() => rows(page)).not.toContain('Your settings');
      const left = await rows(page);
      expect(left.filter((r) => r !== 'Status for your organisation’s IT')).toEqual([]);
      expect(existsSync(laptop.stateFile)).toBe(false);
    });
  });

  test('a kept thing the app does not know cannot be cleared through the channel', async () => {
    const laptop = await world({ policy: council });
    const { dispatch } = await import('../../electron/core/contract/dispatch.js');
    const refused = await dispatch(laptop.handlers, 'kept:clearItem', { id: '../../etc' }, { windowId: 'kept' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });
});
