// Cold start of every CLI command against Node's own start, interleaved (A B A B) so the two share the machine's load.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { interleaved, median, spread } from './table.mjs';

const CLI = fileURLToPath(new URL('../bin/meeting-guard.js', import.meta.url));

const CHILD_CPU = fileURLToPath(new URL('./child-cpu.cjs', import.meta.url));
/** Untimed pairs interleaved() runs before the timed ones. */
const WARM = 1;

/**
 * One run: its wall milliseconds and the CPU milliseconds the child reported of itself (bench/child-cpu.cjs, preloaded
 * on both sides alike). Each run's own figure, so the CPU rows get a median and a range as the wall rows do.
 */
function timed(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--require', CHILD_CPU, ...args], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
  if (result.error) throw result.error;
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  const cpu = Number(String(result.output[3]).trim()) / 1000;
  if (!(cpu > 0)) throw new Error(`no CPU time reported by node ${args.join(' ')} (exit ${result.status})`);
  return { wall, cpu };
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
    const cpuRows = [];
    for (const [label, args, goal] of invocations(home)) {
      timed([CLI, ...args]);
      // The CPU time of the very runs whose wall time is taken, in the same order.
      const ours = [];
      const node = [];
      const run = (into, runArgs) => () => {
        const { wall, cpu } = timed(runArgs);
        into.push(cpu);
        return wall;
      };
      const rounds = full ? 20 : 10;
      const r = await interleaved(run(ours, [CLI, ...args]), run(node, ['-e', '0']), { rounds, warm: WARM });
      const pass = goal === 'info' ? true : r.ratio.median <= goal;
      rows.push({
        name: `CLI cold start: meeting-guard ${label}`, value: r.a.median, unit: 'ms', peer: 'node -e 0 (interleaved)', peerValue: r.b.median,
        ratio: r.ratio.median, range: { min: r.ratio.min, max: r.ratio.max }, goal: goal === 'info' ? 'info' : `<= ${goal}x`, pass,
      });
      // The same runs in CPU time, which other programs on a shared machine disturb far less than wall time: the
      // median of each pair's ratio, its range over the pairs (interleaved() runs one untimed pair first: left out).
      const pairs = ours.slice(1).map((cpu, i) => cpu / node[i + 1]);
      const cpuRatio = spread(pairs);
      cpuRows.push({
        name: `CLI cold start, CPU time: meeting-guard ${label}`, value: median(ours.slice(WARM)), unit: 'ms', peer: 'node -e 0, same runs', peerValue: median(node.slice(WARM)),
        ratio: cpuRatio.median, range: { min: cpuRatio.min, max: cpuRatio.max }, goal: 'info', pass: true,
      });
    }
    rows.push(...cpuRows);
    return rows;
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { formatTable } = await import('./table.mjs');
  console.log(formatTable(await runCliStartBench({ full: process.argv.includes('--full') })));
}
