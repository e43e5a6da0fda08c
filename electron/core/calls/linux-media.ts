import { readdirSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describeFailure, type CommandRunner } from '../ports/command-runner.js';
import type { MediaProbe, MediaSignal } from './media-signal.js';
import { NOT_READ_YET, type SignalStatus } from './signals/signal-status.js';
import { parsePactlSourceOutputs } from './pactl.js';
import { parsePwDump, PW_DUMP_MAX_BYTES } from './pw-dump.js';
import { probeOutput } from './signals/probe-text.js';
import { INPUT_LIMITS } from '../input/limits.js';
import type { CommandStreamer } from '../ports/command-stream.js';
import { linkedVersion, monitorSupported, startPwDumpMonitor, type PwDumpMonitor } from './pw-dump-monitor.js';

/** A tool found missing is not looked for again for this long: starting a process that is not there still costs. */
const MISSING_RETRY_MS = 10 * 60_000;

/** While the monitor sees no stream, a whole pw-dump still runs this often: the monitor's word is checked, not trusted for ever. */
export const MONITOR_CONFIRM_MS = 60_000;
/** No check for this long (every meeting app and browser closed): the monitor's process ends until the next check. */
export const MONITOR_IDLE_MS = 30_000;
/** A monitor that ended is started again at most this often. */
export const MONITOR_RETRY_MS = 60_000;

export interface LinuxMediaOptions {
  /** Long-running programs (host.stream): with it, PipeWire's graph is followed by one `pw-dump --monitor`. */
  stream?: CommandStreamer;
  timers?: { setTimeout(run: () => void, ms: number): unknown; clearTimeout(handle: unknown): void };
}

const unrefTimers: Required<LinuxMediaOptions>['timers'] = {
  setTimeout: (run, ms) => setTimeout(run, ms).unref(),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/**
 * Linux: PipeWire's own dump when present (microphone, camera and GNOME screen casts), else the PulseAudio view
 * (microphone only, also served by pipewire-pulse); cameras also through processes holding /dev/video*.
 *
 * A browser open all day makes the watcher check every 2 s, and each whole pw-dump costs about 15 ms of CPU between
 * it and the PipeWire daemon (close to 1 % of a core). So when checks recur, a whole dump has worked and pw-dump is a
 * version whose monitor is known to report as it goes (pw-dump-monitor.ts), one `pw-dump --monitor` follows the
 * graph: while it sees no stream, a check forks nothing; when it sees one, or has not been confirmed for a minute,
 * the whole dump runs as before and its answer is the one given. A monitor that ends or misbehaves is dropped.
 */
export function linuxMediaProbe(run: CommandRunner, procRoot = '/proc', devRoot = '/dev', now: () => number = Date.now, options: LinuxMediaOptions = {}): MediaProbe {
  const missingUntil = new Map<string, number>();
  const tryRun: CommandRunner = async (command, args, options) => {
    if ((missingUntil.get(command) ?? 0) > now()) return { kind: 'missing', command };
    const result = await run(command, args, options);
    if (result.kind === 'missing') missingUntil.set(command, now() + MISSING_RETRY_MS);
    return result;
  };
  let via: 'pw-dump' | 'pactl' | undefined;
  let failure = NOT_READ_YET;
  const timers = options.timers ?? unrefTimers;
  let monitor: PwDumpMonitor | undefined;
  let monitorVersion: 'unknown' | 'supported' | 'unsupported' = 'unknown';
  let monitorStartedAt = Number.NEGATIVE_INFINITY;
  let lastDumpAt = Number.NEGATIVE_INFINITY;
  let idleTimer: unknown;
  let reportedEnd: string | undefined;
  const stopMonitor = () => {
    monitor?.stop();
    monitor = undefined;
  };
  const keepMonitor = async () => {
    if (!options.stream || (monitor && monitor.ended === undefined) || now() - monitorStartedAt < MONITOR_RETRY_MS) return;
    if (monitorVersion === 'unknown') {
      const version = await tryRun('pw-dump', ['--version'], { timeoutMs: 2_000, maxBytes: 4096 });
      monitorVersion = version.kind === 'ok' && monitorSupported(linkedVersion(version.stdout)) ? 'supported' : 'unsupported';
    }
    if (monitorVersion !== 'supported') return;
    stopMonitor();
    monitorStartedAt = now();
    monitor = startPwDumpMonitor(options.stream);
  };
  /** The monitor's word that nothing streams, when it has one and a whole dump agreed within the last minute. */
  const monitorSaysQuiet = () => via === 'pw-dump' && monitor?.quiet() === true && now() - lastDumpAt < MONITOR_CONFIRM_MS;
  /** A whole pw-dump (pactl where there is none), its signals and notes added to the check's. */
  const wholeDump = async (signals: MediaSignal[], notes: string[]) => {
    const dump = await tryRun('pw-dump', ['--no-colors'], { timeoutMs: 2_000, maxBytes: PW_DUMP_MAX_BYTES });
    if (dump.kind === 'ok') {
      // Output that is not readable text (a NUL, over the limit) is said as pw-dump's own damage is.
      const read = probeOutput(dump, 'pw-dump', PW_DUMP_MAX_BYTES);
      const parsed = read.ok ? parsePwDump(read.text) : { signals: [], problem: read.message };
      signals.push(...parsed.signals);
      if (parsed.problem) notes.push(parsed.problem);
      via = 'pw-dump';
      if (!parsed.problem) {
        // Only checks that recur (a watcher's) get a monitor: a one-off `report` or `signals` must leave none.
        const recurring = now() - lastDumpAt < MONITOR_IDLE_MS;
        lastDumpAt = now();
        if (recurring) await keepMonitor();
      }
    } else {
      notes.push(describeFailure(dump, 'pw-dump'));
      const pactl = await tryRun('pactl', ['list', 'source-outputs'], { timeoutMs: 2_000, maxBytes: INPUT_LIMITS.commandOutput });
      // Output that is not readable text is the microphone unseen this time, as no answer is: never "no stream".
      const read = probeOutput(pactl, pactl.kind === 'ok' ? 'pactl list source-outputs' : 'pactl');
      if (read.ok) {
        signals.push(...parsePactlSourceOutputs(read.text));
        via = 'pactl';
      } else {
        notes.push(read.message);
        via = undefined;
        failure = `${describeFailure(dump, 'pw-dump')}; ${read.message}`;
      }
    }
  };
  return {
    status: (): SignalStatus[] => [
      via ? { signal: 'microphone', state: 'available', detail: via === 'pw-dump' ? 'PipeWire (pw-dump)' : 'PulseAudio (pactl list source-outputs)' } : { signal: 'microphone', state: 'unavailable', detail: failure },
      { signal: 'camera', state: 'available', detail: via === 'pw-dump' ? 'PipeWire (pw-dump) and open /dev/video* files' : 'open /dev/video* files (your own apps only)' },
      via === 'pw-dump'
        ? { signal: 'screen', state: 'available', detail: "PipeWire (pw-dump): GNOME's screen casts" }
        : { signal: 'screen', state: 'unavailable', detail: 'needs PipeWire (pw-dump); recording programs are recognised by name' },
    ],
    async check(hint = {}) {
      const notes: string[] = [];
      const signals: MediaSignal[] = [];
      if (options.stream) {
        timers.clearTimeout(idleTimer);
        idleTimer = timers.setTimeout(stopMonitor, MONITOR_IDLE_MS);
      }
      if (monitor?.ended !== undefined && monitor.ended !== reportedEnd) {
        reportedEnd = monitor.ended;
        notes.push(`${monitor.ended}; pw-dump runs at every check instead`);
      }
      // Unless the monitor saw no stream: then PipeWire has nothing to add, and nothing is forked.
      if (!monitorSaysQuiet()) await wholeDump(signals, notes);
      if (!signals.some((s) => s.device === 'camera') && hasVideoDevices(devRoot)) signals.push(...videoDeviceHolders(procRoot, hint.pids));
      return { signals, notes };
    },
    close() {
      timers.clearTimeout(idleTimer);
      stopMonitor();
    },
  };
}

/**
 * Processes with an open /dev/video* file: the camera owner even without PipeWire (we can only see our own user's).
 * Looks only at `pids` when given: walking every process's open files is the costliest thing this probe does.
 */
export function videoDeviceHolders(procRoot: string, pids?: readonly number[]): MediaSignal[] {
  const signals: MediaSignal[] = [];
  for (const entry of pids ? pids.map(String) : safeList(procRoot)) {
    if (!/^\d+$/.test(entry)) continue;
    const fdDir = join(procRoot, entry, 'fd');
    for (const fd of safeList(fdDir)) {
      let target: string;
      try {
        target = readlinkSync(join(fdDir, fd));
      } catch {
        continue;
      }
      if (/^\/dev\/video\d+$/.test(target)) {
        signals.push({ device: 'camera', pid: Number(entry), label: target, source: 'open /dev/video* file' });
        break;
      }
    }
  }
  return signals;
}

/** No /dev/video* at all (no camera, or a server): nothing can hold one, so skip the scan of open files. */
function hasVideoDevices(devRoot: string): boolean {
  return safeList(devRoot).some((name) => /^video\d+$/.test(name));
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
