import { readdir, readFile, stat, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { startHarness, hasChromium, type Harness } from './support/harness.js';
import { focused, tabOrder, tabTo } from './support/keyboard.js';
import { createWorld, exampleNotices, type World } from './support/world.js';

describe.skipIf(!hasChromium)('keyboard only', () => {
  // Keyboard-only paths through the screens, against the real core on a temporary laptop. No clicks anywhere.
  let harness: Harness;
  let world: World;
  const exists = (path: string) => stat(path).then(() => true, () => false);

  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => harness?.close());
  beforeEach(async () => {
    world = await createWorld({ policy: { noticeFiles: { 'en-GB': exampleNotices.zoom } } });
  });
  afterEach(async () => world?.dispose());

  test('pre-call: focus moves in reading order, and the checklist is ticked and confirmed by keyboard', async () => {
    const { page, context } = await harness.open('precall', world.handlers);
    await page.getByRole('checkbox').first().waitFor();
    const items = await page.locator('fieldset label').allInnerTexts();
    expect(items.length).toBeGreaterThan(2);
    const order = await tabOrder(page, 3 + items.length + 2);
    expect(order).toEqual([
      'a:Skip to content',
      'select:Language',
      'button:Read the full notice',
      ...items.map((label) => `input[checkbox]:${label}`),
      'button:Confirm and continue',
      'button:Not now',
    ]);

    await page.keyboard.press('Shift+Tab'); // back to "Confirm"
    for (let i = 0; i < items.length; i++) {
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Space');
    }
    await expect.poll(() => page.locator('.ticked').innerText()).toBe(`${items.length} of ${items.length} ticked`);
    await tabTo(page, 'Confirm and continue');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').last().innerText()).toContain('Thank you');
    expect(world.log.responses).toHaveLength(1);
    expect(world.log.responses[0]?.response).toBe('confirmed');
    expect(world.log.responses[0]?.checked).toHaveLength(items.length);
    await context.close();
  });

  test('the skip link takes focus to the screen’s heading and stays on the same screen', async () => {
    const { page, context } = await harness.open('cleanup', world.handlers);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('a:Skip to content');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('h1:Clean up meeting data');
    expect(new URL(page.url()).hash).toBe('#cleanup');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('button:Look for meeting data');
    await context.close();
  });

  test('pre-call: the full notice opens from the keyboard and says it is expanded', async () => {
    const { page, context } = await harness.open('precall', world.handlers);
    await tabTo(page, 'Read the full notice');
    await page.keyboard.press('Enter');
    const toggle = page.getByRole('button', { name: 'Hide the full notice' });
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(page.locator('#full-notice h3').first().innerText()).resolves.not.toBe('');
    await context.close();
  });

  test('cleanup: scan, confirm, clear and undo by keyboard move the real files out and back', async () => {
    const log = join(world.home, '.zoom/logs/zoom_stdout_stderr.log');
    const conf = join(world.home, '.config/zoomus.conf');
    const { page, context } = await harness.open('cleanup', world.handlers);
    await tabTo(page, 'Look for meeting data');
    await page.keyboard.press('Enter');
    await page.getByRole('group', { name: 'Zoom' }).waitFor();
    await tabTo(page, 'Clear selected items');
    await page.keyboard.press('Enter');
    // The confirmation takes focus itself, so Enter answers it.
    await expect.poll(() => focused(page)).toBe('button:Yes, clear them');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').last().innerText()).toMatch(/^\d+ items cleared\.$/);
    expect(await exists(log)).toBe(false);
    expect(await exists(conf)).toBe(false);
    expect(await readdir(world.quarantine)).toHaveLength(1);

    await tabTo(page, 'Undo');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').last().innerText()).toMatch(/items were put back/);
    await expect(readFile(log, 'utf8')).resolves.toContain('ada.lovelace@example.org');
    expect(await exists(conf)).toBe(true);
    await context.close();
  });

  test('cleanup: nothing of a running client can be chosen, and the screen says to quit it first', async () => {
    await mkdir(join(world.proc, '4242'), { recursive: true });
    await writeFile(join(world.proc, '4242/comm'), 'zoom\n');
    await writeFile(join(world.proc, '4242/cmdline'), '/opt/zoom/zoom\0');
    const { page, context } = await harness.open('cleanup', world.handlers);
    await tabTo(page, 'Look for meeting data');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('form').innerText()).toContain('Zoom is running. Quit it first');
    const boxes = page.getByRole('group', { name: 'Zoom' }).getByRole('checkbox');
    expect(await boxes.count()).toBeGreaterThan(0);
    for (const box of await boxes.all()) expect(await box.isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Clear selected items' }).isDisabled()).toBe(true);
    await context.close();
  });

  test('settings: a setting IT locked is disabled and says so; a free one is changed by keyboard and saved to disk', async () => {
    await world.writePolicy({ noticeFiles: { 'en-GB': exampleNotices.zoom }, showNoticeBeforeCalls: false });
    const { page, context } = await harness.open('settings', world.handlers);
    const locked = page.getByRole('checkbox', { name: 'Show the privacy notice before each call' });
    await locked.waitFor();
    expect(await locked.isDisabled()).toBe(true);
    expect(await locked.getAttribute('aria-describedby')).toContain('locked');
    await expect(page.locator('.locked-note').first().innerText()).resolves.toBe('Set by your organisation');

    const choice = page.getByRole('combobox', { name: 'After a call' });
    await tabTo(page, 'After a call');
    expect(await choice.inputValue()).toBe('clear-on-confirm');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => page.getByRole('status').last().innerText()).toBe('Saved.');
    const saved = JSON.parse(await readFile(world.preferencesFile, 'utf8')) as Record<string, unknown>;
    expect(saved.cleanupMode).toBe('remind');
    await context.close();
  });

  test('what Meeting Guard keeps: lists the preferences, state and status files and clears them by keyboard', async () => {
    await world.handlers['settings:set']({ key: 'snoozeMinutes', value: 15 }, { windowId: 'settings' });
    const notice = await world.handlers['notice:get']({}, { windowId: 'precall' });
    await world.handlers['notice:respond']({ noticeId: notice.id, response: 'confirmed', checked: [] }, { windowId: 'precall' });
    await mkdir(dirname(world.statusFile), { recursive: true });
    await writeFile(world.statusFile, '{}\n');
    const { page, context } = await harness.open('kept', world.handlers);
    // Shown under "~", as people know their home folder.
    const home = (path: string) => path.replace(world.home, '~');
    await expect.poll(() => page.locator('.kept').innerText()).toContain(home(world.preferencesFile));
    const listed = await page.locator('.kept').innerText();
    expect(listed).toContain(home(world.stateFile));
    expect(listed).toContain(home(world.statusFile));
    expect(listed).not.toContain(world.home);
    expect(listed).toContain('While Meeting Guard runs it writes this file again');
    await tabTo(page, 'Clear what Meeting Guard keeps');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('button:Yes, clear them');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('main').innerText()).toContain('Meeting Guard keeps nothing at the moment.');
    const left = JSON.parse(await readFile(world.preferencesFile, 'utf8')) as Record<string, unknown>;
    expect(left).toEqual({});
    await expect(stat(world.stateFile)).rejects.toThrow();
    await expect(stat(world.statusFile)).rejects.toThrow();
    await context.close();
  });
});
