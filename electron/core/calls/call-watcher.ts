import type { Catalogue } from './catalogue-schema.js';
import type { CallEffect, CallEvent, RecorderSighting } from './call-events.js';
import { defaultTimings, initialCallState, reduce, type CallState, type CallTimings } from './call-state.js';
import { withTimeout, type Clock } from './clock.js';
import { diffObservations, emptyObservation } from './diff.js';
import type { Matcher, Observation } from './match.js';
import type { MediaProbe, MediaSignal } from './media-signal.js';
import type { ProcessInfo, ProcessSource } from './process-snapshot.js';
import { clientRecordingTraces } from './recording-traces.js';

export interface WatcherSettings {
  /** Time between the end of one poll and the start of the next, during a call or while a meeting app runs. */
  intervalMs: number;
  /**
   * The same with no call and no meeting app running: a call cannot start without a client appearing first, and
   * recorders are only warned about in a call, so a slower pace here costs nothing the person would notice.
   */
  idleIntervalMs: number;
  /** Microphone/camera probes start child processes: run them at most this often, and only while a client runs. */
  mediaIntervalMs: number;
  /** Re-read every process this often, whatever the pace of polls: catches an exec or a reused pid the cache cannot see. */
  fullRefreshMs: number;
  probeTimeoutMs: number;
  timings: CallTimings;
}

const NO_MEDIA: MediaSignal[] = [];

export const defaultWatcherSettings: WatcherSettings = {
  intervalMs: 500,
  idleIntervalMs: 2_000,
  mediaIntervalMs: 2_000,
  fullRefreshMs: 60_000,
  probeTimeoutMs: 3_000,
  timings: defaultTimings,
};

export interface WatcherDeps {
  processes: ProcessSource;
  media: MediaProbe;
  matcher: Matcher;
  catalogue: Catalogue;
  home: string;
  clock: Clock;
  onEvent?: (event: CallEvent) => void;
  onEffect?: (effect: CallEffect) => void;
  /** A probe failed or timed out: the watcher carries on with what it knew. */
  onProblem?: (message: string) => void;
  /** Looks for meeting clients' own recordings (tests pass a stand-in; the default reads the home folder). */
  recordingTraces?: typeof clientRecordingTraces;
}

/**
 * The serial, edge-triggered poll loop: sample, diff against the last sample, feed the changes to the reducer.
 * The next poll is scheduled only after the previous one finished, so a slow probe never overlaps itself.
 */
export function createCallWatcher(deps: WatcherDeps, settings: WatcherSettings = defaultWatcherSettings) {
  let state: CallState = initialCallState;
  let last: Observation = emptyObservation;
  let lastInputs: { processes: unknown; media: unknown; traces: number } | undefined;
  let media: MediaSignal[] = NO_MEDIA;
  let lastByProcess: Observation = emptyObservation;
  let lastMediaAt = Number.NEGATIVE_INFINITY;
  let lastFreshAt = Number.NEGATIVE_INFINITY;
  let timer: unknown;
  let running = false;
  let current: Promise<void> | undefined;
  const problem = (message: string) => deps.onProblem?.(message);

  function dispatch(event: CallEvent): void {
    if (event.type !== 'tick') deps.onEvent?.(event);
    const result = reduce(state, event, settings.timings);
    state = result.state;
    for (const effect of result.effects) deps.onEffect?.(effect);
  }

  /**
   * The source says what changed since the last list, and none of it is a client, helper or recorder: the
   * observation of processes is the same (the common busy poll, a short-lived program started somewhere).
   */
  function onlyIrrelevantChanged(processes: readonly ProcessInfo[]): boolean {
    const earlier = lastInputs?.processes as readonly ProcessInfo[] | undefined;
    const changed = earlier && deps.processes.changedSince?.(processes, earlier);
    return changed !== undefined && !changed.some(deps.matcher.matters);
  }

  async function sample(): Promise<Observation | undefined> {
    const { clock, matcher } = deps;
    const fresh = clock.now() - lastFreshAt >= settings.fullRefreshMs;
    if (fresh) lastFreshAt = clock.now();
    let processes;
    try {
      const options = { fresh, wantArgs: matcher.wantArgs, wantFullName: matcher.wantFullName, matters: matcher.matters };
      const source = deps.processes;
      processes = source.snapshotNow ? source.snapshotNow(options) : await withTimeout(source.snapshot(options), settings.probeTimeoutMs, clock, 'process list');
    } catch (error) {
      problem((error as Error).message);
      return undefined;
    }
    const byProcess = processes === lastInputs?.processes || onlyIrrelevantChanged(processes) ? lastByProcess : matcher.observe(processes);
    lastByProcess = byProcess;
    const now = clock.now();
    if (byProcess.running.size === 0) media = NO_MEDIA;
    else if (now - lastMediaAt >= settings.mediaIntervalMs) {
      lastMediaAt = now;
      try {
        const result = await withTimeout(deps.media.check({ pids: byProcess.pids, clients: byProcess.running }), settings.probeTimeoutMs, clock, 'microphone/camera probe');
        media = result.signals;
      } catch (error) {
        problem((error as Error).message);
      }
    }
    let traces: RecorderSighting[] = [];
    if (state.phase !== 'idle') {
      const inCall = deps.catalogue.clients.filter((c) => c.recordingFolders.length > 0 && byProcess.running.has(c.id));
      if (inCall.length > 0) traces = await (deps.recordingTraces ?? clientRecordingTraces)(inCall, deps.home, clock.now());
    }
    // Nothing new from any probe: the observation cannot differ, so skip matching (the common idle poll).
    if (lastInputs && processes === lastInputs.processes && media === lastInputs.media && traces.length === 0 && lastInputs.traces === 0) return last;
    lastInputs = { processes, media, traces: traces.length };
    // Only processes to go on: the observation made above is already the whole answer.
    return media.length === 0 && traces.length === 0 ? byProcess : matcher.observe(processes, media, traces);
  }

  async function pollOnce(): Promise<void> {
    const observation = await sample();
    const at = deps.clock.now();
    if (!observation) {
      dispatch({ type: 'tick', at });
      return;
    }
    const events = diffObservations(last, observation, at);
    last = observation;
    for (const event of events) dispatch(event);
  }

  function schedule(): void {
    if (!running) return;
    // Browsers run all day: they arm the fast pace only once they use the microphone or camera (a call signal).
    const appRunning = deps.catalogue.clients.some((c) => c.kind === 'app' && last.running.has(c.id));
    const interval = state.phase !== 'idle' || appRunning ? settings.intervalMs : settings.idleIntervalMs;
    timer = deps.clock.setTimeout(() => {
      current = pollOnce()
        .catch((error: unknown) => problem(`poll failed: ${(error as Error).message}`))
        .finally(schedule);
    }, interval);
  }

  return {
    /** Polls at once, then every interval. */
    start(): void {
      if (running) return;
      running = true;
      current = pollOnce()
        .catch((error: unknown) => problem(`poll failed: ${(error as Error).message}`))
        .finally(schedule);
    },
    async stop(): Promise<void> {
      running = false;
      deps.clock.clearTimeout(timer);
      await current;
      deps.media.close?.();
    },
    pollOnce,
    /** "I'm starting a call" / "the call has ended" / dismiss, from the tray or the terminal. */
    dispatch,
    state: (): CallState => state,
    /**
     * Policy changed the catalogue: the next poll matches with the new one and re-reads every process (a newly
     * named program may need its full name or arguments). The call in progress is kept; what no longer matches
     * simply ends as its signal goes.
     */
    setCatalogue(catalogue: Catalogue, matcher: Matcher): void {
      deps = { ...deps, catalogue, matcher };
      lastInputs = undefined;
      lastFreshAt = Number.NEGATIVE_INFINITY;
    },
    /** New pace from policy; it applies from the next scheduled poll. */
    setSettings(next: WatcherSettings): void {
      settings = next;
    },
  };
}

export type CallWatcher = ReturnType<typeof createCallWatcher>;
