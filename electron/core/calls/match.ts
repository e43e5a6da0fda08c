import type { Catalogue, ClientEntry, RecorderEntry } from './catalogue-schema.js';
import { bundleIdMatches, normaliseName } from './catalogue.js';
import type { OsName } from '../platform/platform.js';
import type { ProcessInfo, WantArgs } from './process-snapshot.js';
import type { MediaSignal } from './media-signal.js';
import type { CallSignalKind, RecorderSighting } from './call-events.js';
import { judgeJoinIntent } from './signals/join-intent.js';

/** Clients whose join links `judgeJoinIntent` knows: their main process's arguments are read. */
const JOIN_LINK_CLIENTS = new Set(['zoom', 'teams', 'webex']);

/** One probe round, reduced to what the state machine cares about. */
export interface Observation {
  /** Clients with a call signal now, by client id: name and the evidence a person can check. */
  calls: Map<string, { name: string; evidence: string; signal: CallSignalKind }>;
  /** Clients started with a join link, by `client:pid`: a call is about to start. */
  intents: Map<string, { client: string; name: string; evidence: string }>;
  /** Clients whose main process runs (used to decide whether the costlier probes are worth running). */
  running: Set<string>;
  recorders: Map<string, RecorderSighting>;
  /** Processes that matched a client or recorder: the only ones worth a per-process device scan. */
  pids: number[];
}

/** The catalogue compiled for one OS into lookups by normalised process name. Built once per watcher. */
export function compileMatcher(catalogue: Catalogue, os: OsName) {
  const clientByName = new Map<string, ClientEntry>();
  const inCallByName = new Map<string, ClientEntry>();
  const recorderByName = new Map<string, RecorderEntry>();
  for (const c of catalogue.clients) {
    for (const n of c.processes[os] ?? []) clientByName.set(normaliseName(n), c);
    for (const n of c.inCallProcesses[os] ?? []) inCallByName.set(normaliseName(n), c);
  }
  for (const r of catalogue.recorders) for (const n of r.processes[os] ?? []) recorderByName.set(normaliseName(n), r);
  const argRules = new Map(catalogue.recorders.map((r) => [r.id, r.argRules.map((rule) => ({ re: new RegExp(rule.pattern), describes: rule.describes }))]));
  const wantArgs: WantArgs = (name) => (argRules.get(recorderByName.get(name)?.id ?? '')?.length ?? 0) > 0 || JOIN_LINK_CLIENTS.has(clientByName.get(name)?.id ?? '');
  // Linux cuts process names to 15 bytes: only a cut name that begins a longer catalogue name needs the full one.
  const longPrefixes = new Set([...clientByName.keys(), ...inCallByName.keys(), ...recorderByName.keys()].filter((n) => n.length > 15).map((n) => n.slice(0, 15)));
  const wantFullName: WantArgs = (cut) => longPrefixes.has(cut);

  const byBundle = <T extends { bundleIds: string[] }>(list: readonly T[], bundleId: string | undefined) =>
    bundleId ? list.find((e) => e.bundleIds.some((p) => bundleIdMatches(p, bundleId))) : undefined;

  const clientFor = (name: string | undefined, bundleId?: string): ClientEntry | undefined =>
    (name ? clientByName.get(normaliseName(name)) : undefined) ?? byBundle(catalogue.clients, bundleId);

  // Process sources hand back the same ProcessInfo object for a process they already know, so what it matched is
  // remembered per object: a poll then only classifies the processes that are new.
  const classified = new WeakMap<ProcessInfo, Classified | null>();
  const classify = (p: ProcessInfo): Classified | null => {
    let hit = classified.get(p);
    if (hit !== undefined) return hit;
    const key = normaliseName(p.name);
    const client = clientFor(p.name, p.bundleId);
    const helper = inCallByName.get(key);
    const recorder = recorderByName.get(key) ?? byBundle(catalogue.recorders, p.bundleId);
    const intent = client && p.args && JOIN_LINK_CLIENTS.has(client.id) ? judgeJoinIntent(p.args.join(' ')) : undefined;
    hit = client || helper || recorder ? { client, helper, recorder, intent } : null;
    classified.set(p, hit);
    return hit;
  };

  function observe(processes: readonly ProcessInfo[], media: readonly MediaSignal[] = [], traces: readonly RecorderSighting[] = []): Observation {
    const obs: Observation = { calls: new Map(), intents: new Map(), running: new Set(), recorders: new Map(), pids: [] };
    for (const p of processes) {
      const hit = classify(p);
      if (!hit) continue;
      const { client, helper, recorder, intent } = hit;
      if (client) obs.running.add(client.id);
      if (client && intent) obs.intents.set(`${client.id}:${p.pid}`, { client: client.id, name: client.name, evidence: `${client.name} (pid ${p.pid}) was ${intent.evidence}` });
      if (helper) obs.calls.set(helper.id, { name: helper.name, evidence: `${p.name} (pid ${p.pid}) runs only during a ${helper.name} call`, signal: 'process' });
      if (recorder) sightRecorder(obs, recorder, p, argRules.get(recorder.id) ?? []);
      obs.pids.push(p.pid);
    }
    const byPid = media.length > 0 ? new Map(processes.map((p) => [p.pid, p])) : undefined;
    for (const signal of media) attributeMedia(obs, signal, signal.pid !== undefined ? byPid?.get(signal.pid) : undefined);
    for (const trace of traces) obs.recorders.set(trace.id, trace);
    return obs;
  }

  function attributeMedia(obs: Observation, signal: MediaSignal, owner: ProcessInfo | undefined): void {
    const what = signal.device === 'screen' ? 'the screen' : `the ${signal.device}`;
    const says = signal.device === 'call' ? `says a call is on${signal.label ? ` ("${signal.label}")` : ''}` : `is using ${what}`;
    const client =
      clientFor(owner?.name, owner?.bundleId) ??
      clientFor(signal.processName) ??
      (signal.appId ? catalogue.clients.find((c) => [...c.packageFamilies, ...c.bundleIds].some((p) => bundleIdMatches(p, signal.appId ?? ''))) : undefined) ??
      (signal.label ? catalogue.clients.find((c) => c.audioStreamNames.includes(signal.label ?? '')) : undefined);
    if (client && signal.device !== 'screen') {
      obs.running.add(client.id);
      const kind: CallSignalKind = signal.device === 'call' ? (signal.via ?? 'power-assertion') : signal.device;
      if (!obs.calls.has(client.id)) obs.calls.set(client.id, { name: client.name, evidence: `${client.name} ${says} (${signal.source})`, signal: kind });
      return;
    }
    const recorderName = owner?.name ?? signal.processName;
    const recorder =
      (recorderName ? recorderByName.get(normaliseName(recorderName)) : undefined) ??
      (signal.device === 'screen' ? catalogue.recorders.find((r) => r.id === 'gnome-screencast') : undefined);
    if (!recorder || signal.device === 'call') return;
    // A resident tool that holds a device is capturing now: the strong message.
    obs.recorders.set(recorder.id, { id: recorder.id, name: recorder.name, level: 'active', category: recorder.category, ...(signal.pid ? { pid: signal.pid } : {}), evidence: `${recorder.name} is using ${what} (${signal.source})` });
  }

  /** Whether a process plays any part in an observation (a client, an in-call helper or a recorder). */
  const matters = (p: ProcessInfo): boolean => classify(p) !== null;

  return { observe, matters, wantArgs, wantFullName };
}

interface Classified {
  intent?: ReturnType<typeof judgeJoinIntent>;
  client: ClientEntry | undefined;
  helper: ClientEntry | undefined;
  recorder: RecorderEntry | undefined;
}

function sightRecorder(obs: Observation, recorder: RecorderEntry, p: ProcessInfo, rules: readonly { re: RegExp; describes: string }[]): void {
  let level: RecorderSighting['level'] = recorder.ambiguous ? 'present' : 'active';
  let evidence = `${p.name} (pid ${p.pid}) is running`;
  if (rules.length > 0) {
    const joined = (p.args ?? []).join(' ');
    const rule = rules.find((r) => r.re.test(joined));
    if (!rule) return; // ffmpeg converting a file is not a recorder
    level = 'active';
    evidence = `${p.name} (pid ${p.pid}) has a ${rule.describes}: ${joined.slice(0, 160)}`;
  }
  const known = obs.recorders.get(recorder.id);
  if (known?.level === 'active') return;
  obs.recorders.set(recorder.id, { id: recorder.id, name: recorder.name, level, category: recorder.category, pid: p.pid, evidence });
}

export type Matcher = ReturnType<typeof compileMatcher>;
