// The matcher alone, in this process, by file shape: the WebAssembly engine's CPU time per byte against the
// JavaScript matcher it replaced (test/support/reference-matcher/, kept as the differential test's reference), A B
// A B over the same buffers, 1 MB a call as the stream reader gives it. The shapes are the bench corpus's
// (bench/corpus/README.md says where each comes from). Usage: node bench/matcher.mjs [megabytes per shape=8]
import { build } from 'esbuild';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cacheEntry, leveldbLog, leveldbTable } from './corpus/binary.mjs';
import { jsonDocument, logLine, utf16Log } from './corpus/text.mjs';
import { prng, values } from './corpus/values.mjs';
import { engineDefine, buildEngine } from '../scripts/build-engine.mjs';
import { interleaved } from './table.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const MB = 1048576;

async function loadMatchers(dir) {
  await buildEngine();
  const outfile = join(dir, 'matchers.mjs');
  await build({
    stdin: {
      contents: "export { findMatches } from './electron/core/cleanup/text-matcher.ts'; export { referenceFindMatches } from './test/support/reference-matcher/text-matcher.ts';",
      resolveDir: root, loader: 'ts',
    },
    bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'warning', define: engineDefine(),
  });
  return import(pathToFileURL(outfile).href);
}

function shapes(megabytes) {
  const rand = prng(20);
  const v = values(rand);
  const size = megabytes * MB;
  const clock = { ms: Date.UTC(2024, 4, 2) };
  const text = (make) => {
    const parts = [];
    for (let n = 0; n < size; ) {
      const s = make();
      parts.push(s);
      n += s.length + 1;
    }
    return parts.join('\n');
  };
  const binary = (make, each) => {
    const parts = [];
    for (let n = 0; n < size; n += each) parts.push(make(rand, v, each));
    return Buffer.concat(parts);
  };
  return {
    'Zoom log': Buffer.from(text(() => logLine(rand, v, 'zoom', clock))),
    'Slack log': Buffer.from(text(() => logLine(rand, v, 'slack', clock))),
    'JSON storage': Buffer.from(text(() => jsonDocument(rand, v, 'storage', 64 * 1024))),
    'UTF-16LE log': utf16Log(text(() => logLine(rand, v, 'electron', clock)).slice(0, size / 2)),
    'HTTP cache entries': binary(cacheEntry, 24 * 1024),
    'LevelDB log': binary(leveldbLog, MB),
    'LevelDB table': binary(leveldbTable, MB),
  };
}

/** CPU milliseconds (user + system, every thread of this process: V8's compiler threads too) of one pass. */
function cpuOf(find, buf) {
  let count = 0;
  const sink = { found: () => void count++ };
  const t0 = process.cpuUsage();
  for (let at = 0; at < buf.length; at += MB) {
    const window = buf.subarray(at, Math.min(buf.length, at + MB));
    find(window, window.length, sink);
  }
  const t = process.cpuUsage(t0);
  return { ms: (t.user + t.system) / 1000, count };
}

export async function runMatcherBench(options = {}) {
  const megabytes = options.megabytes ?? 8;
  const dir = await mkdtemp(join(tmpdir(), 'mg-bench-matcher-'));
  try {
    const { findMatches, referenceFindMatches } = await loadMatchers(dir);
    const rows = [];
    for (const [shape, buf] of Object.entries(shapes(megabytes))) {
      if (cpuOf(findMatches, buf).count !== cpuOf(referenceFindMatches, buf).count) throw new Error(`matcher bench: the engine and the reference disagree on ${shape}`);
      const r = await interleaved(() => cpuOf(referenceFindMatches, buf).ms, () => cpuOf(findMatches, buf).ms, { rounds: options.full ? 3 : 5 });
      const ns = (ms) => Math.round((ms * 1e6 * 100) / buf.length) / 100;
      rows.push({
        name: `matcher alone, ${shape} (${Math.round(buf.length / MB)} MB, CPU ns/byte)`, value: ns(r.b.median), unit: 'ns/B', peer: 'the JavaScript matcher it replaced',
        peerValue: ns(r.a.median), ratio: Math.round(r.ratio.median * 100) / 100, range: { min: Math.round(r.ratio.min * 100) / 100, max: Math.round(r.ratio.max * 100) / 100 }, goal: 'info', pass: true,
      });
    }
    return rows;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { formatTable } = await import('./table.mjs');
  console.log(formatTable(await runMatcherBench({ megabytes: Number(process.argv[2] ?? 8) })));
}
