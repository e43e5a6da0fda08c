import { z } from 'zod';
import { parseCommandArgs } from '../cli/args.js';
import type { CliCommand } from '../cli/command.js';
import { ExitCode } from '../cli/exit-codes.js';
import { formatStatus, REPORT_FORMATS } from './formats.js';
import { gatherStatus } from './gather-status.js';

const usage = `Usage:
  meeting-guard report [--format text|json|jamf|intune]

Prints one status for fleet tools: version, device verdict, policy sources and errors, last notice
acknowledgement, recorders running now, last cleanup. Nothing personal.
  --format json     versioned JSON ("schema": "meeting-guard/status@1")
  --format jamf     a Jamf Pro extension attribute: <result>…</result>
  --format intune   compact JSON for an Intune custom-compliance discovery script
The verdict is in the report, not in the exit code: a fleet script running with set -e gets the report on
an unmanaged laptop too.`;

const argsSchema = z.object({
  format: z.enum(REPORT_FORMATS, { error: (i) => `unknown format "${String(i.input)}"; expected one of ${REPORT_FORMATS.join(', ')}` }).default('text'),
  positionals: z.array(z.string()).max(0, 'report takes no arguments'),
});

/** The command's arguments, checked: a UsageError naming what is wrong otherwise (also fuzzed in npm run bench). */
const parseArgs = (argv: readonly string[]) => parseCommandArgs('report', argv, { format: { type: 'string' } }, argsSchema);

export const reportCommand: CliCommand = {
  name: 'report',
  summary: 'One status for Jamf, Intune and osquery (--format text|json|jamf|intune)',
  usage,
  exitCodes: { [ExitCode.ok]: 'the report was printed (whatever it says)' },
  parseArgs,
  async run(argv, { io, platform }) {
    const args = parseArgs(argv);
    const status = await gatherStatus(await platform(), { producer: 'cli', now: new Date() });
    io.stdout(formatStatus(status, args.format));
    return ExitCode.ok;
  },
};
