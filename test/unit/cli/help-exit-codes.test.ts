import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { commands } from '../../../electron/core/cli/commands.js';
import { ExitCode, exitCodesOf } from '../../../electron/core/cli/exit-codes.js';
import { exitCodesTable } from '../../../electron/core/cli/exit-codes-table.js';
import { runCli } from '../../../electron/core/cli/run-cli.js';
import type { CliIo } from '../../../electron/core/cli/io.js';

const core = fileURLToPath(new URL('../../../electron/core/', import.meta.url));
const repo = fileURLToPath(new URL('../../../', import.meta.url));
const registry = readFileSync(join(core, 'cli/commands.ts'), 'utf8');
// The CLI's own plumbing names every code; what a command can return is read from its own modules.
const plumbing = new Set(['cli/io.ts', 'cli/exit-codes.ts', 'cli/run-cli.ts', 'cli/commands.ts'].map((p) => join(core, p)));

/**
 * The exit codes a command's code can produce: every `ExitCode.x` in its module and the core modules it imports,
 * transitively, plus 3 for an InputError thrown without a code of its own. Read from the source, so a new `return
 * ExitCode.finding` anywhere behind a command fails this test until its --help says what it means.
 */
function codesReachable(commandName: string): Set<number> {
  const path = new RegExp(`name: '${commandName}', load: async \\(\\) => \\(await import\\('\\.\\./([^']+)\\.js'\\)\\)`).exec(registry)?.[1];
  if (!path) throw new Error(`no module for ${commandName}`);
  const seen = new Set<string>();
  const codes = new Set<number>();
  const visit = (file: string) => {
    if (seen.has(file) || plumbing.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const [, name] of source.matchAll(/ExitCode\.(\w+)/g)) codes.add(ExitCode[name as keyof typeof ExitCode]);
    for (const [, args] of source.matchAll(/new InputError\(((?:[^()]|\([^()]*\))*)\)/g)) if (!/ExitCode\./.test(args ?? '')) codes.add(ExitCode.cannotCheck);
    for (const [, spec] of source.matchAll(/from '(\.[^']+)\.js'/g)) visit(resolve(dirname(file), `${spec}.ts`));
  };
  visit(join(core, `${path}.ts`));
  return codes;
}

function memoryIo(): CliIo & { out(): string } {
  let out = '';
  return { stdout: (t) => void (out += t), stderr: () => undefined, readStdin: async () => '', env: {}, cwd: repo, out: () => out };
}

describe('every command says in --help each exit code it can end with', () => {
  it.each(commands.map((c) => c.name))('%s', async (name) => {
    const command = await (commands.find((c) => c.name === name) as (typeof commands)[number]).load();
    const stated = exitCodesOf(command.exitCodes).map(([code]) => code);
    expect(stated).toEqual([...new Set([...codesReachable(name), ExitCode.usage, ExitCode.internal])].sort((a, b) => a - b));
    const io = memoryIo();
    expect(await runCli([name, '--help'], { io, platform: async () => { throw new Error('--help needs no platform'); } })).toBe(ExitCode.ok);
    const help = io.out();
    for (const [code, meaning] of exitCodesOf(command.exitCodes)) expect(help).toContain(`${code} ${meaning}`);
    expect(help.match(/Exit codes:/g)).toHaveLength(1);
  });

  it('report ends 0 whenever it printed a report: the verdict is in the data', async () => {
    const report = await (commands.find((c) => c.name === 'report') as (typeof commands)[number]).load();
    expect([...codesReachable('report')]).toEqual([ExitCode.ok]);
    expect(exitCodesOf(report.exitCodes).map(([code]) => code)).toEqual([0, 2, 4]);
  });

  it('docs/deploy.md lists the same codes per command', async () => {
    expect(readFileSync(join(repo, 'docs/deploy.md'), 'utf8')).toContain(await exitCodesTable());
  });
});
