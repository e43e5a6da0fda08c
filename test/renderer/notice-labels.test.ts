import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fileURLToPath } from 'node:url';
import { startHarness, hasChromium, type Harness } from './support/harness.js';
import { createWorld, type World } from './support/world.js';

// A German notice on an English desktop: the words around the notice are German too (the core words them in the
// notice's language), so the section's lang="de" is true of everything in it.
const germanNotice = fileURLToPath(new URL('../fixtures/notice/shapes/institut-videokonferenzen.md', import.meta.url));

describe.skipIf(!hasChromium)('labels around the notice', () => {
  let harness: Harness;
  let world: World | undefined;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness?.close();
    await world?.dispose();
  });

  test('a German notice before a call: German heading and date line inside lang="de", German checklist', async () => {
    world = await createWorld({ policy: { organisationName: 'Institut für Küstenforschung Nordsee', noticeFiles: { de: germanNotice } }, locale: 'en-GB' });
    const { page, context } = await harness.open('precall', world.handlers);
    try {
      const heading = page.locator('#summary-heading');
      await expect.poll(() => heading.innerText()).toBe('Kurz gefasst');
      await expect(heading.evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).resolves.toBe('de-DE');
      await expect(page.locator('.meta').first().innerText()).resolves.toBe('Von Institut für Küstenforschung Nordsee e.V. · Zuletzt geändert am 2025-03-18');
      await expect(page.locator('main').innerText()).resolves.toContain('Nutzen Sie nur einen dienstlichen Laptop oder einen dienstlichen Computer, kein privates Gerät.');
    } finally {
      await context.close();
    }
  });
});
