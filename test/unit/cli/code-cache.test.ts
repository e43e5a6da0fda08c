import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runNode } from '../../support/cli.js';

// bin/run-bundle.js runs each CLI bundle with the code V8 compiled for it at build time. A cache that does not fit
// must be ignored without a word: the command prints exactly what it prints without one.
const dist = fileURLToPath(new URL('../../../dist/cli/', import.meta.url));
const runBundleUrl = pathToFileURL(fileURLToPath(new URL('../../../bin/run-bundle.js', import.meta.url))).href;
// The bundles of this platform (scripts/build.mjs names each after the platform it was built for).
const catalogueBundle = join(dist, `command-catalogue.${process.platform}.cjs`);
const work = mkdtempSync(join(tmpdir(), 'mg-code-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs `catalogue --json` from `bundle` the way bin/meeting-guard.js does; reports whether V8 took the cache. */
function run(bundle: string) {
  const script = `import { runBundle } from ${JSON.stringify(runBundleUrl)};
process.argv = [process.argv[0], ${JSON.stringify(bundle)}, 'catalogue', '--json'];
const { cache } = runBundle(${JSON.stringify(bundle)});
process.on('exit', () => process.stderr.write('cache ' + cache));`;
  return runNode(['--input-type=module', '-e', script]);
}

function copyOfBundle(name: string): string {
  const bundle = join(work, `${name}.cjs`);
  copyFileSync(catalogueBundle, bundle);
  return bundle;
}

describe('the code cache beside each CLI bundle', () => {
  it('is taken for the bundle it was built with', async () => {
    const bundle = copyOfBundle('shipped');
    copyFileSync(`${catalogueBundle}.cache`, `${bundle}.cache`);
    const taken = await run(bundle);
    expect(taken.stderr).toBe('cache taken');
    expect(JSON.parse(taken.stdout).schema).toBe('meeting-guard/catalogue@1');
  });

  it('is ignored, with the same output, when missing, damaged, of another build or of another bundle', async () => {
    const reference = await run(copyOfBundle('no-cache'));
    expect([reference.code, reference.stderr]).toEqual([0, 'cache none']);
    const shipped = readFileSync(`${catalogueBundle}.cache`);
    const head = shipped.subarray(0, shipped.indexOf(10) + 1);
    const cases: Record<string, [Buffer, string]> = {
      // The right build line, then bytes V8 cannot use.
      damaged: [Buffer.concat([head, Buffer.alloc(4096, 0x5a)]), 'rejected'],
      truncated: [shipped.subarray(0, head.length + 100), 'rejected'],
      // V8 checks little more than the source's length: the build line keeps another build's cache out.
      'another build': [Buffer.concat([Buffer.from('0123456789abcdef0123456789abcdef\n'), shipped.subarray(head.length)]), 'none'],
      'another bundle': [readFileSync(join(dist, `command-device.${process.platform}.cjs.cache`)), 'none'],
      empty: [Buffer.alloc(0), 'none'],
    };
    for (const [label, [bytes, fate]] of Object.entries(cases)) {
      const bundle = copyOfBundle(label.replace(/ /g, '-'));
      writeFileSync(`${bundle}.cache`, bytes);
      const result = await run(bundle);
      expect({ label, code: result.code, stdout: result.stdout }).toEqual({ label, code: 0, stdout: reference.stdout });
      expect(result.stderr, label).toBe(`cache ${fate}`);
    }
  });

  it('runs a bundle with bytes outside ASCII as UTF-8 text, and an ASCII one as the same text', async () => {
    // Shipped bundles are all ASCII and read as Latin-1 (bin/run-bundle.js): a bundle that is not must not be misread.
    const printed = async (source: string) => {
      const bundle = join(work, `text-${Buffer.byteLength(source)}.cjs`);
      writeFileSync(bundle, source);
      const script = `import { runBundle } from ${JSON.stringify(runBundleUrl)};\nrunBundle(${JSON.stringify(bundle)});`;
      return (await runNode(['--input-type=module', '-e', script])).stdout;
    };
    expect(await printed("process.stdout.write('Gr\u00fc\u00dfe \u2014 \u{1F4F9}\\n');\n")).toBe('Gr\u00fc\u00dfe \u2014 \u{1F4F9}\n');
    expect(await printed("process.stdout.write('Gr\\u00fc\\u00dfe \\u2014 \\u{1F4F9}\\n');\n")).toBe('Gr\u00fc\u00dfe \u2014 \u{1F4F9}\n');
  });
});
