import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Screen } from '../../electron/core/contract/views.js';
import { describeViolations, runAxe } from './support/axe.js';
import { screenshotPath, startHarness, hasChromium, type Harness } from './support/harness.js';
import { createWorld, exampleNotices, type World } from './support/world.js';

describe.skipIf(!hasChromium)('every window', () => {
  // Every window, rendered by the real core in Debian's Chromium, checked by axe-core in light and dark.
  let harness: Harness;
  let zoom: World;
  let teams: World;

  beforeAll(async () => {
    harness = await startHarness();
    zoom = await createWorld({ policy: { noticeFiles: { 'en-GB': exampleNotices.zoom }, helpLink: 'mailto:dpo@example.org' } });
    teams = await createWorld({
      policy: { noticeFiles: { 'en-GB': exampleNotices.teams, cy: exampleNotices.teamsWelsh }, showNoticeBeforeCalls: true },
      locale: 'cy',
    });
  });
  afterAll(async () => {
    await harness?.close();
    await Promise.all([zoom?.dispose(), teams?.dispose()]);
  });

  /** What each screen must show that only the real core could have produced from the temporary laptop. */
  const expectations: Record<Screen, { heading: string; shows: string }> = {
    status: { heading: 'Status of this laptop', shows: 'You’re ready for calls.' },
    notice: { heading: 'Privacy notice for video calls', shows: 'Harbourline Consulting Ltd' },
    precall: { heading: 'Before your call', shows: 'Organiser’s checklist' },
    settings: { heading: 'Settings', shows: 'Show the privacy notice before each call' },
    cleanup: { heading: 'Clean up meeting data', shows: 'Look for meeting data' },
    kept: { heading: 'What Meeting Guard keeps', shows: 'opens no network connection' },
  };

  describe.each(['light', 'dark'] as const)('%s', (colorScheme) => {
    test.each(Object.keys(expectations) as Screen[])('the %s window renders from the core with no axe violations', async (screen) => {
      const { page, context } = await harness.open(screen, zoom.handlers, { colorScheme });
      try {
        await expect.poll(() => page.locator('main').innerText()).toContain(expectations[screen].shows);
        await expect(page.locator('h1').innerText()).resolves.toBe(expectations[screen].heading);
        await expect(page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).resolves.toBe(colorScheme === 'dark');
        await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en-GB');
        if (screen === 'precall') await page.getByRole('button', { name: 'Read the full notice' }).click();
        const violations = await runAxe(page);
        await page.screenshot({ path: screenshotPath(`${screen}-${colorScheme}`), fullPage: true });
        expect(violations, describeViolations(violations)).toEqual([]);
      } finally {
        await context.close();
      }
    });

    test('the second example notice (Teams) in Welsh has no axe violations', async () => {
      const { page, context } = await harness.open('notice', teams.handlers, { colorScheme });
      try {
        await expect.poll(() => page.locator('h1').innerText()).toBe('Hysbysiad preifatrwydd ar gyfer galwadau fideo');
        await expect(page.locator('html').getAttribute('lang')).resolves.toBe('cy');
        // The notice text itself comes from the Welsh variant of the file and is marked as Welsh for screen readers.
        await expect(page.locator('.notice-text').getAttribute('lang')).resolves.toBe('cy');
        const violations = await runAxe(page);
        await page.screenshot({ path: screenshotPath(`notice-teams-cy-${colorScheme}`), fullPage: true });
        expect(violations, describeViolations(violations)).toEqual([]);
      } finally {
        await context.close();
      }
    });
  });

  test('the Teams notice in English shows its own organisation and checklist (supervisor, one invitation per customer)', async () => {
    const { page, context } = await harness.open('precall', teams.handlers);
    try {
      await page.getByRole('combobox', { name: 'Iaith' }).selectOption('en-GB');
      await expect.poll(() => page.locator('h1').innerText()).toBe('Before your call');
      // The screen reloads in the new language: wait for the English checklist, not just the heading.
      await expect.poll(() => page.locator('fieldset label').allInnerTexts()).toContainEqual(expect.stringMatching(/invitation/i));
      const labels = await page.locator('fieldset label').allInnerTexts();
      expect(labels.length).toBeGreaterThanOrEqual(4);
      expect(labels.join('\n')).toMatch(/supervisor|observ/i);
      await page.getByRole('combobox', { name: 'Language' }).selectOption('cy');
      await expect.poll(() => page.locator('h1').innerText()).toBe('Cyn eich galwad');
    } finally {
      await context.close();
    }
  });

  test('a screen whose core call fails says what went wrong and offers to try again', async () => {
    const empty = await createWorld({ policy: {} });
    try {
      const { page, context } = await harness.open('notice', empty.handlers);
      await expect.poll(() => page.getByRole('alert').innerText()).toContain('has not set a privacy notice');
      await expect(page.getByRole('button', { name: 'Try again' }).isVisible()).resolves.toBe(true);
      await context.close();
    } finally {
      await empty.dispose();
    }
  });
});
