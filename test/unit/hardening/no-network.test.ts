import { build } from 'esbuild';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, runNode } from '../../support/cli.js';
import { writeTree } from '../../support/temp.js';
import { linuxHome } from '../cleanup/homes.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const TRAP = join(repo, 'test/support/trap-network.cjs');

/** Runs node with every network entry point trapped; attempts are written to `log`. */
const runTrapped = (args: string[], log: string, input = '') => runNode(['--require', TRAP, ...args], { env: { MG_NET_TRAP_LOG: log }, input });

const trapLog = (log: string) => readFile(log, 'utf8').catch(() => '');

describe('Meeting Guard opens no network connection', () => {
  let dir: string;
  let home: string;
  afterAll(() => rm(dir, { recursive: true, force: true }));
  beforeAll(async () => {
    // Not tempDir(): that one is emptied after each test, and these tests share the folder.
    dir = await mkdtemp(join(tmpdir(), 'mg-nonet-'));
    home = join(dir, 'home');
    await linuxHome(home);
    await writeTree(dir, {
      'policy.json': '{"cleanupMode": "remind", "helpLink": "https://intranet.example.org/help"}',
      'notice.md': await readFile(join(repo, 'build/notices/harbourline-zoom.md'), 'utf8'),
      'realm.txt': await readFile(join(repo, 'test/fixtures/device/linux/realm-ad.txt'), 'utf8'),
    });
  });

  it('positive control: the trap records and refuses fetch, sockets and DNS', async () => {
    const log = join(dir, 'control.log');
    const script = ["fetch('https://example.org/')", "require('node:net').connect(443, 'example.org')", "require('node:dns').lookup('example.org', () => {})"].map((s) => `try { ${s} } catch {}`).join('\n');
    await runTrapped(['-e', script], log);
    const text = await trapLog(log);
    expect(text).toMatch(/^fetch /m);
    expect(text).toMatch(/^net\.connect /m);
    expect(text).toMatch(/^dns\.lookup /m);
  });

  const commands: Array<[string, string[], string?]> = [
    ['device', ['device']],
    ['device --parse', ['device', '--parse', 'realm-list', 'realm.txt']],
    ['report text', ['report']],
    ['report json', ['report', '--format', 'json']],
    ['report jamf', ['report', '--format', 'jamf']],
    ['report intune', ['report', '--format', 'intune']],
    ['policy', ['policy']],
    ['policy --check', ['policy', '--check', 'policy.json']],
    ['notice --check', ['notice', '--check', 'notice.md']],
    ['notice --render', ['notice', '--render', 'notice.md']],
    ['catalogue', ['catalogue', '--json']],
    ['watch', ['watch', '--json', '--exit-after-ms', '600']],
    ['cleanup --scan', ['cleanup', '--scan', '--home', 'HOME']],
    ['cleanup --clear --dry-run', ['cleanup', '--clear', '--dry-run', '--home', 'HOME']],
  ];

  it('every CLI command, run as IT runs it, makes no socket, DNS or HTTP attempt', async () => {
    const results = await Promise.all(
      commands.map(async ([label, args]) => {
        const log = join(dir, `${label.replace(/\W+/g, '-')}.log`);
        const argv = args.map((a) => (a === 'HOME' ? home : a.endsWith('.json') || a.endsWith('.md') || a.endsWith('.txt') ? join(dir, a) : a));
        const run = await runTrapped([CLI, ...argv], log);
        return { label, run, trapped: await trapLog(log) };
      }),
    );
    for (const { label, run, trapped } of results) {
      expect(trapped, label).toBe('');
      expect(run.code, `${label}: ${run.stderr}`).toBeLessThan(4);
      expect(run.stdout.length, `${label}: ${run.stderr}`).toBeGreaterThan(0);
    }
  });

  it('the core in-process (every IPC channel, a clear, the watcher on real probes) makes no attempt either', async () => {
    // Bundled inside the project so that its packages (zod, yaml…) resolve as they do for the app.
    const out = join(repo, 'dist', 'scripts', `core-exercise-${process.pid}.mjs`);
    await build({
      stdin: { contents: "import { exerciseCore } from './test/support/core-exercise.ts';\nconsole.log((await exerciseCore()).join('\\n'));\n", resolveDir: repo, loader: 'ts' },
      bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'warning', packages: 'external', absWorkingDir: repo,
    });
    const log = join(dir, 'core.log');
    const run = await runTrapped([out], log).finally(() => rm(out, { force: true }));
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('status:get ok');
    expect(run.stdout).toContain('cleanup:scan ok');
    expect(run.stdout).toMatch(/watcher idle/);
    expect(await trapLog(log)).toBe('');
  });
});
