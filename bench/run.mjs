// npm run bench: every figure the product promises, measured beside its peer in this one run.
import { existsSync } from 'node:fs';
import { assertComplete, formatTable } from './table.mjs';
import { runCliStartBench } from './cli-start.mjs';

const full = process.argv.includes('--full');
const suites = [['CLI start', () => runCliStartBench({ full })]];

// Feature benchmarks register here as they exist (each exports one async function returning rows).
for (const [file, fn, label] of [
  ['./calls.mjs', 'runCallsBench', 'calls'],
  ['./cleanup.mjs', 'runCleanupBench', 'cleanup'],
  ['./matcher.mjs', 'runMatcherBench', 'matcher'],
  ['./fuzz.mjs', 'runFuzzBench', 'fuzz'],
]) {
  if (existsSync(new URL(file, import.meta.url))) {
    const mod = await import(file);
    suites.push([label, () => mod[fn]({ full })]);
  }
}

const rows = [];
for (const [label, run] of suites) {
  process.stderr.write(`bench: ${label}…\n`);
  rows.push(...(await run()));
}
assertComplete(rows);
console.log(formatTable(rows));
const failed = rows.filter((r) => !r.pass);
if (failed.length > 0) {
  console.log(`\n${failed.length} goal(s) not met: ${failed.map((r) => r.name).join('; ')}`);
  process.exitCode = 1;
}
