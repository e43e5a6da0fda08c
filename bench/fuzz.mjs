// Fuzz and soak: every parser of the core on ≥100,000 generated inputs (damaged real outputs and random text), and
// one million poll cycles of the call state machine.
// Usage: node bench/fuzz.mjs [--full] [--only TEXT]... [--no-linearity] [--no-soak]
//   --only TEXT  fuzz only the targets whose name contains TEXT (repeatable; "linearity" or "soak" name those rows);
//                a run of one target at a time keeps each row's figures apart on a busy machine.
//
// Peers, measured in the same run on the same inputs:
//   fuzz rows: JSON.parse (in try/catch) over exactly the inputs the parser got — a tokenizer every engine tunes,
//              so the ratio says how far each parser is from "just reading the text";
//   soak row:  the same poll loop (matching + diffing the churning process list) with a reducer that does nothing.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const HANG_MS = 250; // one input taking longer than this, in wall and then CPU time, is a hang (the slowest real parse is well under 1 ms)
const BATCH = 2_000;

async function bundle(name, contents) {
  const outfile = join(root, 'dist', 'scripts', `${name}-${process.pid}.mjs`);
  await build({ stdin: { contents, resolveDir: root, loader: 'ts' }, bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'warning', packages: 'external', absWorkingDir: root });
  return outfile;
}

/** CPU milliseconds `run` takes (a throw counts as its end). */
function cpuTime(run) {
  const start = process.cpuUsage();
  try {
    run();
  } catch {
    // counted as a crash already
  }
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function fuzzOne(target, { mangled, showInput }, fc, count, seed) {
  const stats = { inputs: 0, crashes: 0, hangs: 0, unlocated: 0, rejected: 0, ms: 0, peerMs: 0, firstCrash: '', firstUnlocated: '', slowest: { ms: 0, input: '' } };
  for (let done = 0, batchNo = 0; done < count; done += BATCH, batchNo++) {
    const inputs = fc.sample(mangled(target.sample), { numRuns: Math.min(BATCH, count - done), seed: seed + batchNo });
    for (const input of inputs) {
      const t = process.hrtime.bigint();
      try {
        const verdict = target.judge(input);
        if (verdict === 'unlocated') {
          stats.unlocated++;
          stats.firstUnlocated ||= showInput(input);
        }
        if (verdict !== 'accepted') stats.rejected++;
      } catch (error) {
        stats.crashes++;
        stats.firstCrash ||= `${String(error?.message ?? error).slice(0, 120)} on ${showInput(input)}`;
      }
      const ms = Number(process.hrtime.bigint() - t) / 1e6;
      stats.ms += ms;
      // Over the limit in wall time, it is timed again in CPU time: on a machine shared with other work, waiting for
      // a core is not the parser's doing, and a slow input is slow every time.
      const cpuMs = ms > HANG_MS ? cpuTime(() => target.judge(input)) : ms;
      if (cpuMs > HANG_MS) stats.hangs++;
      if (cpuMs > stats.slowest.ms) stats.slowest = { ms: cpuMs, input: `${showInput(input)} (length ${input.length})` };
    }
    const t = process.hrtime.bigint();
    for (const input of inputs) {
      try {
        // Bytes (a file in another encoding) are read as UTF-8 text for the peer, as JSON.parse needs a string.
        JSON.parse(typeof input === 'string' ? input : Buffer.from(input).toString('utf8'));
      } catch {
        // a rejection, as for the parser
      }
    }
    stats.peerMs += Number(process.hrtime.bigint() - t) / 1e6;
    stats.inputs += inputs.length;
  }
  return stats;
}

// Every target on every slow shape (test/support/linearity.ts), at m and 4m: the worst growth is the figure. Peer: a
// pass over every character (toUpperCase) on the same worst input, which is linear by construction.
const LINEAR_BOUND = 10;
function linearityRow(targets, { growth, shapes }) {
  let worst;
  for (const target of targets) {
    process.stderr.write(`bench: linearity ${target.name}…\n`);
    for (const shape of shapes(target.sample)) {
      let g = growth(target, shape, { minMs: 3, runs: 5, maxChars: 2_000_000 });
      if (g.ratio >= LINEAR_BOUND) g = growth(target, shape, { minMs: 6, runs: 7, maxChars: 4_000_000 });
      if (g.largeMs >= 5 && (!worst || g.ratio > worst.g.ratio)) worst = { g, shape };
    }
  }
  const peer = growth({ name: 'toUpperCase', sample: '', judge: (input) => (String(input).toUpperCase(), 'accepted') }, worst.shape, { minMs: 3, runs: 5, maxChars: 2_000_000 });
  const shapeCount = shapes('').length;
  return {
    name: `linearity: ${targets.length} parsers × ${shapeCount} slow shapes at 4× the input; worst ${worst.g.target}, ${worst.g.shape} (${worst.g.smallMs.toFixed(1)} → ${worst.g.largeMs.toFixed(1)} ms CPU)`,
    value: worst.g.ratio, unit: '× time', peer: 'toUpperCase, same input', peerValue: peer.ratio, ratio: worst.g.ratio / peer.ratio,
    goal: `< ${LINEAR_BOUND}× (linear 4×, quadratic 16×)`, pass: worst.g.ratio < LINEAR_BOUND,
  };
}

/** Which rows a run makes: every one, or those `--only` names (by part of the name), less those switched off. */
export function pickRows(argv) {
  const only = argv.flatMap((a, i) => (a === '--only' && argv[i + 1] !== undefined ? [argv[i + 1]] : []));
  const named = (name) => only.length === 0 || only.some((o) => name.includes(o));
  return { target: named, linearity: named('linearity') && !argv.includes('--no-linearity'), soak: named('soak') && !argv.includes('--no-soak') };
}

export async function runFuzzBench({ full = false, pick = pickRows([]) } = {}) {
  const count = full ? 300_000 : 100_000;
  const cycles = 1_000_000;
  const rows = [];
  const fuzzFile = await bundle('fuzz-targets', "export { fuzzTargets } from './test/support/fuzz-targets.ts';\nexport { mangled, showInput } from './test/support/fuzz-inputs.ts';\nexport { growth, shapes } from './test/support/linearity.ts';\nexport { default as fc } from 'fast-check';\n");
  try {
    const { fuzzTargets, mangled, showInput, fc, growth, shapes } = await import(pathToFileURL(fuzzFile).href);
    for (const [i, target] of fuzzTargets(root).entries()) {
      if (!pick.target(target.name)) continue; // the seed stays the target's own, whichever others run
      process.stderr.write(`bench: fuzz ${target.name}…\n`);
      const s = fuzzOne(target, { mangled, showInput }, fc, count, 1_000 * (i + 1));
      const value = s.inputs / (s.ms / 1000);
      const peerValue = s.inputs / (s.peerMs / 1000);
      if (s.firstCrash) process.stderr.write(`  first crash: ${s.firstCrash}\n`);
      if (s.firstUnlocated) process.stderr.write(`  first rejection without a location: ${s.firstUnlocated}\n`);
      // A hang is either the parser (the same input is slow again: see test/support/linearity.ts) or the machine.
      if (s.hangs) process.stderr.write(`  slowest input (${s.slowest.ms.toFixed(0)} ms): ${s.slowest.input}\n`);
      rows.push({
        name: `fuzz ${target.name}: ${s.inputs} inputs, ${s.crashes} crashes, ${s.hangs} hangs, ${s.unlocated}/${s.rejected} rejections unlocated`,
        value, unit: 'inputs/s', peer: 'JSON.parse, same inputs', peerValue, ratio: value / peerValue,
        goal: '0 crashes, 0 hangs, every rejection located', pass: s.crashes === 0 && s.hangs === 0 && s.unlocated === 0,
      });
    }
    if (pick.linearity) rows.push(linearityRow(fuzzTargets(root), { growth, shapes }));
  } finally {
    await rm(fuzzFile, { force: true });
  }

  if (!pick.soak) return rows;
  process.stderr.write(`bench: soak ${cycles} cycles…\n`);
  const soakFile = await bundle('soak-heap', `import { soakHeap } from './test/support/soak-heap.ts';\nconsole.log(JSON.stringify(soakHeap(${cycles}, true)));\n`);
  try {
    const { result, growthBytes, ms, peerMs } = JSON.parse(execFileSync(process.execPath, ['--expose-gc', soakFile], { encoding: 'utf8' }));
    const ok = result.duplicateNotices + result.duplicateWarnings + result.duplicateReminders + result.missedEnds === 0;
    const value = cycles / (ms / 1000);
    const peerValue = cycles / (peerMs / 1000);
    rows.push({
      name: `soak ${cycles} poll cycles (${result.calls} calls, ${result.warnings} warnings): heap +${(growthBytes / 1024).toFixed(0)} KiB, ${result.duplicateNotices + result.duplicateWarnings + result.duplicateReminders} duplicates, ${result.missedEnds} missed ends`,
      value, unit: 'cycles/s', peer: 'same loop, no-op reducer', peerValue, ratio: value / peerValue,
      goal: 'heap < 1 MB, 0 duplicates, 0 missed ends', pass: ok && growthBytes < 1024 * 1024,
    });
  } finally {
    await rm(soakFile, { force: true });
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { formatTable, assertComplete } = await import('./table.mjs');
  const rows = await runFuzzBench({ full: process.argv.includes('--full'), pick: pickRows(process.argv.slice(2)) });
  assertComplete(rows);
  console.log(formatTable(rows));
  if (rows.some((r) => !r.pass)) process.exitCode = 1;
}
