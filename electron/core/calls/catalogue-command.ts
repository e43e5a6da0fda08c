import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { z } from 'zod';
import { parseCommandArgs } from '../cli/args.js';
import type { CliCommand } from '../cli/command.js';
import { ExitCode } from '../cli/exit-codes.js';
import { InputError, printJson, type CliIo } from '../cli/io.js';
import type { Catalogue, PerOsNames } from './catalogue-schema.js';
import { CatalogueError, effectiveCatalogue } from './catalogue.js';

const usage = `Usage:
  meeting-guard catalogue [--json] [--overrides FILE]

Prints the meeting clients and the recording / screen-capture programs Meeting Guard recognises, with where each
name comes from. --overrides previews IT's additions and ignores (JSON: {"addClients":[],"addRecorders":[],"ignore":[]}).`;

const argsSchema = z.object({
  json: z.boolean().optional(),
  overrides: z.string().min(1).optional(),
  positionals: z.array(z.string()).max(0, 'no arguments expected'),
});

/** The command's arguments, checked: a UsageError naming what is wrong otherwise (also fuzzed in npm run bench). */
const parseArgs = (argv: readonly string[]) => parseCommandArgs('catalogue', argv, { json: { type: 'boolean' }, overrides: { type: 'string' } }, argsSchema);

export const catalogueCommand: CliCommand = {
  name: 'catalogue',
  summary: 'List the meeting clients and recording programs recognised (--json for the full data)',
  usage,
  exitCodes: { [ExitCode.ok]: 'printed', [ExitCode.cannotCheck]: 'the overrides file cannot be used' },
  parseArgs,
  async run(argv, { io }) {
    const args = parseArgs(argv);
    const overrides = args.overrides === undefined ? {} : await readOverrides(args.overrides, io);
    let catalogue: Catalogue;
    try {
      catalogue = effectiveCatalogue(overrides);
    } catch (error) {
      if (error instanceof CatalogueError) throw new InputError(`${args.overrides}: ${error.message}`);
      throw error;
    }
    if (args.json) printJson(io, { schema: 'meeting-guard/catalogue@1', ...catalogue });
    else io.stdout(formatCatalogue(catalogue));
    return ExitCode.ok;
  },
};

async function readOverrides(file: string, io: CliIo): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, file), 'utf8');
  } catch (error) {
    throw new InputError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(`${file} is not JSON: ${(error as Error).message}`);
  }
}

export function formatCatalogue(catalogue: Catalogue): string {
  const names = (p: PerOsNames) =>
    (['windows', 'macos', 'linux'] as const)
      .filter((os) => p[os]?.length)
      .map((os) => `${os}: ${p[os]?.join(', ')}`)
      .join('; ');
  const lines = [`Catalogue ${catalogue.version}`, '', 'Meeting clients:'];
  for (const c of catalogue.clients) {
    lines.push(`  ${c.name} [${c.id}${c.kind === 'browser' ? ', browser: only while it uses the microphone or camera' : ''}]`);
    if (names(c.processes)) lines.push(`    processes  ${names(c.processes)}`);
    if (names(c.inCallProcesses)) lines.push(`    in a call  ${names(c.inCallProcesses)}`);
    if (c.bundleIds.length) lines.push(`    bundle ids ${c.bundleIds.join(', ')}`);
    lines.push(`    sources    ${c.sources.join(' | ')}`);
  }
  lines.push('', 'Recording and screen-capture programs (~ = may run without recording: softer message):');
  for (const r of catalogue.recorders) {
    lines.push(`  ${r.ambiguous ? '~' : ' '} ${r.name} [${r.id}, ${r.category}]`);
    if (names(r.processes)) lines.push(`    processes  ${names(r.processes)}`);
    if (r.bundleIds.length) lines.push(`    bundle ids ${r.bundleIds.join(', ')}`);
    if (r.argRules.length) lines.push(`    only with  ${r.argRules.map((a) => a.describes).join(', ')}`);
    lines.push(`    sources    ${r.sources.join(' | ')}`);
  }
  return `${lines.join('\n')}\n`;
}
