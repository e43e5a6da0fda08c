import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { Screen } from '../../electron/core/contract/views.js';
import { hasChromium } from './support/harness.js';
import { focused, tabTo } from './support/keyboard.js';
import { expectNoAxeViolations, screenSuite } from './support/screens.js';
import { councilPolicy } from './support/council.js';

// The screens as a council employee meets them: plain sentences first, answers in view, errors beside their field,
// nothing that needs sideways scrolling. Real core, real Chromium, at the sizes the shell opens each window.
const council = councilPolicy;

const inView = (page: Page, name: string) =>
  page.getByRole('button', { name }).evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight;
  });

describe.skipIf(!hasChromium)('plain screens', () => {
  const { show, world } = screenSuite();

  test('status on a laptop that is not managed: one sentence naming the organisation, what to do, IT’s link; evidence folded', async () => {
    await show('status', { policy: council, device: 'not-managed' }, async (page, laptop) => {
      const headline = page.locator('.headline');
      await expect.poll(() => headline.innerText()).toBe('Don’t use this laptop for video calls: it isn’t managed by Glanafon District Council.');
      await expect(page.locator('.next-step').innerText()).resolves.toContain('contact your IT team');
      await expect(page.locator('main').innerText()).resolves.toContain('Last checked 15 Jan 2026, 10:00.');
      // The evidence is there but folded: not read out, not on screen, until asked for.
      await expect(page.getByText('realms discovered but not joined').isVisible()).resolves.toBe(false);
      await tabTo(page, 'Contact your IT team');
      await page.keyboard.press('Enter');
      await expect.poll(() => laptop.log.opened).toEqual(['https://intranet.glanafon.example/it-help']);
      await tabTo(page, 'What was checked');
      await page.keyboard.press('Enter');
      await expect(page.getByText('realms discovered but not joined').isVisible()).resolves.toBe(true);
      await expectNoAxeViolations(page);
    });
  });

  test('status with no notice set: plain words, no policy keys, and IT’s link still opens', async () => {
    await show('status', { policy: { helpLink: council.helpLink }, locale: 'cy' }, async (page, laptop) => {
      await expect.poll(() => page.locator('.headline').innerText()).toContain('does dim hysbysiad preifatrwydd');
      await page.getByText('Beth a wiriwyd').click();
      const text = await page.locator('main').innerText();
      expect(text).not.toMatch(/noticeFiles|noticeText|policy|Needs attention/);
      await page.getByRole('link', { name: 'Cysylltu â’ch tîm TG' }).click();
      await expect.poll(() => laptop.log.opened).toEqual([council.helpLink]);
      await expectNoAxeViolations(page);
    });
  });

  test.each(['en-GB', 'cy'] as const)('pre-call (%s): the answer buttons are in view at 560×680, with the full notice open too', async (locale) => {
    await show('precall', { policy: council, locale }, async (page) => {
      const [confirm, notNow, full] = locale === 'cy' ? ['Cadarnhau a pharhau', 'Nid nawr', 'Darllen yr hysbysiad llawn'] : ['Confirm and continue', 'Not now', 'Read the full notice'];
      await page.getByRole('checkbox').first().waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(680);
      await expect(inView(page, confirm)).resolves.toBe(true);
      await expect(inView(page, notNow)).resolves.toBe(true);
      await page.getByRole('button', { name: full }).click();
      await page.mouse.wheel(0, 800);
      await expect(inView(page, confirm)).resolves.toBe(true);
      // Checkboxes keep their size when their item wraps onto two lines.
      const widths = await page.locator('.checklist input[type="checkbox"]').evaluateAll((boxes) => boxes.map((b) => b.getBoundingClientRect().width));
      expect(new Set(widths).size).toBe(1);
    });
  });

  test('pre-call: a partly ticked checklist can be confirmed, and the confirmation lists what was left', async () => {
    await show('precall', { policy: council }, async (page, laptop) => {
      await page.getByRole('checkbox').first().waitFor();
      const labels = await page.locator('.checklist label').allInnerTexts();
      expect(labels.length).toBeGreaterThan(2);
      await page.getByRole('checkbox').first().check();
      await page.getByRole('button', { name: 'Confirm and continue' }).click();
      const message = page.locator('.actions [role="status"]');
      await expect.poll(() => message.innerText()).toContain(`You left ${labels.length - 1} unticked`);
      const left = await message.locator('li').allInnerTexts();
      expect(left).toEqual(labels.slice(1));
      expect(laptop.log.responses[0]).toMatchObject({ response: 'confirmed' });
      expect(laptop.log.responses[0]?.checked).toHaveLength(1);
    });
  });

  test('settings: a value out of range is said beside its field, in plain words, and the field is marked', async () => {
    await show('settings', { policy: council }, async (page) => {
      const field = page.getByRole('spinbutton', { name: '“Remind me later” waits (minutes)' });
      await field.fill('2');
      await page.keyboard.press('Tab');
      await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
      const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
      const error = await page.locator(`[id="${describedBy.split(' ')[0]}"]`).innerText();
      expect(error).toBe('Enter a whole number from 5 to 1440.');
      // Beside the field: the message sits just above it, not at the foot of the page.
      const [errorBox, fieldBox] = await Promise.all([page.locator('.field-error').boundingBox(), field.boundingBox()]);
      expect(Math.abs((fieldBox?.y ?? 0) - (errorBox?.y ?? 0))).toBeLessThan(60);
      await field.fill('20');
      await page.keyboard.press('Tab');
      await expect.poll(() => field.getAttribute('aria-invalid')).toBe(null);
      expect(await focused(page)).toContain('Start Meeting Guard when I sign in');
      await expectNoAxeViolations(page);
    });
  });

  test('settings: a checkbox sits beside its label, and a locked one says so quietly', async () => {
    await show('settings', { policy: { ...council, showNoticeBeforeCalls: true } }, async (page) => {
      const box = page.getByRole('checkbox', { name: 'Show the privacy notice before each call' });
      await box.waitFor();
      const [boxRect, labelRect] = await Promise.all([box.boundingBox(), page.locator('label', { hasText: 'Show the privacy notice' }).boundingBox()]);
      expect((labelRect?.x ?? 0) - ((boxRect?.x ?? 0) + (boxRect?.width ?? 0))).toBeLessThan(24);
      const note = page.locator('.locked-note').first();
      await expect(note.innerText()).resolves.toBe('Set by your organisation');
      const weight = await note.evaluate((el) => Number(getComputedStyle(el).fontWeight));
      const labelWeight = await page.locator('label', { hasText: 'Show the privacy notice' }).evaluate((el) => Number(getComputedStyle(el).fontWeight));
      expect(weight).toBeLessThan(labelWeight);
    });
  });

  test('cleanup: plain labels with what was found, paths under ~ only on demand, and how long Undo lasts', async () => {
    await show('cleanup', { policy: council }, async (page, laptop) => {
      await page.getByRole('button', { name: 'Look for meeting data' }).click();
      const zoom = page.getByRole('group', { name: 'Zoom' });
      await zoom.waitFor();
      const text = await zoom.innerText();
      expect(text).toMatch(/Zoom logs: .*IP addresses/);
      expect(text).toMatch(/1 e-mail address/);
      expect(text).not.toContain(laptop.home);
      expect(text).not.toMatch(/byte\)|ip-addresses|display-names/);
      const where = page.getByRole('button', { name: 'Show where each is kept' });
      await where.click();
      await expect(where.getAttribute('aria-pressed')).resolves.toBe('true');
      const shown = await zoom.innerText();
      expect(shown).toContain('~/.zoom/logs');
      expect(shown).not.toContain(laptop.home);
      await page.getByRole('button', { name: 'Clear selected items' }).click();
      await page.getByRole('button', { name: 'Yes, clear them' }).click();
      await expect.poll(() => page.locator('.cleared').innerText()).toMatch(/You can undo this for \d+ days, until \w+day,? \d+ \w+ 2026\./);
      await expectNoAxeViolations(page);
    });
  });

  test('what it keeps, in Welsh: each thing with when it was written and its size, and no internal words', async () => {
    const laptop = await world({ policy: council, locale: 'cy' });
    await laptop.handlers['settings:set']({ key: 'snoozeMinutes', value: 15 }, { windowId: 'settings' });
    await show('kept', laptop, async (page) => {
      await page.locator('.kept').waitFor();
      const text = await page.locator('.kept').innerText();
      expect(text).toContain('Fe ddewisoch Cymraeg');
      expect(text).toMatch(/Ysgrifennwyd ddiwethaf .+ · \d+ B/);
      expect(text).not.toMatch(/\bcy\b|\bmemory\b/);
    });
  });

  test('the notice says each of its links once: a link its own text gives is not listed again at the end', async () => {
    await show('notice', { policy: council }, async (page) => {
      await page.locator('.notice-text h3').first().waitFor();
      const inSections = await page.locator('.notice-text section:not([aria-labelledby="links-heading"]) a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      const atTheEnd = await page.locator('section[aria-labelledby="links-heading"] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(inSections).toContain('https://www.glanafon.example/privacy/sharing');
      expect(atTheEnd.filter((href) => inSections.includes(href))).toEqual([]);
    });
  });

  test.each(['status', 'precall', 'notice', 'cleanup', 'settings', 'kept'] as Screen[])('%s reflows at 320 CSS px without sideways scrolling', async (screen) => {
    await show(screen, { policy: council, locale: 'cy', device: 'not-managed' }, async (page) => {
      await page.locator('main p').first().waitFor();
      if (screen === 'status') await page.getByText('Beth a wiriwyd').click();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    }, { viewport: { width: 320, height: 640 } });
  });
});
