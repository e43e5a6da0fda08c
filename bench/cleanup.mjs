// Cleanup scan on a home folder shaped like real client data (bench/corpus/README.md), against ripgrep with the same
// patterns, all in one run: whole processes, warm and cold page cache, interleaved pair by pair; peak memory on a
// small and a large tree; matches by kind; one-thread speed by file shape.
// Besides wall time, the CPU time (user + system, all threads) each side spent, through /usr/bin/time where it is
// installed: on a shared machine that figure moves far less with the load than the wall time does.
// Usage: node bench/cleanup.mjs [megabytes=200] [--full]   (--full: fewer rounds, for 1 GB)
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateCorpus } from './corpus/generate.mjs';
import { dropFromPageCache } from './page-cache.mjs';
import { cpuByThread } from './thread-cpu.mjs';
import { interleaved, spread } from './table.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const MB = 1048576;

async function loadCore(outDir) {
  const outfile = join(outDir, 'cleanup-core.mjs');
  await build({
    bundle: true, platform: 'node', format: 'esm', logLevel: 'warning',
    banner: { js: "import { createRequire as __c } from 'node:module'; const require = __c(import.meta.url);" },
    nodePaths: [join(root, 'node_modules')],
    stdin: {
      contents: "export { scanOneFile } from './electron/core/cleanup/scan-file.js'; export { patternSources } from './electron/core/cleanup/patterns.js';",
      resolveDir: root,
      loader: 'ts',
    },
    outfile,
  });
  return import(pathToFileURL(outfile).href);
}

/** ASCII classes, as the scanner works on bytes: Unicode-aware \b and \s would slow ripgrep for no gain. */
const rgPatterns = (core) => Object.fromEntries(Object.entries(core.patternSources).map(([k, p]) => [k, `(?-u)${p}`]));
const scanned = (home) => [join(home, '.zoom'), join(home, '.config')];

const TIME = '/usr/bin/time';
const timeCpu = existsSync(TIME);
const CPU_MARK = 'mg-bench-cpu';

/** Runs a command, with its CPU time (user + system seconds of all its threads) where /usr/bin/time is there. */
function run(command, args, options) {
  const t0 = performance.now();
  const res = timeCpu ? spawnSync(TIME, ['-f', `${CPU_MARK} %U %S`, command, ...args], options) : spawnSync(command, args, options);
  const ms = performance.now() - t0;
  let cpuMs;
  if (timeCpu && typeof res.stderr === 'string') {
    const line = res.stderr.split('\n').reverse().find((l) => l.startsWith(CPU_MARK));
    if (line) cpuMs = line.split(' ').slice(1).reduce((sum, x) => sum + Number(x) * 1000, 0);
    res.stderr = res.stderr.split('\n').filter((l) => !l.startsWith(CPU_MARK)).join('\n');
  }
  return { res, ms, cpuMs };
}

function rg(patterns, paths, extra = []) {
  const { res, ms, cpuMs } = run('rg', [...extra, '-a', '-uuu', '--count-matches', '--no-filename', ...patterns.flatMap((p) => ['-e', p]), ...paths], { encoding: 'utf8', maxBuffer: 256 << 20 });
  if (res.error || (res.status === 127 && !res.stdout)) throw new Error('cleanup bench: ripgrep (rg) is not installed; it is the peer these figures are measured against');
  return { ms, cpuMs, matches: res.stdout.split('\n').filter(Boolean).reduce((s, l) => s + Number(l), 0) };
}

/** The whole CLI as IT runs it; its peak memory (threads included) comes back through bench/max-rss.cjs. */
function cli(home, rssFile) {
  const { res, ms, cpuMs } = run(process.execPath, ['--require', join(root, 'bench/max-rss.cjs'), join(root, 'bin/meeting-guard.js'), 'cleanup', '--scan', '--json', '--home', home], {
    encoding: 'utf8', maxBuffer: 256 << 20, env: { ...process.env, MG_BENCH_MAX_RSS: rssFile },
  });
  if (res.status !== 0) throw new Error(`cleanup bench: meeting-guard cleanup --scan failed (${res.status}): ${res.stderr}`);
  return { ms, cpuMs, report: JSON.parse(res.stdout), rss: Number(readFileSync(rssFile, 'utf8')) };
}

/** CPU time ratio (ripgrep's / ours), pair by pair, of the runs `interleaved` made. */
function cpuRow(name, pairs) {
  const ratios = pairs.filter(([a, b]) => a !== undefined && b !== undefined).map(([a, b]) => a / b);
  if (ratios.length === 0) return undefined;
  const r = spread(ratios);
  const ours = spread(pairs.map(([, b]) => b)).median;
  const theirs = spread(pairs.map(([a]) => a)).median;
  return { name, value: round(ours / 1000), unit: 's CPU', peer: 'ripgrep, same patterns (user + system, all threads)', peerValue: round(theirs / 1000), ratio: round(r.median), range: { min: round(r.min), max: round(r.max) }, goal: '(info: CPU throughput ratio)', pass: true };
}

function files(dir, out = []) {
  const entries = readdirSync(dir, { withFileTypes: true });
  const siblings = new Set(entries.map((e) => e.name)); // one set per folder: a cache folder holds thousands
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files(path, out);
    else out.push({ path, size: statSync(path).size, siblings });
  }
  return out;
}

const shapeOf = (p) => (/Cache_Data/.test(p) ? 'HTTP cache' : /leveldb/.test(p) ? 'LevelDB' : /\.json$|\.conf$/.test(p) ? 'JSON' : /install_/.test(p) ? 'UTF-16 text' : /\.log$/.test(p) ? 'logs' : 'SQLite');

const totals = (report) => {
  const sum = {};
  for (const c of report.clients) for (const [k, v] of Object.entries(c.findings)) sum[k] = (sum[k] ?? 0) + v.count;
  return sum;
};

const round = (x) => Math.round(x * 100) / 100;

export async function runCleanupBench(options = {}) {
  const megabytes = typeof options === 'number' ? options : (options.megabytes ?? (options.full ? 1024 : 200));
  const work = await mkdtemp(join(tmpdir(), 'mg-bench-cleanup-'));
  const bundle = join(root, 'node_modules/.cache', `mg-bench-cleanup-${process.pid}`);
  try {
    const core = await loadCore(bundle);
    const patterns = rgPatterns(core);
    const all = Object.values(patterns);
    const small = join(work, 'small');
    const home = join(work, 'home');
    process.stderr.write(`bench: generating a ${megabytes} MB client-data tree…\n`);
    await generateCorpus(small, 20, 20);
    const corpus = await generateCorpus(home, megabytes, 20);
    const mb = corpus.bytes / MB;
    const rss = join(work, 'rss');
    const rows = [];
    // Each row as soon as it is measured: a run over 1 GB takes long.
    const push = rows.push.bind(rows);
    rows.push = (...r) => (r.forEach((x) => process.stderr.write(`bench: ${JSON.stringify(x)}\n`)), push(...r));
    const rate = (ms) => mb / (ms / 1000);

    // Warm: the tree in the page cache, as right after the client wrote it.
    rg(all, scanned(home));
    let lastReport;
    const cpu = { rg: [], ours: [] };
    const warm = await interleaved(() => {
      const r = rg(all, scanned(home));
      cpu.rg.push(r.cpuMs);
      return r.ms;
    }, () => {
      const r = cli(home, rss);
      lastReport = r.report;
      cpu.ours.push(r.cpuMs);
      return r.ms;
    }, { rounds: options.full ? 3 : 5 });
    // The untimed first pair (interleaved's warm round) is left out, as it is from the wall-time ratio.
    const pairs = (c, warmRounds) => c.ours.slice(warmRounds).map((b, i) => [c.rg[warmRounds + i], b]);
    // Throughput ratio = ripgrep's time / ours, pair by pair.
    const row = (name, r, goal) => ({
      name, value: round(rate(r.b.median)), unit: 'MB/s', peer: 'ripgrep, same patterns, -a, byte mode', peerValue: round(rate(r.a.median)),
      ratio: round(r.ratio.median), range: { min: round(r.ratio.min), max: round(r.ratio.max) }, goal, pass: r.ratio.median >= 0.5,
    });
    rows.push(row(`cleanup --scan --json, whole process, warm page cache (${Math.round(mb)} MB, ${corpus.files} files)`, warm, '>= 0.5x ripgrep'));
    const warmCpu = cpuRow(`cleanup --scan --json, CPU time, warm page cache (${Math.round(mb)} MB)`, pairs(cpu, 1));
    if (warmCpu) rows.push(warmCpu);

    // Cold: both read the tree from disk.
    if (dropFromPageCache(home)) {
      const coldCpu = { rg: [], ours: [] };
      const timed = (r, list) => (list.push(r.cpuMs), r.ms);
      const cold = await interleaved(() => (dropFromPageCache(home), timed(rg(all, scanned(home)), coldCpu.rg)), () => (dropFromPageCache(home), timed(cli(home, rss), coldCpu.ours)), { rounds: options.full ? 2 : 3, warm: 0 });
      rows.push(row(`cleanup --scan --json, whole process, cold page cache (${Math.round(mb)} MB)`, cold, '>= 0.5x ripgrep'));
      const coldRow = cpuRow(`cleanup --scan --json, CPU time, cold page cache (${Math.round(mb)} MB)`, pairs(coldCpu, 0));
      if (coldRow) rows.push(coldRow);
    } else {
      process.stderr.write('bench: could not drop the tree from the page cache (python3 missing?): no cold rows\n');
    }

    // Peak memory: a small tree and the large one, same process, threads included.
    // (A 1 GB tree takes minutes a run: one run each there; the smaller of two otherwise.)
    const peak = (dir) => (options.full ? cli(dir, rss).rss : Math.min(cli(dir, rss).rss, cli(dir, rss).rss));
    const smallRss = peak(small);
    const largeRss = peak(home);
    const growth = (largeRss - smallRss) / MB;
    rows.push({
      name: `cleanup --scan peak RSS, ${Math.round(mb)} MB tree against a 20 MB tree (threads included)`, value: round(largeRss / MB), unit: 'MB',
      peer: '20 MB tree', peerValue: round(smallRss / MB), ratio: round(largeRss / smallRss), goal: `growth <= 32 MB (here +${round(growth)} MB)`, pass: growth <= 32,
    });

    // Where the whole process's CPU goes, thread by thread (warm page cache, median of three runs): the main thread
    // (start-up, the walk, the threads' answers, the report), the scanning threads, and the rest (V8's compiler and
    // garbage-collector threads, libuv's pool). Each against ripgrep's CPU for the whole job, so the shares add up
    // to the CPU row's inverse.
    const byThread = [];
    for (let i = 0; i < 3; i++) {
      const r = await cpuByThread(process.execPath, [join(root, 'bin/meeting-guard.js'), 'cleanup', '--scan', '--json', '--home', home], { busiest: Math.min(4, availableParallelism()) });
      if (r) byThread.push(r);
    }
    const rgCpu = spread(cpu.rg.filter((x) => x !== undefined)).median;
    if (byThread.length > 0 && rgCpu > 0) {
      for (const [part, label] of [['main', 'main thread (start-up, walk, answers, report)'], ['busiest', 'scanning threads'], ['rest', 'other threads (V8 compiler and GC, libuv)'], ['total', 'all threads']]) {
        const ms = spread(byThread.map((r) => r[part])).median;
        rows.push({ name: `cleanup --scan CPU by thread, ${label} (${Math.round(mb)} MB, warm)`, value: round(ms / 1000), unit: 's CPU', peer: 'ripgrep, whole job (user + system)', peerValue: round(rgCpu / 1000), ratio: round(ms / rgCpu), goal: 'info (x ripgrep\'s CPU)', pass: true });
      }
    }

    // Matches by kind: ours against ripgrep with each pattern alone (test/unit/cleanup/ripgrep-agreement explains each gap).
    const ours = totals(lastReport);
    for (const [kind, pattern] of Object.entries(patterns)) {
      const theirs = rg([pattern], scanned(home)).matches;
      rows.push({ name: `cleanup matches, ${kind}`, value: ours[kind] ?? 0, unit: 'matches', peer: 'ripgrep, that pattern alone', peerValue: Math.max(theirs, 1), ratio: round((ours[kind] ?? 0) / Math.max(theirs, 1)), goal: 'info', pass: true });
    }

    // One thread by file shape, reading as the scanning threads do (blocking reads): where the time goes.
    const byShape = {};
    for (const f of files(home)) (byShape[shapeOf(f.path)] ??= []).push(f);
    for (const [shape, list] of Object.entries(byShape)) {
      const bytes = list.reduce((s, f) => s + f.size, 0) / MB;
      const paths = list.map((f) => f.path);
      const r = await interleaved(async () => {
        const t0 = performance.now();
        for (const f of list) await core.scanOneFile(home, f, { sync: true });
        return performance.now() - t0;
      }, () => rg(all, paths, ['-j1']).ms, { rounds: options.full ? 2 : 3 });
      // ratio here: ripgrep's time / ours (throughput ratio).
      rows.push({
        name: `cleanup one thread, ${shape} (${round(bytes)} MB, ${list.length} files)`, value: round(bytes / (r.a.median / 1000)), unit: 'MB/s', peer: 'ripgrep -j1, same files',
        peerValue: round(bytes / (r.b.median / 1000)), ratio: round(1 / r.ratio.median), range: { min: round(1 / r.ratio.max), max: round(1 / r.ratio.min) }, goal: 'info', pass: true,
      });
    }

    // Matches by shape, ours against ripgrep kind by kind: where each total's difference comes from (each kind of
    // gap has a test in test/unit/cleanup/ripgrep-agreement.test.ts). Ours per file as a scanning thread reads it.
    const sum = (counts) => Object.values(counts).reduce((s, n) => s + n, 0);
    for (const [shape, list] of Object.entries(byShape)) {
      const mine = Object.fromEntries(Object.keys(patterns).map((kind) => [kind, 0]));
      for (const f of list) {
        const entry = await core.scanOneFile(home, f, { sync: true });
        for (const kind of Object.keys(mine)) mine[kind] += entry.findings?.[kind]?.count ?? 0;
      }
      const paths = list.map((f) => f.path);
      const theirs = Object.fromEntries(Object.entries(patterns).map(([kind, pattern]) => [kind, rg([pattern], paths).matches]));
      const differ = Object.keys(mine).filter((kind) => mine[kind] !== theirs[kind]).map((kind) => `${kind} ${mine[kind]} / ${theirs[kind]}`);
      rows.push({
        name: `cleanup matches by shape, ${shape} (${list.length} files): ${differ.length > 0 ? `ours / ripgrep where they differ: ${differ.join(', ')}` : 'every kind the same'}`,
        value: sum(mine), unit: 'matches', peer: 'ripgrep, each pattern alone, same files', peerValue: Math.max(sum(theirs), 1), ratio: round(sum(mine) / Math.max(sum(theirs), 1)), goal: 'info', pass: true,
      });
    }
    return rows;
  } finally {
    await rm(work, { recursive: true, force: true });
    await rm(bundle, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { formatTable } = await import('./table.mjs');
  const size = process.argv.slice(2).find((a) => /^\d+$/.test(a));
  console.log(formatTable(await runCleanupBench({ megabytes: Number(size ?? 200), full: process.argv.includes('--full') })));
  process.stderr.write(`bench: load average at the end ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')} (${availableParallelism()} cores)\n`);
}
