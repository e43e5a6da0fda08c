import { describe, expect, it } from 'vitest';
import { builtInCatalogue } from '../../../electron/core/calls/catalogue.js';
import { allProducts } from '../../../electron/core/products/index.js';
import { runCliProcess } from '../../support/cli.js';

// The CLI's bundles carry the products and the built-in catalogue as checked at build time, in JSON
// (electron/core/util/checked-at-build.ts). Here they are checked from the sources, as the app does.
describe('data checked at build time', () => {
  it('survives JSON unchanged (no undefined, Date, Map or function in it)', () => {
    expect(JSON.parse(JSON.stringify(allProducts()))).toStrictEqual(allProducts());
    expect(JSON.parse(JSON.stringify(builtInCatalogue()))).toStrictEqual(builtInCatalogue());
  });

  it('is what the sources give: the CLI prints the catalogue checked now', async () => {
    const run = await runCliProcess(['catalogue', '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toStrictEqual({ schema: 'meeting-guard/catalogue@1', ...builtInCatalogue() });
  });
});
