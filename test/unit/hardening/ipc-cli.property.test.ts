import fc from 'fast-check';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelNames } from '../../../electron/core/contract/channel-names.js';
import { dispatch } from '../../../electron/core/contract/dispatch.js';
import { runCli } from '../../../electron/core/cli/run-cli.js';
import type { CliIo } from '../../../electron/core/cli/io.js';
import { ExitCode } from '../../../electron/core/cli/exit-codes.js';
import { selectPlatform } from '../../../electron/core/platform/select-platform.js';
import type { CommandRunner } from '../../../electron/core/ports/command-runner.js';
import { standinCore, type StandinCore } from '../../support/standin-core.js';
import { tempDir } from '../../support/temp.js';

/** Tools are never found: every probe must say so rather than fail (and the run spawns nothing). */
const noTools: CommandRunner = async (command) => ({ kind: 'missing', command });

describe('IPC: random messages against the real core (a stand-in laptop in a temp folder)', () => {
  let world: StandinCore;
  beforeAll(async () => {
    world = await standinCore({ policy: { cleanupMode: 'clear-on-confirm' }, run: noTools });
  });
  afterAll(async () => world?.dispose());

  const request = fc.oneof(
    fc.anything(),
    // No body: many channels take none, so real handlers run (the assertions below count them).
    fc.constant(undefined),
    fc.record({ ids: fc.array(fc.string(), { maxLength: 3 }), batchId: fc.string(), key: fc.string(), value: fc.anything(), locale: fc.string(), url: fc.webUrl(), response: fc.string() }, { requiredKeys: [] }),
  );

  it('every answer is a typed result; a refusal names the channel or the field', async () => {
    const answered = { ok: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.constantFrom(...channelNames), fc.string()), request, async (channel, body) => {
        const result = await dispatch(world.handlers, channel, body, { windowId: 'cleanup' });
        answered[result.ok ? 'ok' : 'refused']++;
        if (result.ok) return;
        expect(['unknown-channel', 'invalid-request', 'invalid-response', 'failed', 'locked', 'not-found', 'not-allowed', 'unavailable']).toContain(result.error.code);
        expect(result.error.code).not.toBe('invalid-response'); // the core never answers outside its own contract
        expect(result.error.message).toMatch(/\S{3}/);
        if (result.error.code === 'unknown-channel' || result.error.code === 'invalid-request') expect(result.error.message).toContain(String(channel).slice(0, 20));
      }),
      { numRuns: 300 },
    );
    expect(answered.ok).toBeGreaterThan(0);
    expect(answered.refused).toBeGreaterThan(0);
    // Whatever a page asked, nothing but https and mailto links reached the shell.
    expect(world.opened.every((url) => /^(https|mailto):/.test(url))).toBe(true);
  });
});


const COMMANDS = ['device', 'notice', 'policy', 'watch', 'catalogue', 'report', 'cleanup', 'help', 'version', 'nope', ''];
const FLAGS = ['--check', '--clear', '--client', '--dry-run', '--fallback', '--format', '--home', '--include-recordings', '--interval-ms', '--json', '--lang', '--list-quarantine', '--overrides', '--parse', '--purge-expired', '--render', '--scan', '--schema', '--undo', '--wait', '--yes', '--help', '-h', '--version', '--', '-x', '--jsn'];
const VALUES = ['json', 'text', 'jamf', 'intune', 'zoom', 'teams', 'browser', 'dsregcmd', 'realm-list', 'cy', 'en-GB', '0', '1', '-5', '1e3', '99999999999', '', '.', 'missing.json', 'notice.md', 'home'];
/** Random words that cannot name a folder outside the test's own (no separators, no "..") */
const word = fc.string({ maxLength: 12 }).filter((s) => !/[\\/]|\.\./.test(s));

describe('CLI: random argv through the real command registry, in-process', () => {
  it('never crashes: exit 0–3 only, and a usage error or a "cannot check" always says why', async () => {
    const dir = await tempDir('mg-cli-fuzz-');
    const root = join(dir, 'root');
    const home = join(dir, 'home');
    await mkdir(join(root, 'proc'), { recursive: true });
    await mkdir(join(home, '.zoom/logs'), { recursive: true });
    await writeFile(join(home, '.zoom/logs/zoom_stdout.log'), 'login user: jane.doe@example.org\n');
    await writeFile(join(dir, 'notice.md'), '---\nformat: meeting-guard/notice@1\n---\n');
    await writeFile(join(dir, 'missing.json'), '{"cleanupMode": 3}');
    const platform = selectPlatform('linux', { run: noTools, root, home, env: {} });
    const argv = fc
      .tuple(fc.constantFrom(...COMMANDS), fc.array(fc.oneof(fc.constantFrom(...FLAGS), fc.constantFrom(...VALUES), word), { maxLength: 6 }))
      .map(([command, rest]) => {
        // watch runs until stopped: bound it, and keep its stdin control off (the test runner owns stdin).
        if (command !== 'watch') return [command, ...rest];
        return [command, ...rest.filter((a) => !/exit-after|interval|control-stdin/.test(a)), '--exit-after-ms', '5'];
      });
    const seen = new Set<number>();
    await fc.assert(
      fc.asyncProperty(argv, async (args) => {
        let stdout = '';
        let stderr = '';
        const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), readStdin: async () => 'garbage\n', env: {}, cwd: dir };
        const code = await runCli(args, { io, platform: async () => platform });
        seen.add(code);
        expect(code, `${JSON.stringify(args)} → ${stderr}`).toBeLessThan(ExitCode.internal);
        expect(stderr).not.toMatch(/meeting-guard: internal error:|at .*\.ts:\d+/);
        if (code === ExitCode.usage) expect(stderr + stdout).toMatch(/\S{3}/);
        if (code === ExitCode.cannotCheck) expect(stderr + stdout).toMatch(/\S{3}/);
      }),
      { numRuns: 300 },
    );
    // The inputs reached real work, not only the argument parser.
    expect([...seen]).toEqual(expect.arrayContaining([ExitCode.ok, ExitCode.finding, ExitCode.usage]));
  });
});
