import { z } from 'zod';
import { parseCommandArgs } from './args.js';
import { readPastedBytes, type CliIo } from './io.js';

/**
 * "Judge a pasted output of KIND", as `device --parse` and `signals --parse` offer it: the same flags, the same
 * checks and the same reading of FILE or standard input, so a helpdesk script that works with one works with the other.
 */
export interface PastedOutputArgs<K extends string> {
  json?: boolean;
  parse?: K;
  positionals: string[];
}

/** `COMMAND [--json]` and `COMMAND --parse KIND [FILE|-] [--json]`: a UsageError naming what is wrong otherwise. */
export function pastedOutputArgs<K extends string>(command: string, kindSchema: z.ZodType<K>): (argv: readonly string[]) => PastedOutputArgs<K> {
  const schema = z
    .object({
      json: z.boolean().optional(),
      parse: kindSchema.optional(),
      positionals: z.array(z.string()).max(1, 'at most one FILE'),
    })
    .refine((a) => a.parse !== undefined || a.positionals.length === 0, { message: 'a FILE is only read with --parse KIND', path: ['positionals'] });
  return (argv) => parseCommandArgs(command, argv, { json: { type: 'boolean' }, parse: { type: 'string' } }, schema) as PastedOutputArgs<K>;
}

export interface PastedJudge<R> {
  /** Reading stops here: a larger input is never held in memory. */
  maxBytes: number;
  /** Judges the bytes as they came (the input layer tells UTF-16 from UTF-8 by them). */
  judge: (bytes: Buffer) => R;
  /** The answer for an input over the limit; `size` when known (a file), none for standard input. */
  overLimit: (size: number | undefined) => R;
}

/** Judges FILE, or standard input for "-" or none. A file that cannot be read is exit 3 (an InputError). */
export async function judgePastedOutput<R>(file: string | undefined, io: CliIo, { maxBytes, judge, overLimit }: PastedJudge<R>): Promise<R> {
  const read = await readPastedBytes(file, io, maxBytes);
  return 'bytes' in read ? judge(read.bytes) : overLimit(read.size);
}
