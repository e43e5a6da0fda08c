import { z } from 'zod';
import type { OsName } from '../../platform/platform.js';
import { builtInCatalogue } from '../catalogue.js';
import type { Catalogue } from '../catalogue-schema.js';
import { compileMatcher, type Matcher } from '../match.js';
import type { MediaSignal } from '../media-signal.js';
import type { ProcessInfo } from '../process-snapshot.js';
import { parsePactlSourceOutputs } from '../pactl.js';
import { parsePwDump } from '../pw-dump.js';
import { packageDisplayName, parseConsentEntries } from '../consent-store.js';
import { judgePmsetAssertions } from './pmset-assertions.js';
import { judgeTeamsLog, teamsInCall } from './teams-log.js';
import { judgeJoinIntent } from './join-intent.js';
import { SIGNALS_SCHEMA, type DeviceUse, type Owner, type SignalReading } from './signal-reading.js';
import { readOutputText } from '../../input/read-output-text.js';

/** What a judge read from one output, before it is put in the `signals@1` shape. */
interface Findings {
  os: OsName;
  signals: MediaSignal[];
  /** Pid -> process name, where the output names processes. */
  names?: ReadonlyMap<number, string>;
  /** Which devices this output can see at all: the others are reported as null. */
  sees: readonly ('microphone' | 'camera' | 'screen')[];
  evidence: string[];
  problems?: string[];
  /** Overrides for what the signals alone cannot say (Teams' own call state, a join link). */
  inCall?: boolean | null;
  clients?: { id: string; name: string }[];
  screenSharing?: boolean;
  joinIntent?: boolean;
}

// Built once: checking the catalogue and compiling its matcher cost about 5 ms, many times one judgement (the fuzz
// bench judges 100,000 outputs per kind). A matcher keeps nothing between observations but what it classified per
// process object, and each judgement brings objects of its own.
let builtIn: Catalogue | undefined;
const matchers = new Map<OsName, Matcher>();
const catalogue = (): Catalogue => (builtIn ??= builtInCatalogue());
function matcherFor(os: OsName): Matcher {
  let matcher = matchers.get(os);
  if (!matcher) matchers.set(os, (matcher = compileMatcher(catalogue(), os)));
  return matcher;
}

const judges = {
  'pmset-assertions': (text: string): Findings => {
    const found = judgePmsetAssertions(text);
    return { os: 'macos', signals: found.signals, names: found.names, sees: ['microphone', 'camera', 'screen'], evidence: found.evidence };
  },
  'teams-log': (text: string): Findings => {
    const judged = judgeTeamsLog(text);
    const inCall = judged.looksLikeTeamsLog ? teamsInCall(judged.state) : null;
    const client = catalogue().clients.find((c) => c.id === 'teams');
    return {
      os: 'windows',
      signals: [],
      sees: [],
      evidence: judged.looksLikeTeamsLog ? judged.evidence : [],
      problems: judged.looksLikeTeamsLog ? [] : ['no line is in the layout of a Teams log (MSTeams_*.log or logs.txt)'],
      inCall,
      clients: inCall && client ? [{ id: client.id, name: client.name }] : [],
      ...(judged.looksLikeTeamsLog ? { screenSharing: judged.state.sharing } : {}),
    };
  },
  'consent-store': (text: string): Findings => {
    const { entries, problems } = parseConsentEntries(text);
    const sees = [...new Set(entries.map((e) => e.device))];
    const evidence = entries.filter((e) => e.inUse).map((e) => `${e.key}: LastUsedTimeStop is 0 (in use since ${new Date(e.startedAt).toISOString()})`);
    return { os: 'windows', signals: entries.filter((e) => e.inUse).map((e) => e.signal), sees, evidence, problems };
  },
  pactl: (text: string): Findings => {
    const signals = parsePactlSourceOutputs(text);
    return { os: 'linux', signals, sees: ['microphone'], evidence: signals.map(describeStream) };
  },
  'pw-dump': (text: string): Findings => {
    const { signals, problem } = parsePwDump(text);
    return { os: 'linux', signals, sees: problem ? [] : ['microphone', 'camera', 'screen'], evidence: signals.map(describeStream), problems: problem ? [problem] : [] };
  },
  'process-args': (text: string): Findings => {
    const intent = judgeJoinIntent(text.replace(/\s+/g, ' ').trim());
    const client = intent ? catalogue().clients.find((c) => c.id === intent.client) : undefined;
    return {
      os: 'windows',
      signals: [],
      sees: [],
      evidence: intent ? [`${client?.name ?? intent.client} ${intent.evidence}`] : [],
      inCall: null,
      clients: client ? [{ id: client.id, name: client.name }] : [],
      joinIntent: intent !== undefined,
    };
  },
} satisfies Record<string, (text: string) => Findings>;

export type SignalKind = keyof typeof judges;
export const signalKinds = Object.keys(judges) as [SignalKind, ...SignalKind[]];

export const signalKindSchema = z.enum(signalKinds, {
  error: (issue) => `unknown kind "${String(issue.input)}"; expected one of ${signalKinds.join(', ')}`,
});

/**
 * A pasted output (the bytes of a file, or text) through the input layer, then judged; an encoding other than plain
 * UTF-8 is named first in the evidence. Input that is not readable text (a NUL, over the limit) is the message.
 */
export function readSignals(kind: SignalKind, input: string | Uint8Array, maxBytes?: number): { ok: true; reading: SignalReading } | { ok: false; message: string } {
  const what = `the ${kind} input`;
  const read = readOutputText(input, what, maxBytes);
  if (!read.ok) return read;
  const reading = judgeSignals(kind, read.text);
  return { ok: true, reading: read.how ? { ...reading, evidence: [`${what} was ${read.how}`, ...reading.evidence] } : reading };
}

/** Judges one pasted output the way the live watcher reads it: the same parsers and the same catalogue matching. */
export function judgeSignals(kind: SignalKind, text: string): SignalReading {
  const found = judges[kind](text);
  const processes: ProcessInfo[] = [...(found.names ?? new Map<number, string>())].map(([pid, name]) => ({ pid, name }));
  const observation = matcherFor(found.os).observe(processes, found.signals.filter((s) => s.device !== 'screen'));
  const clients = found.clients ?? [...observation.calls].map(([id, call]) => ({ id, name: call.name }));
  const use = (device: 'microphone' | 'camera'): DeviceUse => {
    if (!found.sees.includes(device)) return { inUse: null, owners: [] };
    const owners = found.signals.filter((s) => s.device === device).map((s) => ownerOf(s, found.names));
    return { inUse: owners.length > 0, owners: dedupe(owners) };
  };
  const microphone = use('microphone');
  const camera = use('camera');
  const unidentified = [...microphone.owners, ...camera.owners].some((o) => o.client === undefined);
  const inCall = found.inCall !== undefined ? found.inCall : clients.length > 0 ? true : unidentified ? null : found.sees.length > 0 ? false : null;
  const screenSharing = found.screenSharing ?? (found.sees.includes('screen') ? found.signals.some((s) => s.device === 'screen') : null);
  const reading: SignalReading = {
    schema: SIGNALS_SCHEMA,
    kind,
    os: found.os,
    inCall,
    clients,
    microphone,
    camera,
    screenSharing,
    joinIntent: found.joinIntent ?? null,
    summary: '',
    evidence: found.evidence,
    problems: found.problems ?? [],
  };
  return { ...reading, summary: summarise(reading) };

  function ownerOf(signal: MediaSignal, names: ReadonlyMap<number, string> | undefined): Owner {
    const one = matcherFor(found.os).observe(signal.pid && names?.get(signal.pid) ? [{ pid: signal.pid, name: names.get(signal.pid) ?? '' }] : [], [signal]);
    const [client] = [...one.calls];
    const name = client?.[1].name ?? signal.processName ?? (signal.pid ? names?.get(signal.pid) : undefined) ?? (signal.appId ? packageDisplayName(signal.appId) : undefined) ?? signal.label ?? 'a process this output does not name';
    return { ...(signal.pid ? { pid: signal.pid } : {}), name, ...(client ? { client: client[0] } : {}) };
  }
}

function dedupe(owners: Owner[]): Owner[] {
  const seen = new Set<string>();
  return owners.filter((o) => {
    const key = `${o.pid ?? ''}|${o.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function describeStream(s: MediaSignal): string {
  return `${s.device} stream of ${s.processName ?? s.label ?? 'an unnamed process'}${s.pid ? ` (pid ${s.pid})` : ''}${s.label && s.label !== s.processName ? ` "${s.label}"` : ''} (${s.source})`;
}

function summarise(r: SignalReading): string {
  const names = r.clients.map((c) => c.name).join(', ');
  if (r.joinIntent) return `${names || 'A meeting client'} was started with a join link: a call is about to start.`;
  if (r.inCall === true) return `In a call (${names}).`;
  if (r.inCall === null && r.joinIntent === false) return 'No join link in this command line.';
  if (r.inCall === null) {
    const owners = [...r.microphone.owners, ...r.camera.owners].map((o) => o.name);
    return owners.length > 0 ? `Cannot tell: ${[...new Set(owners)].join(', ')} uses the microphone or camera, and is not a known meeting client.` : 'Cannot tell from this output.';
  }
  return 'No call.';
}
