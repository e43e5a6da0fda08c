import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { heldScanPool } from '../support/held-scan-pool.js';
import { hasChromium } from './support/harness.js';
import { councilPolicy as council } from './support/council.js';
import { focused, tabTo } from './support/keyboard.js';
import { expectNoAxeViolations, screenSuite } from './support/screens.js';
import { writeZoomLogs } from './support/zoom-logs.js';

const batches = (quarantine: string) => readdir(quarantine).then((names) => names.length, () => 0);
const look = (page: Page) => page.getByRole('button', { name: 'Look for meeting data' }).click();

describe.skipIf(!hasChromium)('cleanup: the scan as it runs, stopping it, and what the one cleanup decision allows', () => {
  const { show, world } = screenSuite();

  test('progress shows files and MB as the scan goes; “Stop looking” by keyboard stops it, says so, and nothing is cleared', async () => {
    // Held: each file is scanned only when the test lets it, so the scan is visibly in progress without any sleep.
    const held = heldScanPool();
    const laptop = await world({ policy: council, scanPool: held.pool, prepareHome: (home) => writeZoomLogs(home).then(() => undefined) });
    const logs = join(laptop.home, '.zoom/logs');
    const before = (await readdir(logs)).sort();
    await show('cleanup', laptop, async (page) => {
      await tabTo(page, 'Look for meeting data');
      await page.keyboard.press('Enter');
      const progress = page.locator('.progress');
      await progress.waitFor();
      await held.waiting();
      held.release(3);
      await expect.poll(() => progress.innerText(), { timeout: 15_000 }).toMatch(/^\s*3 files looked at so far \(2\.\d MB\), now in Zoom\./);
      held.release(2);
      await expect.poll(() => progress.innerText(), { timeout: 15_000 }).toMatch(/^\s*5 files looked at so far \(4\.\d MB\), now in Zoom\./);
      await expectNoAxeViolations(page);
      await tabTo(page, 'Stop looking');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('main [role="status"]').innerText()).toBe('Stopped looking. Nothing was cleared.');
      await expect.poll(() => focused(page)).toBe('button:Look for meeting data');
      // The scan really stopped: letting more files through scans none of them.
      held.release(100);
      await expect(page.getByRole('button', { name: 'Look for meeting data' }).isVisible()).resolves.toBe(true);
      expect(held.scanned).toBe(5);
      await expect(page.locator('form, .cleared').count()).resolves.toBe(0);
      expect((await readdir(logs)).sort()).toEqual(before);
      expect(await batches(laptop.quarantine)).toBe(0);
      // The tone of a stop is not a problem's: no help link, no red.
      await expect(page.getByRole('link', { name: 'Contact your IT team' }).count()).resolves.toBe(0);
      await expectNoAxeViolations(page);
    });
  });

  test('IT set “remind”: said before any scan, with who set it; after the scan what was found is listed with nothing to tick or clear', async () => {
    await show('cleanup', { policy: { ...council, cleanupMode: 'remind' } }, async (page, laptop) => {
      const why = page.locator('.decision');
      await expect.poll(() => why.innerText()).toBe('Your organisation has set “Remind me to clean up” for meeting data after a call, so Meeting Guard shows what meeting programs keep here but does not clear it. Ask your IT team if it should be cleared.');
      await look(page);
      await page.getByRole('heading', { name: 'Zoom' }).waitFor();
      await expect(page.locator('main').innerText()).resolves.toMatch(/Zoom logs: .*IP addresses/);
      await expect(page.getByRole('checkbox').count()).resolves.toBe(0);
      await expect(page.getByRole('button', { name: /Clear/ }).count()).resolves.toBe(0);
      expect(await batches(laptop.quarantine)).toBe(0);
      await expectNoAxeViolations(page);
    });
  });

  test('the person’s own “Do nothing”, in Welsh: says it was their choice and where to change it; IT unlocking it while the window is open offers Clear again', async () => {
    const laptop = await world({ policy: council, locale: 'cy' });
    await laptop.handlers['settings:set']({ key: 'cleanupMode', value: 'off' }, { windowId: 'settings' });
    await show('cleanup', laptop, async (page) => {
      const why = page.locator('.decision');
      await expect.poll(() => why.innerText()).toBe('Fe ddewisoch “Gwneud dim” o dan “Ar ôl galwad” yn y Gosodiadau, felly mae Meeting Guard yn dangos beth mae rhaglenni cyfarfod yn ei gadw yma ond dydy e ddim yn ei glirio. I’w glirio, dewiswch “Cynnig clirio ar fy rhan” yno.');
      // Policy now says clear-on-confirm: the window follows it (push channel) and the reason goes.
      await laptop.writePolicy({ ...council, cleanupMode: 'clear-on-confirm' });
      await expect.poll(() => why.count()).toBe(0);
      await page.getByRole('button', { name: 'Chwilio am ddata cyfarfodydd' }).click();
      await page.getByRole('button', { name: 'Clirio’r eitemau a ddewiswyd' }).waitFor();
    });
  });

  test('an Undo that cannot put everything back says what stayed set aside and why, in plain words', async () => {
    await show('cleanup', { policy: council }, async (page, laptop) => {
      await look(page);
      await page.getByRole('group', { name: 'Zoom' }).waitFor();
      await page.getByRole('button', { name: 'Clear selected items' }).click();
      await page.getByRole('button', { name: 'Yes, clear them' }).click();
      await page.getByRole('button', { name: 'Undo' }).waitFor();
      // Zoom ran again meanwhile and started a new log folder where the old one was.
      await mkdir(join(laptop.home, '.zoom/logs'), { recursive: true });
      await writeFile(join(laptop.home, '.zoom/logs/zoom_stdout_stderr.log'), 'login ok for ada.lovelace@example.org from 203.0.113.9\n');
      await page.getByRole('button', { name: 'Undo' }).click();
      const left = page.getByRole('group', { name: 'These could not be put back:' });
      await left.waitFor();
      const text = await left.innerText();
      expect(text).toContain('~/.zoom/logs');
      expect(text).toContain('something new is in its place now (the meeting program may have written it again), so the old one stays set aside');
      expect(text).not.toContain(laptop.home);
      expect(text).not.toContain('left in quarantine');
      await expect(page.locator('main [role="status"]').innerText()).resolves.toMatch(/^\d+ items were put back\.$/);
      await expect.poll(() => focused(page)).toBe('h2:These could not be put back:');
      await expectNoAxeViolations(page);
    });
  });
});
