// Cold start of report-style commands against Node's own start (goal: at most 3× `node -e 0`).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { median } from './table.mjs';

const CLI = fileURLToPath(new URL('../bin/meeting-guard.js', import.meta.url));

function time(args, runs) {
  const samples = [];
  for (let i = 0; i < runs; i += 1) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, { stdio: 'ignore' });
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (result.error) throw result.error;
  }
  return median(samples);
}

export async function runCliStartBench({ runs = 15 } = {}) {
  time(['-e', '0'], 3); // warm the file cache for both sides alike
  time([CLI, '--version'], 3);
  const node = time(['-e', '0'], runs);
  const rows = [];
  for (const [name, args] of [
    ['CLI start: meeting-guard --version', ['--version']],
    ['CLI start: meeting-guard device --json', ['device', '--json']],
  ]) {
    const ours = time([CLI, ...args], runs);
    rows.push({ name, value: ours, unit: 'ms', peer: 'node -e 0', peerValue: node, ratio: ours / node, goal: '≤ 3×', pass: ours / node <= 3 });
  }
  return rows;
}
