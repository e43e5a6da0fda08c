// PipeWire's graph followed by one `pw-dump --monitor` (calls/pw-dump-monitor.ts), and the Linux media probe that
// forks a whole pw-dump only when the monitor sees a stream or has not been confirmed for a minute (linux-media.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CommandResult, CommandRunner } from '../../../electron/core/ports/command-runner.js';
import type { CommandStreamer, StreamHandlers } from '../../../electron/core/ports/command-stream.js';
import { linkedVersion, monitorSupported, startPwDumpMonitor } from '../../../electron/core/calls/pw-dump-monitor.js';
import { PW_DUMP_MAX_BYTES } from '../../../electron/core/calls/pw-dump.js';
import { linuxMediaProbe, MONITOR_CONFIRM_MS, MONITOR_IDLE_MS } from '../../../electron/core/calls/linux-media.js';
import { fixture } from '../../support/fixtures.js';

/** The capture: the first dump (no stream), pw-record's client and microphone stream, then their two removals. */
const capture = fixture('calls/pw-dump-monitor.txt');
const batches = capture.split(/(?<=\n\]\n)/);

/** A stand-in for the streaming port: records what was started and hands its handlers to the test. */
function fakeStreamer() {
  const started: Array<{ command: string; args: readonly string[]; handlers: StreamHandlers; stopped: boolean }> = [];
  const stream: CommandStreamer = (command, args, handlers) => {
    const entry = { command, args, handlers, stopped: false };
    started.push(entry);
    return { stop: () => void (entry.stopped = true) };
  };
  return { stream, started, last: () => started.at(-1)! };
}

describe('pw-dump --monitor, as PipeWire 0.3.65 prints it', () => {
  it('the capture is four batches: the first dump, a microphone stream added, two removals', () => {
    expect(batches).toHaveLength(4);
    expect(batches[1]).toContain('"media.class": "Stream/Input/Audio"');
    expect(batches[2]).toMatch(/"info": null/);
  });

  it('is quiet after the first dump, not while pw-record records, and quiet again once its node is removed', () => {
    const { stream, last } = fakeStreamer();
    const monitor = startPwDumpMonitor(stream)!;
    expect(last().args).toEqual(['--monitor', '--no-colors']);
    expect(monitor.quiet()).toBeUndefined(); // nothing read yet
    last().handlers.onData(batches[0]!);
    expect(monitor.quiet()).toBe(true);
    last().handlers.onData(batches[1]!);
    expect(monitor.quiet()).toBe(false);
    last().handlers.onData(batches[2]!); // the stream's node (id 33 in the capture's second batch) removed
    last().handlers.onData(batches[3]!);
    expect(monitor.quiet()).toBe(true);
    expect(monitor.ended).toBeUndefined();
  });

  it('reads the same however the pipe cuts the output into chunks', () => {
    const ends = (text: string, cuts: number[]) => {
      const { stream, last } = fakeStreamer();
      const monitor = startPwDumpMonitor(stream)!;
      const seen: Array<boolean | undefined> = [];
      let from = 0;
      for (const cut of [...new Set(cuts)].sort((a, b) => a - b).concat(text.length)) {
        last().handlers.onData(text.slice(from, cut));
        from = cut;
        seen.push(monitor.quiet());
      }
      return { quiet: monitor.quiet(), sawStream: seen.includes(false) };
    };
    const untilStream = batches[0]! + batches[1]!;
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: capture.length }), { maxLength: 40 }), (cuts) => {
        expect(ends(capture, cuts).quiet).toBe(true);
        expect(ends(untilStream, cuts.map((c) => c % untilStream.length)).quiet).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('ends, and gives no answer, on output that is not batches of JSON objects, or a batch over the bound', () => {
    const cases = ['not json at all\n', '[\n  { "id": 1,\n]\n', `[\n${' '.repeat(PW_DUMP_MAX_BYTES)}\n`];
    for (const text of cases) {
      const { stream, last } = fakeStreamer();
      const monitor = startPwDumpMonitor(stream)!;
      last().handlers.onData(batches[0]!);
      last().handlers.onData(text);
      expect(monitor.quiet(), text.slice(0, 20)).toBeUndefined();
      expect(monitor.ended).toMatch(/pw-dump --monitor printed/);
      expect(last().stopped).toBe(true);
    }
  });

  it('gives no answer once the program ends, and says why', () => {
    const { stream, last } = fakeStreamer();
    const monitor = startPwDumpMonitor(stream)!;
    last().handlers.onData(batches[0]!);
    last().handlers.onEnd('exited with code 1');
    expect(monitor.quiet()).toBeUndefined();
    expect(monitor.ended).toBe('pw-dump --monitor exited with code 1');
  });

  it('reads the version pw-dump links with, and takes only versions seen to report as they go', () => {
    const version = linkedVersion('pw-dump\nCompiled with libpipewire 0.3.65\nLinked with libpipewire 0.3.65\n');
    expect(version).toEqual([0, 3, 65]);
    expect(monitorSupported(version)).toBe(true);
    expect(monitorSupported([1, 0, 5])).toBe(true);
    expect(monitorSupported([0, 3, 66])).toBe(true);
    expect(monitorSupported([0, 3, 48])).toBe(false); // Ubuntu 22.04's
    expect(monitorSupported(linkedVersion('[]'))).toBe(false);
  });
});

describe('the Linux media probe with a pw-dump monitor', () => {
  const oneOff = fixture('calls/pw-dump.json'); // a whole dump with a Firefox microphone stream among others
  const emptyDump = batches[0]!; // the capture's first batch is a whole dump with no stream

  function setup(version = 'Linked with libpipewire 0.3.65\n') {
    let clock = 1_000_000;
    let dump = emptyDump;
    const runs: string[][] = [];
    const run: CommandRunner = async (command, args): Promise<CommandResult> => {
      runs.push([command, ...args]);
      if (command !== 'pw-dump') return { kind: 'missing', command };
      return { kind: 'ok', stdout: args.includes('--version') ? version : dump, stderr: '' };
    };
    const streamer = fakeStreamer();
    const timers = new Map<number, { run: () => void; at: number }>();
    let next = 0;
    const fakeTimers = {
      setTimeout: (fn: () => void, ms: number) => (timers.set(++next, { run: fn, at: clock + ms }), next),
      clearTimeout: (handle: unknown) => void timers.delete(handle as number),
    };
    const probe = linuxMediaProbe(run, '/nonexistent', '/nonexistent', () => clock, { stream: streamer.stream, timers: fakeTimers });
    const dumps = () => runs.filter((r) => r.join(' ') === 'pw-dump --no-colors').length;
    const advance = (ms: number) => {
      clock += ms;
      for (const [id, t] of [...timers]) {
        if (t.at > clock) continue;
        timers.delete(id);
        t.run();
      }
    };
    /** Two checks 2 s apart, as a watcher's: the second starts the monitor, which then prints its first dump. */
    const recurring = async () => {
      await probe.check();
      advance(2_000);
      await probe.check();
      streamer.last().handlers.onData(batches[0]!);
    };
    return { probe, streamer, dumps, runs, advance, recurring, setDump: (text: string) => void (dump = text) };
  }

  it('forks no pw-dump while the monitor sees no stream, and the whole dump again when it sees one', async () => {
    const { probe, streamer, dumps, advance, setDump } = setup();
    expect((await probe.check()).signals).toEqual([]);
    expect(streamer.started).toHaveLength(0); // one check (a `report`) starts nothing that outlives it
    advance(2_000);
    expect((await probe.check()).signals).toEqual([]);
    expect(dumps()).toBe(2);
    expect(streamer.started).toHaveLength(1); // checks recur: the monitor starts
    streamer.last().handlers.onData(batches[0]!);
    for (let i = 0; i < 10; i++) {
      advance(2_000);
      expect((await probe.check()).signals).toEqual([]);
    }
    expect(dumps()).toBe(2); // none since the monitor started
    // A microphone stream starts: the monitor says so, and the answer comes from a whole dump, as before.
    setDump(oneOff);
    streamer.last().handlers.onData(batches[1]!);
    advance(2_000);
    const during = await probe.check();
    expect(during.signals.map((s) => s.device)).toContain('microphone');
    expect(dumps()).toBe(3);
    // It ends: the monitor's removal lines make the probe quiet again, with no fork.
    setDump(emptyDump);
    streamer.last().handlers.onData(batches[2]! + batches[3]!);
    advance(2_000);
    expect((await probe.check()).signals).toEqual([]);
    expect(dumps()).toBe(3);
  });

  it('still runs a whole dump once a minute while the monitor sees nothing', async () => {
    const { probe, dumps, advance, recurring } = setup();
    await recurring();
    for (let t = 0; t < MONITOR_CONFIRM_MS + 2_000; t += 2_000) {
      advance(2_000);
      await probe.check();
    }
    expect(dumps()).toBe(3);
  });

  it('keeps the whole dump at every check where pw-dump is older than the monitor needs', async () => {
    const { probe, streamer, dumps, advance } = setup('Linked with libpipewire 0.3.48\n');
    for (let i = 0; i < 3; i++) {
      await probe.check();
      advance(2_000);
    }
    expect(streamer.started).toHaveLength(0);
    expect(dumps()).toBe(3);
  });

  it('stops the monitor when checks stop (every meeting app closed), and when the probe is closed', async () => {
    const first = setup();
    await first.recurring();
    expect(first.streamer.last().stopped).toBe(false);
    first.advance(MONITOR_IDLE_MS);
    expect(first.streamer.last().stopped).toBe(true);
    const second = setup();
    await second.recurring();
    second.probe.close?.();
    expect(second.streamer.last().stopped).toBe(true);
  });

  it('says once that the monitor ended, and goes back to the whole dump', async () => {
    const { probe, streamer, dumps, advance, recurring } = setup();
    await recurring();
    streamer.last().handlers.onEnd('exited with code 1');
    advance(2_000);
    const after = await probe.check();
    expect(after.notes.join(' ')).toMatch(/pw-dump --monitor exited with code 1; pw-dump runs at every check instead/);
    expect(dumps()).toBe(3);
    advance(2_000);
    expect((await probe.check()).notes.join(' ')).not.toMatch(/--monitor/);
  });
});
