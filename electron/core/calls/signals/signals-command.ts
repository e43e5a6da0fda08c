import type { CliCommand } from '../../cli/command.js';
import { ExitCode } from '../../cli/exit-codes.js';
import { InputError, printJson, type CliIo } from '../../cli/io.js';
import { judgePastedOutput, pastedOutputArgs } from '../../cli/pasted-output.js';
import type { Platform } from '../../platform/platform.js';
import { builtInCatalogue } from '../catalogue.js';
import { compileMatcher } from '../match.js';
import { describeStatus } from './signal-status.js';
import { tooLarge } from '../../input/read-text.js';
import { INPUT_LIMITS } from '../../input/limits.js';
import { readSignals, signalKindSchema, signalKinds } from './judge-kinds.js';
import type { SignalReading } from './signal-reading.js';

const usage = `Usage:
  meeting-guard signals [--json]                         which call signals this laptop has, and why not the others
  meeting-guard signals --parse KIND [FILE|-] [--json]   judge a captured output as the live watcher would

KIND: ${signalKinds.join(', ')}
  pmset-assertions   pmset -g assertions (macOS)
  teams-log          a new Teams MSTeams_*.log or a classic Teams logs.txt (detected)
  consent-store      reg query HKCU\\...\\CapabilityAccessManager\\ConsentStore\\microphone /s (also webcam, HKLM)
  pactl              pactl list source-outputs (Linux)
  pw-dump            pw-dump (Linux, PipeWire)
  process-args       one process's command line (a meeting client started with a join link)
FILE "-" or none reads standard input. --json prints the meeting-guard/signals@1 JSON.`;

const TEAMS_LOG_MAX_BYTES = 64 * 1024 * 1024;

/** The command's arguments, checked: a UsageError naming what is wrong otherwise (also fuzzed in npm run bench). */
const parseArgs = pastedOutputArgs('signals', signalKindSchema);

export const signalsCommand: CliCommand = {
  name: 'signals',
  summary: 'Which call signals this laptop has; --parse KIND judges a captured one (pmset, Teams log, ConsentStore, …)',
  usage,
  exitCodes: {
    [ExitCode.ok]: 'in a call or about to start one (--parse), or the microphone and camera can be seen (without --parse)',
    [ExitCode.finding]: 'no call (--parse)',
    [ExitCode.cannotCheck]: 'cannot tell, or the input cannot be used (--parse), or the microphone or camera cannot be seen (without --parse)',
  },
  parseArgs,
  async run(argv, { io, platform }) {
    const args = parseArgs(argv);
    if (args.parse === undefined) return showThisLaptop(io, await platform(), args.json === true);
    const kind = args.parse;
    // A Teams log grows to tens of megabytes before Teams starts a new one; command outputs stay far smaller.
    const maxBytes = kind === 'teams-log' ? TEAMS_LOG_MAX_BYTES : INPUT_LIMITS.commandOutput;
    const read = await judgePastedOutput(args.positionals[0], io, {
      maxBytes,
      judge: (bytes) => readSignals(kind, bytes, maxBytes),
      overLimit: (size) => ({ ok: false, message: tooLarge(`the ${kind} input`, size, maxBytes) }) as const,
    });
    if (!read.ok) throw new InputError(read.message);
    const { reading } = read;
    if (args.json) printJson(io, reading);
    else io.stdout(formatReading(reading));
    return exitCodeFor(reading);
  },
};

export function exitCodeFor(reading: SignalReading): ExitCode {
  if (reading.inCall === true || reading.joinIntent === true) return ExitCode.ok;
  if (reading.inCall === false || reading.joinIntent === false) return ExitCode.finding;
  return ExitCode.cannotCheck;
}

const STATE = (value: boolean | null) => (value === null ? 'cannot tell' : value ? 'yes' : 'no');

export function formatReading(r: SignalReading): string {
  const owners = (list: SignalReading['microphone']['owners']) => (list.length ? ` (${list.map((o) => (o.pid ? `${o.name}, pid ${o.pid}` : o.name)).join('; ')})` : '');
  const lines = [
    r.summary,
    '',
    `In a call:       ${STATE(r.inCall)}${r.clients.length ? ` (${r.clients.map((c) => c.name).join(', ')})` : ''}`,
    `Microphone:      ${STATE(r.microphone.inUse)}${owners(r.microphone.owners)}`,
    `Camera:          ${STATE(r.camera.inUse)}${owners(r.camera.owners)}`,
    `Screen captured: ${STATE(r.screenSharing)}`,
    `Join link:       ${STATE(r.joinIntent)}`,
  ];
  if (r.evidence.length) lines.push('', 'Evidence:', ...r.evidence.map((e) => `  ${e}`));
  if (r.problems.length) lines.push('', 'Could not read:', ...r.problems.map((p) => `  ${p}`));
  return `${lines.join('\n')}\n`;
}

/** One look through this laptop's call probes, then what each signal is: available, or why not. */
async function showThisLaptop(io: CliIo, platform: Platform, json: boolean): Promise<ExitCode> {
  const observed = compileMatcher(builtInCatalogue(), platform.os).observe(await platform.processes.snapshot());
  await platform.media.check({ pids: observed.pids, clients: observed.running });
  const statuses = platform.media.status?.() ?? [];
  if (json) printJson(io, { schema: 'meeting-guard/call-signals@1', os: platform.os, signals: statuses });
  else io.stdout(`${statuses.map((s) => describeStatus(s)).join('\n')}\n`);
  const blind = statuses.some((s) => (s.signal === 'microphone' || s.signal === 'camera') && s.state === 'unavailable');
  return blind ? ExitCode.cannotCheck : ExitCode.ok;
}
