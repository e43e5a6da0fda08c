// Cold start of every CLI command against Node's own start, interleaved (A B A B) so the two share the machine's load.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { interleaved } from './table.mjs';

const CLI = fileURLToPath(new URL('../bin/meeting-guard.js', import.meta.url));

function timed(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { stdio: 'ignore' });
  if (result.error) throw result.error;
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Every command, each as IT would start it; the three report-style commands carry the start-up goal. */
function invocations(emptyHome) {
  return [
    ['--version', ['--version'], 'info'],
    ['device --json', ['device', '--json'], 1.4],
    ['report', ['report'], 1.4],
    ['catalogue --json', ['catalogue', '--json'], 1.4],
    ['policy --json', ['policy', '--json'], 'info'],
    ['notice --schema', ['notice', '--schema'], 'info'],
    ['signals --help', ['signals', '--help'], 'info'],
    ['watch --exit-after-ms 1 --json', ['watch', '--exit-after-ms', '1', '--json'], 'info'],
    ['cleanup --scan --json (empty home)', ['cleanup', '--scan', '--json', '--home', emptyHome], 'info'],
  ];
}

export async function runCliStartBench({ full = false } = {}) {
  const home = mkdtempSync(join(tmpdir(), 'mg-bench-home-'));
  try {
    timed(['-e', '0']); // warm the file cache for both sides alike
    const rows = [];
    for (const [label, args, goal] of invocations(home)) {
      timed([CLI, ...args]);
      const r = await interleaved(() => timed([CLI, ...args]), () => timed(['-e', '0']), { rounds: full ? 20 : 10 });
      const pass = goal === 'info' ? true : r.ratio.median <= goal;
      rows.push({
        name: `CLI cold start: meeting-guard ${label}`, value: r.a.median, unit: 'ms', peer: 'node -e 0 (interleaved)', peerValue: r.b.median,
        ratio: r.ratio.median, range: { min: r.ratio.min, max: r.ratio.max }, goal: goal === 'info' ? 'info' : `<= ${goal}x`, pass,
      });
    }
    return rows;
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { formatTable } = await import('./table.mjs');
  console.log(formatTable(await runCliStartBench({ full: process.argv.includes('--full') })));
}
