import type { CliCommand } from '../cli/command.js';
import { ExitCode } from '../cli/exit-codes.js';
import { printJson, type CliIo } from '../cli/io.js';
import { judgePastedOutput, pastedOutputArgs } from '../cli/pasted-output.js';
import { INPUT_LIMITS } from '../input/limits.js';
import { parseKindSchema, type ParseKind } from './parse-kind-names.js';
import type { DeviceStatus } from './types.js';

const usage = `Usage:
  meeting-guard device [--json]                     check this laptop
  meeting-guard device --parse KIND [FILE|-]        judge a pasted output (prints the verdict JSON)

KIND: dsregcmd, reg-enrollments, profiles-status, realm-list, sssd-conf, landscape-conf`;

/** The command's arguments, checked: a UsageError naming what is wrong otherwise (also fuzzed in npm run bench). */
const parseArgs = pastedOutputArgs('device', parseKindSchema);

export const deviceCommand: CliCommand = {
  name: 'device',
  summary: 'Is this laptop managed by the organisation? (--parse KIND judges a pasted output)',
  usage,
  exitCodes: { [ExitCode.ok]: 'managed', [ExitCode.finding]: 'not managed', [ExitCode.cannotCheck]: 'could not check (unknown)' },
  parseArgs,
  async run(argv, { io, platform, deviceProbe }) {
    const args = parseArgs(argv);
    if (args.parse !== undefined) {
      const status = await judgeInput(args.parse, args.positionals[0], io);
      printJson(io, status);
      return exitCodeFor(status);
    }
    const status = await (deviceProbe ? await deviceProbe() : (await platform()).device).check();
    if (args.json) printJson(io, status);
    else io.stdout(formatStatus(status));
    return exitCodeFor(status);
  },
};

/** Reads the pasted output as bytes, never more than the limit allows, and judges it (the judges loaded only now). */
async function judgeInput(kind: ParseKind, file: string | undefined, io: CliIo): Promise<DeviceStatus> {
  const { judgePasted, judgeUnreadable } = await import('./parse-kinds.js');
  const maxBytes = INPUT_LIMITS.commandOutput;
  return judgePastedOutput(file, io, { maxBytes, judge: (bytes) => judgePasted(kind, bytes), overLimit: (size) => judgeUnreadable(kind, maxBytes, size) });
}

export function exitCodeFor(status: DeviceStatus): ExitCode {
  if (status.verdict === 'managed') return ExitCode.ok;
  return status.verdict === 'not-managed' ? ExitCode.finding : ExitCode.cannotCheck;
}

const MARK = { positive: '+', negative: '-', unavailable: '?' } as const;

export function formatStatus(status: DeviceStatus): string {
  const lines = [status.summary, '', 'Evidence:'];
  for (const e of status.evidence) {
    lines.push(`  ${MARK[e.status]} ${e.signal}${e.weight === 'supporting' ? ' (supporting)' : ''}: ${e.detail}`);
    lines.push(`      from ${e.source}`);
  }
  return `${lines.join('\n')}\n`;
}
