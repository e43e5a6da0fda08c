// Memory bounded by input size: `device --parse` on very large pasted input, in a child process whose heap is capped
// (--max-old-space-size) and whose peak resident memory is reported by a preload. 50 MB of newlines once cost 1.4 GB.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CLI } from '../../support/cli.js';
import { INPUT_LIMITS } from '../../../electron/core/input/limits.js';

const PEAK = fileURLToPath(new URL('../../support/peak-rss.cjs', import.meta.url));
const MiB = 1024 * 1024;

function parseWithInput(kind: string, input: Buffer, heapMiB: number, command = 'device'): Promise<{ code: number | null; stdout: string; peakMiB: number }> {
  return new Promise((resolve, reject) => {
    // The young generation is pinned to 1 MiB: otherwise V8 grows it to tens of MiB under any allocation pressure, and
    // the peak would show how large V8 let its nursery get rather than what the parse keeps.
    const args = [`--max-old-space-size=${heapMiB}`, '--max-semi-space-size=1', '--require', PEAK, CLI, command, '--parse', kind, '-'];
    const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // The CLI stops reading once the input is over its limit: the rest of the write fails with EPIPE, as for `head`.
    child.stdin.on('error', () => undefined);
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, peakMiB: Number(/peak-rss-kib=(\d+)/.exec(stderr)?.[1] ?? NaN) / 1024 }));
    child.stdin.end(input);
  });
}

describe('memory stays bounded by the input size', () => {
  it('50 MB of newlines to device --parse: refused after reading past the limit, peak memory far below five times 50 MB', async () => {
    const baseline = await parseWithInput('dsregcmd', Buffer.from('\n'), 64);
    const huge = await parseWithInput('dsregcmd', Buffer.alloc(50 * MiB, 0x0a), 64);
    expect(huge.code).toBe(3);
    expect(JSON.parse(huge.stdout).summary).toContain(`the dsregcmd output is over ${INPUT_LIMITS.commandOutput / MiB}.0 MiB`);
    // The heap cap (64 MiB) alone would fail a run that held the input; the resident growth is what stdin buffering costs.
    expect(huge.peakMiB - baseline.peakMiB).toBeLessThan(5 * 50);
    expect(huge.peakMiB - baseline.peakMiB).toBeLessThan(5 * (INPUT_LIMITS.commandOutput / MiB) + 16);
  }, 60_000);

  it('50 MB of newlines as a Teams log (whose limit is 64 MiB): read and judged within five times its size', async () => {
    // Found by trying it: the log was split into fifty million lines (1.7 GB, 38 s) before a word of it was judged.
    const baseline = await parseWithInput('teams-log', Buffer.from('\n'), 256, 'signals');
    const huge = await parseWithInput('teams-log', Buffer.alloc(50 * MiB, 0x0a), 256, 'signals');
    expect(huge.code).toBe(3);
    expect(huge.stdout).toContain('no line is in the layout of a Teams log');
    expect(huge.peakMiB - baseline.peakMiB).toBeLessThan(5 * 50);
  }, 120_000);

  it('an input just under the limit is parsed by every kind within about five times its size', async () => {
    const size = INPUT_LIMITS.commandOutput - 1024;
    const baseline = await parseWithInput('realm-list', Buffer.from('\n'), 64);
    // Short lines (the most per-line work), indented (so the shared indentation is removed first) or not.
    const shapes = [['dsregcmd', '\n'], ['dsregcmd', '  a : b\n'], ['realm-list', '  x: y\n'], ['reg-enrollments', 'HKEY_LOCAL_MACHINE\\A\n'], ['reg-enrollments', '    A    REG_SZ    b\n'], ['sssd-conf', 'a=b\n'], ['profiles-status', 'A: b\n'], ['landscape-conf', '  a=b\n']] as const;
    for (const [kind, unit] of shapes) {
      const input = Buffer.from(unit.repeat(Math.floor(size / unit.length)));
      const run = await parseWithInput(kind, input, 64);
      expect(run.code, kind).not.toBe(4);
      // 12 MiB of slack: resident memory also counts stdin's buffers and V8's page-sized chunks, and the baseline run's
      // own peak varies by several MiB from run to run (growth seen: 17–28 MiB for a 4 MiB input). A parser that kept
      // a copy per line, as the 1.4 GB case did, is many times over this bound.
      expect(run.peakMiB - baseline.peakMiB, `${kind} ${JSON.stringify(unit)}`).toBeLessThan((5 * input.length) / MiB + 12);
    }
  }, 120_000);
});
