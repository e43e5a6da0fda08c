import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scanClients, type ScanOptions } from '../../../electron/core/cleanup/scan.js';
import { scanPool, type ScanPool } from '../../../electron/core/cleanup/scan-pool.js';
import type { ScanProgress } from '../../../electron/core/cleanup/scan-report.js';
import { tempDir, writeTree } from '../../support/temp.js';
import { linuxHome, zoomLog } from './homes.js';

// The thread bundle as the CLI ships it; the test run builds the CLI first (test/global-setup.ts).
const shipped = pathToFileURL(join(import.meta.dirname, '../../../dist/cli/scan-worker.cjs'));

/**
 * A home whose Zoom logs are big enough to go to the threads (over 8 MB), with one large log and 150 small ones
 * (which travel in batches), on top of the realistic Linux home (SQLite, LevelDB, encrypted store).
 */
async function bigHome(): Promise<string> {
  const home = await tempDir();
  await linuxHome(home);
  const lines = Array.from({ length: 30_000 }, (_, i) => `${zoomLog.trimEnd()}\n[2024-05-02 11:00:00.000] [INFO] peer 198.51.100.${i % 250} user${i % 40}@example.net`);
  await writeFile(join(home, '.zoom/logs/zoom_big.log'), lines.join('\n'));
  const small: Record<string, string> = {};
  for (let i = 0; i < 150; i++) small[`.zoom/logs/meeting_${i}.log`] = `join by host${i}@example.com from 203.0.113.${i % 200}\n`;
  await writeTree(home, small);
  return home;
}

async function scanWith(home: string, extra: Partial<ScanOptions> = {}) {
  let last: ScanProgress | undefined;
  const report = await scanClients({ os: 'linux', home, clients: ['zoom', 'slack'], onProgress: (p) => (last = p), ...extra });
  return { report, last };
}

/** The real pool as a scan sees it, with `scan` (and `open`, left out unless given) as the test wraps them. */
function watchedPool(real: ScanPool, wrapped: Pick<ScanPool, 'scan'> | Required<Pick<ScanPool, 'open'>>): ScanPool {
  return {
    scan: (files, options) => real.scan(files, options),
    ...wrapped,
    start: () => real.start!(),
    close: () => real.close(),
    get threads() {
      return real.threads;
    },
  };
}

describe('scanning on threads', () => {
  it('gives exactly the report and progress of a scan on the calling thread', async () => {
    expect(existsSync(shipped)).toBe(true);
    const home = await bigHome();
    const here = await scanWith(home);
    const pool = scanPool({ script: shipped, count: 2 })!;
    try {
      const threaded = await scanWith(home, { pool });
      expect(pool.threads).toBe(2); // the threads did the work and wait for the next scan
      expect(threaded.report).toEqual(here.report);
      expect(threaded.last).toEqual(here.last);
      const logs = threaded.report.clients[0]!.locations.find((l) => l.id === 'zoom.linux.logs')!;
      expect(logs.files).toHaveLength(152);
      expect(logs.findings.emails.count).toBe(2 * 30_000 + 150 + 1); // two per big-log line, one per small log, one in zoom_stdout.log
    } finally {
      await pool.close();
    }
    expect(pool.threads).toBe(0);
  });

  it('stops the work of the threads when the scan is cancelled, and reports the scan as incomplete', async () => {
    const home = await bigHome();
    const pool = scanPool({ script: shipped, count: 2 })!;
    const controller = new AbortController();
    try {
      const { report } = await scanWith(home, { pool, signal: controller.signal, onProgress: (p) => p.bytesDone > 1_000_000 && controller.abort() });
      expect(report.complete).toBe(false);
      // The same threads serve the next scan in full.
      const again = await scanWith(home, { pool });
      expect(again.report.complete).toBe(true);
      expect(again.report).toEqual((await scanWith(home)).report);
    } finally {
      await pool.close();
    }
  });

  for (const [what, body] of [
    ['stops at start', 'process.exit(3);'],
    ['throws', "parentPort.on('message', () => { throw new Error('broken scanner'); });"],
    ['answers with nonsense', "parentPort.on('message', (m) => parentPort.postMessage({ type: 'done', job: m.job, entries: [{ path: 1 }], streamed: [0] }));"],
    ['answers without saying for which job', "parentPort.on('message', () => parentPort.postMessage({ type: 'bytes', bytes: 10 }));"],
    ['sends progress that is no count of bytes', "parentPort.on('message', (m) => parentPort.postMessage({ type: 'bytes', job: m.job, bytes: -5 }));"],
    ['answers in an older form', "parentPort.on('message', (m) => parentPort.postMessage({ type: 'done', job: m.job, streamed: m.files.map(() => 0), entries: m.files.map(() => ({ path: 'x', size: 0, kind: 'bytes' })) }));"],
    ['answers with a count that is no count', "parentPort.on('message', (m) => parentPort.postMessage({ type: 'done', job: m.job, numbers: new Float64Array(m.files.length * 15).fill(-1), paths: m.files.map(() => 'x'), notes: [], previews: [] }));"],
    // Well formed, each file as an empty one named x (kind 3: bytes).
    ['answers for other files than it was given', "parentPort.on('message', (m) => { const numbers = new Float64Array(m.files.length * 15); m.files.forEach((_, i) => (numbers[i * 15 + 2] = 3)); parentPort.postMessage({ type: 'done', job: m.job, numbers, paths: m.files.map(() => 'x'), notes: [], previews: [] }); });"],
  ] as const) {
    it(`scans on the calling thread what a thread that ${what} left, so nothing goes unscanned`, async () => {
      const dir = await tempDir();
      const script = join(dir, 'broken-worker.mjs');
      await writeFile(script, `import { parentPort } from 'node:worker_threads';\n${body}\n`);
      const home = await bigHome();
      const pool = scanPool({ script: pathToFileURL(script), count: 2 })!;
      try {
        const threaded = await scanWith(home, { pool });
        const here = await scanWith(home);
        expect(threaded.report).toEqual(here.report);
        expect(threaded.last).toEqual(here.last);
        expect(pool.threads).toBe(0); // broken threads are not used again
      } finally {
        await pool.close();
      }
    });
  }

  it('starts its threads while the walk still lists files, once the walk has found enough to scan', async () => {
    const home = await bigHome();
    const real = scanPool({ script: shipped, count: 2 })!;
    let threadsWhenFilesCame = -1;
    // Without `open`: the files come in one go, after the walk.
    const watched = watchedPool(real, { scan: (files, options) => ((threadsWhenFilesCame = real.threads), real.scan(files, options)) });
    try {
      const threaded = await scanWith(home, { pool: watched });
      expect(threadsWhenFilesCame).toBe(2);
      expect(threaded.report).toEqual((await scanWith(home)).report);
    } finally {
      await real.close();
    }
    // A home too small for threads starts none.
    const small = await tempDir();
    await linuxHome(small);
    const idle = scanPool({ script: shipped, count: 2 })!;
    await scanWith(small, { pool: idle });
    expect(idle.threads).toBe(0);
    await idle.close();
  });

  it('hands each walked location over to the threads while the walk lists the next one', async () => {
    const home = await bigHome();
    const real = scanPool({ script: shipped, count: 2 })!;
    const batches: string[][] = [];
    const watched = watchedPool(real, {
      open: (options) => {
        const run = real.open!(options);
        return { add: (files) => (batches.push(files.map((f) => f.root)), run.add(files)), end: () => run.end(), done: run.done };
      },
    });
    try {
      const threaded = await scanWith(home, { pool: watched });
      expect(threaded.report).toEqual((await scanWith(home)).report);
      // One batch per scanned location, each of one location's files, in the order the walk found them.
      expect(batches.length).toBeGreaterThan(1);
      for (const batch of batches) expect(new Set(batch).size).toBe(1);
      const walked = threaded.report.clients.flatMap((c) => c.locations.filter((l) => l.clear === 'clear' && l.exists && l.bytes > 0).map((l) => l.path));
      expect(batches.map((b) => b[0])).toEqual(walked);
    } finally {
      await real.close();
    }
  });

  it('hands each thread its next job before the current one is answered', async () => {
    // A thread that answers only once it holds two jobs (or no second one came): it says in each entry how many it held.
    const dir = await tempDir();
    const script = join(dir, 'holding-worker.mjs');
    await writeFile(
      script,
      `import { parentPort } from 'node:worker_threads';
import { relative } from 'node:path';
let held = [];
let timer;
const answer = () => {
  const most = held.length;
  for (const m of held.splice(0)) {
    // Packed as job-answer.ts packs entries: per file its size, kind 3 (bytes) and a note; no findings.
    const numbers = new Float64Array(m.files.length * 15);
    m.files.forEach((f, i) => ((numbers[i * 15] = f.size), (numbers[i * 15 + 2] = 3), (numbers[i * 15 + 4] = 1)));
    parentPort.postMessage({ type: 'done', job: m.job, numbers, paths: m.files.map((f) => relative(f.root, f.path) || '.'), notes: m.files.map(() => 'held ' + most), previews: [] });
  }
};
parentPort.on('message', (m) => {
  if (m.type !== 'scan') return;
  held.push(m);
  clearTimeout(timer);
  if (held.length >= 2) answer();
  else timer = setTimeout(answer, 2000);
});
`,
    );
    const home = await bigHome();
    // Enough small files for several jobs a thread (a job carries at most 64 files).
    await writeTree(home, Object.fromEntries(Array.from({ length: 800 }, (_, i) => [`.zoom/logs/chat_${i}.log`, `from 192.0.2.${i % 250}\n`])));
    const pool = scanPool({ script: pathToFileURL(script), count: 2 })!;
    try {
      const { report } = await scanWith(home, { pool });
      const notes = report.clients.flatMap((c) => c.locations.flatMap((l) => l.files.map((f) => f.note)));
      expect(notes).toContain('held 2');
      expect(notes.filter((n) => n?.startsWith('held')).length).toBeGreaterThan(500);
    } finally {
      await pool.close();
    }
  });

  it('runs one scan at a time, stops idle threads, and is not offered where it cannot help', async () => {
    const home = await bigHome();
    const pool = scanPool({ script: shipped, count: 2, idleMs: 50 })!;
    const [a, b] = await Promise.all([scanWith(home, { pool }), scanWith(home, { pool })]);
    expect(a.report).toEqual(b.report);
    expect(a.report.clients[0]!.findings.emails.count).toBeGreaterThan(60_000);
    await new Promise((r) => setTimeout(r, 300));
    expect(pool.threads).toBe(0);
    await pool.close();

    expect(scanPool(undefined)).toBeUndefined();
    expect(scanPool({ script: shipped, count: 1 })).toBeUndefined();
    expect(scanPool({ script: pathToFileURL(join(await tempDir(), 'missing.mjs')) })).toBeUndefined();
  });
});
