import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, test } from 'vitest';
import { hasChromium, startHarness, type Harness } from '../renderer/support/harness.js';
import { createWorld } from '../renderer/support/world.js';
import { heldScanPool } from '../support/held-scan-pool.js';
import { councilPolicy, heavyZoomHome, scenarios } from './scenarios.js';

// `npm run screenshots`: every screen and the states that matter, light and dark, English and Welsh, at the size the
// shell opens each window, into docs/screenshots/. Not part of `npm test` (its file name does not end in .test.ts).
const out = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

describe.skipIf(!hasChromium)('screenshots', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ deterministic: true });
    await mkdir(out, { recursive: true });
  });
  afterAll(async () => harness?.close());

  for (const scenario of scenarios) {
    test(scenario.name, async () => {
      for (const locale of ['en-GB', 'cy'] as const) {
        for (const colorScheme of ['light', 'dark'] as const) {
          // A fresh laptop for each picture: a state one picture reached (cleared data) must not leak into the next.
          const held = scenario.heldScan ? heldScanPool() : undefined;
          const world = await createWorld({
            policy: scenario.policy ?? councilPolicy,
            locale,
            device: scenario.device,
            ...(held ? { scanPool: held.pool, prepareHome: heavyZoomHome } : {}),
          });
          const { page, context } = await harness.open(scenario.screen, world.handlers, { colorScheme, push: world.guard.push });
          try {
            await page.locator('main p, main [role="alert"]').first().waitFor();
            await page.waitForFunction(() => !document.querySelector('main [role="status"]')?.textContent?.match(/llwytho|Loading/));
            await scenario.prepare?.(page, world, locale === 'cy', held).catch(async (error: Error) => {
              // What the screen showed instead, for whoever runs this.
              console.error(`${scenario.name} (${locale}, ${colorScheme}): ${(await page.locator('main').innerText()).slice(0, 400)}`);
              throw error;
            });
            await page.screenshot({ animations: 'disabled', caret: 'hide', fullPage: scenario.fullPage ?? false, path: join(out, `${scenario.name}-${locale === 'cy' ? 'cy' : 'en'}-${colorScheme}.png`) });
          } finally {
            // A held scan is stopped, not left waiting.
            if (held) await world.handlers['cleanup:cancel']({}, { windowId: 'cleanup' });
            await context.close();
            await world.dispose();
          }
        }
      }
    }, 120_000);
  }
});
