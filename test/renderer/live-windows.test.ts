import { describe, expect, test } from 'vitest';
import { hasChromium } from './support/harness.js';
import { councilPolicy as council } from './support/council.js';
import { screenSuite } from './support/screens.js';
import { exampleNotices } from './support/world.js';

// Open windows follow the app through the push channel (contract/push.ts): nobody clicks "reload". Each test changes
// the app's state from outside the window, the way policy, another window or a clearing would, and waits for the
// window to show it.
describe.skipIf(!hasChromium)('live updates', () => {
  const { show, world } = screenSuite();

  test('an open status window follows the app: policy drops the notice and the window says so without a click', async () => {
    await show('status', { policy: council }, async (page, laptop) => {
      await expect.poll(() => page.locator('.headline').innerText()).toBe('You’re ready for calls.');
      await laptop.writePolicy({ helpLink: council.helpLink });
      await expect.poll(() => page.locator('.headline').innerText()).toContain('there is no privacy notice');
      await expect(page.getByRole('link', { name: 'Contact your IT team' }).isVisible()).resolves.toBe(true);
    });
  });

  test('an open notice window follows policy: IT names another notice file, then none, and the window shows each', async () => {
    await show('notice', { policy: council }, async (page, laptop) => {
      const title = page.locator('.notice-title');
      await expect.poll(() => title.innerText()).toBe('Customer contact centre video conferencing privacy notice');
      await laptop.writePolicy({ ...council, noticeFiles: { 'en-GB': exampleNotices.zoom } });
      await expect.poll(() => title.innerText()).toBe('Video conferencing privacy notice');
      // No notice at all: the window says so (with IT's link), it does not keep showing the old one.
      await laptop.writePolicy({ helpLink: council.helpLink });
      await expect.poll(() => page.locator('main').innerText()).not.toContain('Video conferencing privacy notice');
      await expect(page.getByRole('link', { name: 'Contact your IT team' }).isVisible()).resolves.toBe(true);
    });
  });

  test('an open “What it keeps” window follows: a setting changed elsewhere appears, a clearing adds the quarantine, clearing all empties it', async () => {
    await show('kept', { policy: council }, async (page, laptop) => {
      const kept = page.locator('main');
      await expect.poll(() => kept.innerText()).toContain('Meeting Guard keeps nothing at the moment.');
      // The settings window saves a setting.
      await laptop.handlers['settings:set']({ key: 'snoozeMinutes', value: 15 }, { windowId: 'settings' });
      await expect.poll(() => kept.innerText()).toContain('Your settings');
      // The cleanup window clears Zoom's log: the quarantine now holds it, and the state file notes when.
      await laptop.handlers['cleanup:scan']({}, { windowId: 'cleanup' });
      await laptop.handlers['cleanup:clear']({ ids: ['zoom/zoom.linux.logs'] }, { windowId: 'cleanup' });
      await expect.poll(() => kept.innerText()).toContain('Meeting data set aside by cleanup');
      await expect(kept.innerText()).resolves.toContain('When you last confirmed the notice and cleared meeting data');
      await laptop.handlers['kept:clear']({}, { windowId: 'tray' });
      await expect.poll(() => kept.innerText()).toContain('Meeting Guard keeps nothing at the moment.');
    });
  });

  test('an event sent while the page is still loading is not lost: it waits for the ready handshake', async () => {
    const laptop = await world({ policy: council });
    const received: string[] = [];
    laptop.guard.push.attach((windowId, event) => received.push(`${windowId}:${event.type}`));
    laptop.guard.push.opened('status');
    laptop.guard.push.publish({ type: 'status:changed' });
    expect(received).toEqual([]);
    // The page's own handshake, through the real channel and dispatcher.
    await laptop.handlers['app:ready']({}, { windowId: 'status' });
    expect(received).toEqual(['status:status:changed']);
  });
});
