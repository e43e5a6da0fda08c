// Cold start of every CLI command against Node's own start, interleaved (A B A B) so the two share the machine's load.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { interleaved } from './table.mjs';

const CLI = fileURLToPath(new URL('../bin/meeting-guard.js', import.meta.url));

/** CPU milliseconds of the children waited for so far (cutime + cstime in /proc/self/stat, 10 ms ticks); Linux only. */
function childrenCpuMs() {
  if (process.platform !== 'linux') return 0;
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) * 10; // cutime, cstime (fields 16 and 17 of proc(5))
}

/** Wall milliseconds of one run; its CPU time is added to `cpu` (summed: one run's is a few ticks). */
function timed(args, cpu) {
  const before = childrenCpuMs();
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { stdio: 'ignore' });
  if (result.error) throw result.error;
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  if (cpu) cpu.ms += childrenCpuMs() - before;
  return wall;
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
    // interleaved() runs each side once more, untimed, before its rounds: the CPU sums count rounds + 1 runs each.
    for (const [label, args, goal] of invocations(home)) {
      timed([CLI, ...args]);
      const ours = { ms: 0 };
      const node = { ms: 0 };
      const rounds = full ? 20 : 10;
      const r = await interleaved(() => timed([CLI, ...args], ours), () => timed(['-e', '0'], node), { rounds });
      const pass = goal === 'info' ? true : r.ratio.median <= goal;
      rows.push({
        name: `CLI cold start: meeting-guard ${label}`, value: r.a.median, unit: 'ms', peer: 'node -e 0 (interleaved)', peerValue: r.b.median,
        ratio: r.ratio.median, range: { min: r.ratio.min, max: r.ratio.max }, goal: goal === 'info' ? 'info' : `<= ${goal}x`, pass,
      });
      // The same runs in CPU time, which other programs on a shared machine disturb far less than wall time.
      if (node.ms > 0) {
        cpuRows.push({
          name: `CLI cold start, CPU time: meeting-guard ${label}`, value: ours.ms / (rounds + 1), unit: 'ms', peer: 'node -e 0, same runs', peerValue: node.ms / (rounds + 1),
          ratio: ours.ms / node.ms, goal: 'info', pass: true,
        });
      }
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
