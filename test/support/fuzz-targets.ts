// Every parser and file format of the core, as one list the property tests and the fuzz benchmark share. Each
// target names a realistic sample (a fixture of the other system's output) and judges one answer: a rejection must
// say what is wrong and where; anything thrown is a crash.
import { readFileSync } from 'node:fs';
import { buildBinary, parse as parsePlist } from 'plist';
import { join } from 'node:path';
import { judgePasted, type ParseKind } from '../../electron/core/device/parse-kinds.js';
import type { DeviceStatus } from '../../electron/core/device/types.js';
import { parseRegQuery } from '../../electron/core/registry/reg-query.js';
import { parseConsentStore } from '../../electron/core/calls/consent-store.js';
import { registryLayer } from '../../electron/core/policy/decode/registry-decode.js';
import { checkPolicyFile, type PolicyFileFormat } from '../../electron/core/policy/check-file.js';
import type { PolicyProblem } from '../../electron/core/policy/resolve.js';
import { parseNotice } from '../../electron/core/notice/parse-notice.js';
import { parsePactlSourceOutputs } from '../../electron/core/calls/pactl.js';
import { parsePwDump } from '../../electron/core/calls/pw-dump.js';
import { parseTasklistCsv } from '../../electron/core/calls/windows-processes.js';
import { parsePsPidComm } from '../../electron/core/calls/macos-processes.js';
import type { MediaSignal } from '../../electron/core/calls/media-signal.js';
import { validateRequest } from '../../electron/core/contract/dispatch.js';
import type { CliCommand } from '../../electron/core/cli/command.js';
import { UsageError } from '../../electron/core/cli/io.js';
import { deviceCommand } from '../../electron/core/device/device-command.js';
import { noticeCommand } from '../../electron/core/notice/notice-command.js';
import { policyCommand } from '../../electron/core/policy/policy-command.js';
import { watchCommand } from '../../electron/core/calls/watch-command.js';
import { catalogueCommand } from '../../electron/core/calls/catalogue-command.js';
import { reportCommand } from '../../electron/core/report/report-command.js';
import { cleanupCommand } from '../../electron/core/cleanup/cleanup-command.js';
import { decodeText } from '../../electron/core/input/read-text.js';
import type { FuzzInput } from './fuzz-inputs.js';
import { signalsCommand } from '../../electron/core/calls/signals/signals-command.js';
import { readSignals, type SignalKind } from '../../electron/core/calls/signals/judge-kinds.js';
import { signalReadingSchema } from '../../electron/core/calls/signals/signal-reading.js';

/** What one input did: accepted, or rejected with (located) or without (unlocated) a message naming what is wrong. */
export type Verdict = 'accepted' | 'located' | 'unlocated';

export interface FuzzTarget {
  name: string;
  /** The realistic input the mutations start from. */
  sample: string;
  /** Runs the parser on one input (text, or the bytes of a file); throws only if the parser itself threw (a crash). */
  judge(input: FuzzInput): Verdict;
}

/**
 * How a target is written: `judge` takes text; `judgeBytes`, for parsers that read files or pipes through the input
 * layer, takes the bytes themselves. Bytes given to a text-only parser are decoded first, as its probe does.
 */
interface TargetSpec {
  name: string;
  sample: string;
  judge(input: string): Verdict;
  judgeBytes?: (input: Uint8Array) => Verdict;
}

function target(spec: TargetSpec): FuzzTarget {
  return {
    name: spec.name,
    sample: spec.sample,
    judge: (input) => (typeof input === 'string' ? spec.judge(input) : spec.judgeBytes ? spec.judgeBytes(input) : spec.judge(decodeText(input).text)),
  };
}


const DEVICE_SAMPLES: Record<ParseKind, string> = {
  dsregcmd: 'device/windows/dsregcmd-hybrid-joined.txt',
  'reg-enrollments': 'device/windows/reg-enrollments-intune.txt',
  'profiles-status': 'device/macos/profiles-ade-jamf.txt',
  'realm-list': 'device/linux/realm-ad.txt',
  'sssd-conf': 'device/linux/sssd-ad.conf',
  'landscape-conf': 'device/linux/landscape-client.conf',
};

/** Call-signal outputs judged as `signals --parse` does (pactl and pw-dump have their own parser targets). */
const SIGNAL_SAMPLES: Partial<Record<SignalKind, string>> = {
  'pmset-assertions': 'calls/signals/pmset-zoom-meeting-and-screen-recording.txt',
  'teams-log': 'calls/signals/teams-new-meeting-with-declined-call.log',
  'consent-store': 'calls/signals/consent-store-hkcu-hklm.txt',
  'process-args': 'calls/signals/process-args-zoom-windows.txt',
};

const lineCount = (text: string) => text.split(/\r\n|\r|\n/).length;

function policyVerdict(problems: readonly PolicyProblem[]): Verdict {
  if (problems.length === 0) return 'accepted';
  // Located: it says which file/key (origin) and what is wrong (message).
  return problems.every((p) => p.origin.trim() !== '' && p.message.trim().length > 3) ? 'located' : 'unlocated';
}

function signalsValid(signals: readonly MediaSignal[]): boolean {
  return signals.every((s) => (s.pid === undefined || (Number.isInteger(s.pid) && s.pid > 0)) && (s.pid !== undefined || !!s.processName || !!s.label || !!s.appId));
}

const CLI_COMMANDS: readonly CliCommand[] = [deviceCommand, noticeCommand, policyCommand, watchCommand, signalsCommand, catalogueCommand, reportCommand, cleanupCommand];

/** Invocations as IT's scripts write them, one per line: the mutations start from these. */
const CLI_SAMPLE = [
  'device --json',
  'device --parse dsregcmd dsregcmd.txt',
  'notice --render notice.md --format html --lang cy --fallback en',
  'notice --check notice.md --json',
  'policy --check /etc/meeting-guard/policies/managed/10-org.json --json',
  'watch --json --interval-ms 500 --exit-after-ms 60000 --control-stdin',
  'signals --parse pmset-assertions pmset.txt --json',
  'catalogue --json --overrides overrides.json',
  'report --format jamf',
  'cleanup --clear --client zoom --home /home/ada --dry-run --yes --wait 30 --include-recordings',
  'cleanup --undo 2024-05-02T10-11-12Z',
].join('\n');

/** Invocations judged per input (one per line). */
const SCRIPT_LINES = 256;

/**
 * One line is one invocation: its first word picks the command (any other word goes to every command), and the
 * command's own argument check answers. A refusal must be a usage error that names the command and what is wrong.
 */
function judgeArgv(line: string): Verdict[] {
  const words = line.split(/[ \t]+/).filter((w) => w !== '');
  const named = CLI_COMMANDS.find((c) => c.name === words[0]);
  const verdicts: Verdict[] = [];
  for (const command of named ? [named] : CLI_COMMANDS) {
    try {
      command.parseArgs(named ? words.slice(1) : words);
      verdicts.push('accepted');
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      verdicts.push(error.message.startsWith(`${command.name}: `) && error.message.length > command.name.length + 5 ? 'located' : 'unlocated');
    }
  }
  return verdicts;
}

function policyFileTarget(name: string, file: string, format: PolicyFileFormat, sample: string): TargetSpec {
  const judgeBytes = (bytes: Uint8Array) => policyVerdict(checkPolicyFile(file, bytes, format).problems);
  return { name, sample, judge: (input) => judgeBytes(Buffer.from(input, 'utf8')), judgeBytes };
}

function deviceVerdict(status: DeviceStatus): Verdict {
  if (status.verdict !== 'unknown') return 'accepted';
  // "unknown" is the rejection: its summary must say why.
  return /because .+\./.test(status.summary) ? 'located' : 'unlocated';
}

function noticeVerdict(input: string): Verdict {
  const result = parseNotice(input);
  if (result.ok) return 'accepted';
  const lines = lineCount(input.replace(/\r\n?/g, '\n'));
  const ok = result.errors.length > 0 && result.errors.every((e) => e.line >= 1 && e.line <= lines && e.column >= 1 && e.field !== '' && e.message !== '');
  return ok ? 'located' : 'unlocated';
}

/** A process-list parser is lenient by design (a row it cannot read is no process), but every row it gives is whole. */
function processListTarget(name: string, sample: string, parse: (text: string) => readonly { pid: number; name: string }[]): TargetSpec {
  return {
    name,
    sample,
    judge: (input) => {
      if (!parse(input).every((p) => Number.isInteger(p.pid) && p.name !== '')) throw new Error('invalid process row');
      return 'accepted';
    },
  };
}

/** `root` is the project folder (passed in: the benchmark bundles this file elsewhere). */
export function fuzzTargets(root: string): FuzzTarget[] {
  const fixture = (path: string) => readFileSync(join(root, 'test/fixtures', path), 'utf8');
  const deviceTargets = (Object.keys(DEVICE_SAMPLES) as ParseKind[]).map(
    (kind): TargetSpec => ({
      name: `device ${kind}`,
      sample: fixture(DEVICE_SAMPLES[kind]),
      judge: (input) => deviceVerdict(judgePasted(kind, input)),
      judgeBytes: (input) => deviceVerdict(judgePasted(kind, input)),
    }),
  );
  const signalTargets = (Object.keys(SIGNAL_SAMPLES) as SignalKind[]).map((kind): TargetSpec => {
    // Read as `signals --parse` reads a file: through the input layer, whose refusal (a NUL, the size) must say where.
    const judge = (input: string | Uint8Array): Verdict => {
      const read = readSignals(kind, input);
      if (!read.ok) return /NUL character at line \d+, column \d+|far more than it can plausibly be/.test(read.message) ? 'located' : 'unlocated';
      // Lenient by design (a line it cannot read is no signal), but what it prints must keep the published shape.
      const reading = signalReadingSchema.safeParse(read.reading);
      if (!reading.success) throw new Error(`signals ${kind} printed an invalid reading: ${reading.error.message}`);
      return 'accepted';
    };
    return { name: `signals ${kind}`, sample: fixture(SIGNAL_SAMPLES[kind] ?? ''), judge, judgeBytes: judge };
  });
  const regSample = fixture('policy/reg-query-hklm.txt');
  const specs: TargetSpec[] = [
    ...deviceTargets,
    ...signalTargets,
    {
      name: 'reg query output',
      sample: regSample,
      judge: (input) => {
        const { problems } = parseRegQuery(input);
        if (problems.length === 0) return 'accepted';
        const lines = lineCount(input);
        return problems.every((p) => p.line >= 1 && p.line <= lines && p.reason.length > 0) ? 'located' : 'unlocated';
      },
    },
    {
      name: 'Windows policy (reg query)',
      sample: regSample,
      judge: (input) => {
        const problems: PolicyProblem[] = [];
        const parsed = parseRegQuery(input);
        registryLayer(parsed.keys, 'HKLM', problems);
        registryLayer(parsed.keys, 'HKCU', problems);
        return policyVerdict(problems);
      },
    },
    {
      name: 'ConsentStore (reg query)',
      sample: fixture('calls/consent-store-microphone.txt'),
      judge: (input) => {
        const { signals, problems } = parseConsentStore(input, 'microphone');
        if (!signalsValid(signals)) throw new Error(`invalid signal ${JSON.stringify(signals)}`);
        if (problems.length === 0) return 'accepted';
        return problems.every((p) => /^line \d+: .+/.test(p)) ? 'located' : 'unlocated';
      },
    },
    policyFileTarget('policy JSON', '/etc/meeting-guard/policy.json', 'linux-json', '{\n  "cleanupMode": "remind",\n  "showNoticeBeforeCalls": true\n}\n'),
    policyFileTarget('policy plist', 'org.example.plist', 'plist', fixture('policy/managed-prefs.plist')),
    {
      // A binary plist, as `defaults write` and most MDMs leave one: its bytes carried as Latin-1 text, so the
      // mutations cut, repeat and splice bytes; bytes given as such are the file.
      ...policyFileTarget('policy binary plist', 'org.example.plist', 'plist', Buffer.from(buildBinary(parsePlist(fixture('policy/managed-prefs.plist')))).toString('latin1')),
      judge: (input: string) => policyVerdict(checkPolicyFile('org.example.plist', Buffer.from(input, 'latin1'), 'plist').problems),
    },
    policyFileTarget('policy mobileconfig', 'custom.mobileconfig', 'mobileconfig', fixture('policy/custom-settings.mobileconfig')),
    policyFileTarget('policy .reg', 'policy-export.reg', 'reg', fixture('policy/policy-export.reg')),
    {
      name: 'notice file',
      sample: readFileSync(join(root, 'build/notices/harbourline-zoom.md'), 'utf8'),
      judge: noticeVerdict,
      // A notice file on disk, decoded as the notice reader decodes it.
      judgeBytes: (input) => noticeVerdict(decodeText(input).text),
    },
    {
      name: 'pactl source-outputs',
      sample: fixture('calls/pactl-source-outputs.txt'),
      judge: (input) => {
        if (!signalsValid(parsePactlSourceOutputs(input))) throw new Error('invalid signal from pactl');
        return 'accepted'; // lenient by design: a block it cannot read is not a capture stream
      },
    },
    {
      name: 'pw-dump',
      sample: fixture('calls/pw-dump.json'),
      judge: (input) => {
        const result = parsePwDump(input);
        if (!signalsValid(result.signals)) throw new Error('invalid signal from pw-dump');
        if (result.problem === undefined) return 'accepted';
        return /pw-dump/.test(result.problem) ? 'located' : 'unlocated';
      },
    },
    processListTarget('tasklist CSV', fixture('calls/tasklist.csv'), parseTasklistCsv),
    processListTarget('ps (macOS)', fixture('calls/ps-macos.txt'), parsePsPidComm),
    {
      name: 'CLI arguments (8 commands)',
      sample: CLI_SAMPLE,
      judge: (input) => {
        // A script of at most 256 invocations: a refused one costs about 25-200 µs over eight commands, so the
        // generator's 5,000-line inputs were seconds of harness, not one slow parse (each line is its own argv).
        const verdicts = input.split(/\r\n|\r|\n/, SCRIPT_LINES).flatMap(judgeArgv);
        if (verdicts.includes('unlocated')) return 'unlocated';
        return verdicts.includes('located') ? 'located' : 'accepted';
      },
    },
    {
      // A message from a page as Electron delivers it (a structured-clone value); JSON here, so damage can be typed.
      // Text that is not JSON stands for a page sending a bare string as the whole message.
      name: 'IPC message',
      sample: JSON.stringify({ channel: 'settings:set', request: { key: 'cleanupMode', value: 'remind' } }),
      judge: (input) => {
        let message: unknown;
        try {
          message = JSON.parse(input);
        } catch {
          message = input;
        }
        const { channel, request } = (message && typeof message === 'object' ? message : { channel: message }) as { channel?: unknown; request?: unknown };
        const result = validateRequest(channel, request);
        if (result.ok) return 'accepted';
        // Located: it names the channel (or says there is no such channel) and what is wrong.
        const named = result.error.code === 'unknown-channel' ? /no IPC channel called/.test(result.error.message) : result.error.message.startsWith(`${String(channel)}: `) && result.error.message.length > String(channel).length + 4;
        return named ? 'located' : 'unlocated';
      },
    },
  ];
  return specs.map(target);
}
