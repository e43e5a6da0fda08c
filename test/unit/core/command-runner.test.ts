import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readFile, writeFile, chmod } from 'node:fs/promises';
import { join } from 'node:path';
import { describeFailure, runCommand } from '../../../electron/core/ports/command-runner.js';
import { tempDir } from '../../support/temp.js';

// A killed process whose parent is gone may linger as a zombie until init reaps it: that is not running.
const alive = (pid: number) => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
};

describe('runCommand', () => {
  it('returns stdout of a program that exits 0, with arguments passed verbatim (no shell)', async () => {
    const result = await runCommand('/bin/echo', ['a b', '$HOME', '; rm -rf /']);
    expect(result).toEqual({ kind: 'ok', stdout: 'a b $HOME ; rm -rf /\n', stderr: '' });
  });

  it('reports a missing program as missing', async () => {
    expect(await runCommand('meeting-guard-no-such-tool', [])).toEqual({ kind: 'missing', command: 'meeting-guard-no-such-tool' });
  });

  it('answers missing for a tool in no folder of PATH, and finds one that is', async () => {
    const dir = await tempDir();
    const tool = join(dir, 'mg-stand-in-tool');
    await writeFile(tool, '#!/bin/sh\necho found "$@"\n');
    await chmod(tool, 0o755);
    expect(await runCommand('mg-stand-in-tool', ['x'], { env: { PATH: '/usr/bin:/bin' } })).toEqual({ kind: 'missing', command: 'mg-stand-in-tool' });
    expect(await runCommand('mg-stand-in-tool', ['x'], { env: { PATH: `/usr/bin:${dir}` } })).toMatchObject({ kind: 'ok', stdout: 'found x\n' });
    // There but not executable: left to spawn, which says why, as it did before PATH was looked at first.
    await chmod(tool, 0o644);
    expect(await runCommand('mg-stand-in-tool', [], { env: { PATH: dir } })).toMatchObject({ kind: 'error', message: expect.stringContaining('EACCES') });
  });

  it('reports a non-zero exit with its stderr', async () => {
    const result = await runCommand('/bin/sh', ['-c', 'echo oops >&2; exit 3']);
    expect(result).toMatchObject({ kind: 'exit', code: 3, stderr: 'oops\n' });
    if (result.kind === 'exit') expect(describeFailure(result, 'the tool')).toBe('the tool exited with code 3: oops');
  });

  it('kills a hanging program and everything it started when the timeout passes', async () => {
    const dir = await tempDir();
    const script = join(dir, 'hang.sh');
    // The script starts a grandchild and records its pid, so the test can see the whole group was killed.
    await writeFile(script, `#!/bin/sh\nsleep 600 &\necho $! > ${dir}/child.pid\nwait\n`);
    await chmod(script, 0o755);
    const result = await runCommand(script, [], { timeoutMs: 300 });
    expect(result).toMatchObject({ kind: 'timeout', timeoutMs: 300 });
    const child = Number(await readFile(join(dir, 'child.pid'), 'utf8'));
    await new Promise((r) => setTimeout(r, 50));
    expect(alive(child)).toBe(false);
  });

  it('bounds what it keeps of a flood of output', async () => {
    const result = await runCommand('/bin/sh', ['-c', 'head -c 5000000 /dev/zero'], { maxBytes: 65536 });
    expect(result.kind).toBe('ok');
    if (result.kind === 'ok') expect(result.stdout.length).toBeLessThan(200_000);
  });

  it('passes a half line and an empty answer through unchanged', async () => {
    expect(await runCommand('/usr/bin/printf', ['MDM enrollment: Ye'])).toMatchObject({ kind: 'ok', stdout: 'MDM enrollment: Ye' });
    expect(await runCommand('/bin/true', [])).toMatchObject({ kind: 'ok', stdout: '' });
  });
});
