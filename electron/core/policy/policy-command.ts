import { readFile } from 'node:fs/promises';
import { resolve as resolvePath } from 'node:path';
import { z } from 'zod';
import { parseCommandArgs } from '../cli/args.js';
import type { CliCommand, CliContext } from '../cli/command.js';
import { ExitCode } from '../cli/exit-codes.js';
import { InputError, printJson } from '../cli/io.js';
import { FORMAT_NAMES, checkPolicyFile, detectFormat } from './check-file.js';
import { jsonFilePreferences, userPreferencesPath } from './preferences.js';
import { readSettings } from './read-settings.js';
import { policyJson, policyText, problemLines, shortValue } from './policy-format.js';

const USAGE = `Usage: meeting-guard policy [--json]
       meeting-guard policy --check FILE [--json]

Shows the effective settings, where each comes from and whether your organisation has locked it.
--check validates a policy file before it is deployed: Linux JSON (.json), a macOS plist (.plist) or
configuration profile (.mobileconfig), or a Windows registry export (.reg).
`;

const argsSchema = z.object({
  json: z.boolean().optional(),
  check: z.string().min(1, { error: 'name the file to check' }).optional(),
  positionals: z.array(z.string()).max(0, { error: 'unexpected argument; use --check FILE' }),
});

/** The command's arguments, checked: a UsageError naming what is wrong otherwise (also fuzzed in npm run bench). */
const parseArgs = (argv: readonly string[]) => parseCommandArgs('policy', argv, { json: { type: 'boolean' }, check: { type: 'string' } }, argsSchema);

export const policyCommand: CliCommand = {
  name: 'policy',
  summary: 'show the effective settings and who set them; --check FILE validates a policy file',
  usage: USAGE,
  exitCodes: { [ExitCode.ok]: 'no problems', [ExitCode.finding]: 'a value is ignored because it is wrong', [ExitCode.cannotCheck]: 'the file cannot be read' },
  parseArgs,
  async run(argv, context) {
    const args = parseArgs(argv);
    return args.check === undefined ? showEffective(context, args.json === true) : checkFile(context, args.check, args.json === true);
  },
};

async function showEffective(context: CliContext, json: boolean): Promise<ExitCode> {
  const { io } = context;
  const platform = await context.platform();
  const preferences = jsonFilePreferences(userPreferencesPath(platform.os, platform.host.home, platform.host.env));
  const resolution = await readSettings(platform.policy, preferences);
  if (json) printJson(io, policyJson(platform.os, resolution));
  else io.stdout(policyText(resolution));
  return resolution.problems.length > 0 ? ExitCode.finding : ExitCode.ok;
}

async function checkFile(context: CliContext, file: string, json: boolean): Promise<ExitCode> {
  const { io } = context;
  let bytes: Buffer;
  try {
    bytes = await readFile(resolvePath(io.cwd, file));
  } catch (error) {
    throw new InputError(`policy --check: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const format = detectFormat(file, bytes);
  if (!format) throw new InputError(`policy --check: ${file} is not a policy file Meeting Guard reads (.json, .plist, .mobileconfig or .reg)`);
  const result = checkPolicyFile(file, bytes, format);
  if (json) {
    printJson(io, { schema: 'meeting-guard/policy-check@1', file, valid: result.problems.length === 0, ...result });
  } else {
    const lines = [`${file}: ${FORMAT_NAMES[format]}`];
    for (const [label, values] of [['machine', result.layers.machine], ['user', result.layers.user]] as const) {
      for (const [key, value] of Object.entries(values)) lines.push(`  ok (${label})  ${key} = ${shortValue(value)}`);
    }
    lines.push(...problemLines(result.problems));
    io.stdout(`${lines.join('\n')}\n`);
  }
  return result.problems.length > 0 ? ExitCode.finding : ExitCode.ok;
}
