import { afterAll, beforeAll, expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { Screen } from '../../../electron/core/contract/views.js';
import { describeViolations, runAxe } from './axe.js';
import { startHarness, type Harness, type OpenOptions } from './harness.js';
import { createWorld, type World } from './world.js';

export type WorldOptions = Parameters<typeof createWorld>[0];

/** axe-core finds nothing on the page as it is now; the failure lists what it found. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const violations = await runAxe(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

/**
 * One Chromium for a test file, and a laptop per test: `show` builds the laptop (or takes one already built), opens
 * the screen at the shell's size with the app's push channel attached, as every window of the app has it, runs the
 * body and closes the window whatever happens. Laptops are removed when the file ends.
 */
export function screenSuite() {
  let harness: Harness | undefined;
  const worlds: World[] = [];
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness?.close();
    await Promise.all(worlds.map((w) => w.dispose()));
  });
  const world = async (options: WorldOptions) => {
    const made = await createWorld(options);
    worlds.push(made);
    return made;
  };
  return {
    world,
    async show(screen: Screen, laptop: World | WorldOptions, body: (page: Page, laptop: World) => Promise<void>, options: Omit<OpenOptions, 'push'> = {}): Promise<void> {
      if (!harness) throw new Error('screenSuite: the browser has not started (call show inside a test)');
      const built = 'handlers' in laptop ? laptop : await world(laptop);
      const { page, context } = await harness.open(screen, built.handlers, { ...options, push: built.guard.push });
      try {
        await body(page, built);
      } finally {
        await context.close();
      }
    },
  };
}
