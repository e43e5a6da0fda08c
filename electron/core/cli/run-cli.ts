import { commands } from './commands.js';
import { ExitCode, exitCodesLine } from './exit-codes.js';
import { InputError, UsageError, type CliIo } from './io.js';
import type { CliCommand, CliContext } from './command.js';
import { PRODUCT_NAME, VERSION } from '../version.js';

export async function helpText(): Promise<string> {
  const loaded = await Promise.all(commands.map((c) => c.load()));
  const width = Math.max(...loaded.map((c) => c.name.length));
  const lines = loaded.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    `${PRODUCT_NAME} ${VERSION}`,
    '',
    'Usage: meeting-guard <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Options: --help (on any command), --version',
    'Exit codes: 0 ok, 1 a check found a problem, 2 usage error, 3 could not check, 4 internal error.',
    '',
  ].join('\n');
}

/** A command's --help: its usage and every exit code it can end with. */
export function commandHelp(command: Pick<CliCommand, 'usage' | 'exitCodes'>): string {
  return `${command.usage}\n${exitCodesLine(command.exitCodes)}`;
}

/** The whole CLI as a function: argv in, text out, an exit code back. Never calls process.exit. */
export async function runCli(argv: readonly string[], context: CliContext): Promise<ExitCode> {
  const { io } = context;
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(await helpText());
    return name === undefined ? ExitCode.usage : ExitCode.ok;
  }
  if (name === '--version' || name === '-v' || name === 'version') {
    io.stdout(`${VERSION}\n`);
    return ExitCode.ok;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    io.stderr(`meeting-guard: unknown command "${name}". Run "meeting-guard --help" for the list.\n`);
    return ExitCode.usage;
  }
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${commandHelp(command)}\n`);
    return ExitCode.ok;
  }
  try {
    return await command.run(rest, context);
  } catch (error) {
    return reportError(error, commandHelp(command), io);
  }
}

function reportError(error: unknown, usage: string, io: CliIo): ExitCode {
  if (error instanceof UsageError) {
    io.stderr(`meeting-guard ${error.message}\n\n${usage}\n`);
    return error.exitCode;
  }
  if (error instanceof InputError) {
    io.stderr(`meeting-guard: ${error.message}\n`);
    return error.exitCode;
  }
  io.stderr(`meeting-guard: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
  return ExitCode.internal;
}
