import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { z } from 'zod';
import { UsageError } from './io.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Far more than any command takes; node's parser shifts its argument array per word, so 30,000 words took seconds. */
export const MAX_ARGUMENTS = 256;
/**
 * Characters in one argument: PATH_MAX on Linux, longer than any path or value a command takes. Node's parser reads
 * "-abc…" as a group of short options in time that grows with the square of its length (32,000 characters: 1 s).
 */
export const MAX_ARGUMENT_LENGTH = 4096;

/**
 * Parses a command's arguments with node's own parser (strict: unknown flags are errors), then validates the
 * result with the command's zod schema so every value a command sees is typed and checked in one place.
 */
export function parseCommandArgs<S extends z.ZodType>(
  command: string,
  argv: readonly string[],
  options: Options,
  schema: S,
): z.infer<S> {
  if (argv.length > MAX_ARGUMENTS) throw new UsageError(`${command}: too many arguments (${argv.length}; at most ${MAX_ARGUMENTS})`);
  const long = argv.findIndex((a) => a.length > MAX_ARGUMENT_LENGTH);
  if (long >= 0) throw new UsageError(`${command}: argument ${long + 1} is ${argv[long]?.length} characters long (at most ${MAX_ARGUMENT_LENGTH})`);
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${command}: ${cleanNodeMessage((error as Error).message)}`);
  }
  const result = schema.safeParse({ ...parsed.values, positionals: parsed.positionals });
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.').replace(/^positionals\.?/, 'argument ')}: ` : '';
    throw new UsageError(`${command}: ${where}${issue?.message ?? 'invalid arguments'}`);
  }
  return result.data;
}

function cleanNodeMessage(message: string): string {
  // node says e.g. "Unknown option '--jsn'. To specify a positional argument starting with a '-', place it at the end
  // of the command after '--', as in '-- \"--jsn\"" — the first sentence is what a person needs.
  return message.split('. ')[0]?.replace(/\.$/, '') ?? message;
}
