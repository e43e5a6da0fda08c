import type { CommandStreamer, StreamedCommand } from '../ports/command-stream.js';
import { PW_DUMP_MAX_BYTES, signalOf } from './pw-dump.js';

/**
 * The PipeWire version whose `pw-dump --monitor` was seen to print each batch as it happens (line-buffered) and to
 * print a removal (`{ "id": N, "info": null }`): 0.3.65, Debian 12's. Older pw-dump sources do neither, so a stream
 * that ended could look alive, or one that started could sit in a buffer: those keep the one-off dump every check.
 */
export const MONITOR_MIN_VERSION: readonly [number, number, number] = [0, 3, 65];

/** The libpipewire version `pw-dump --version` prints ("Linked with libpipewire 0.3.65"), if it says one. */
export function linkedVersion(text: string): [number, number, number] | undefined {
  const match = /Linked with libpipewire (\d+)\.(\d+)\.(\d+)/.exec(text);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
}

export function monitorSupported(version: readonly [number, number, number] | undefined): boolean {
  if (!version) return false;
  for (let i = 0; i < 3; i++) if (version[i] !== MONITOR_MIN_VERSION[i]) return (version[i] as number) > (MONITOR_MIN_VERSION[i] as number);
  return true;
}

export interface PwDumpMonitor {
  /**
   * True when, as of the monitor's last batch, no node of the graph records audio, consumes video or casts the
   * screen; false when one does; undefined until the first whole dump has arrived, or once the monitor has ended.
   */
  quiet(): boolean | undefined;
  /** Why the monitor ended (undefined while it runs). */
  readonly ended: string | undefined;
  stop(): void;
}

/**
 * Follows PipeWire's graph through one `pw-dump --monitor` process instead of a new pw-dump every check: the first
 * batch is the whole graph, each later one the objects that changed, in full, or `{ "id": N, "info": null }` for one
 * removed (PipeWire `src/tools/pw-dump.c`; test/fixtures/calls/pw-dump-monitor.txt is a capture). pw-dump starts
 * every batch with a line "[" and ends it with a line "]": only those two are at the first column, since everything
 * inside is indented. Only the ids of nodes that are signals are kept (signalOf, the one-off parser's own rule),
 * and a batch is bounded as a whole dump is (PW_DUMP_MAX_BYTES): it is a whole graph at most.
 */
export function startPwDumpMonitor(stream: CommandStreamer): PwDumpMonitor | undefined {
  const signalling = new Set<number>();
  let ready = false;
  let ended: string | undefined;
  let partial = '';
  let batch: string[] | undefined;
  let batchBytes = 0;
  // Set once stream() returns; an end before that (a stand-in that answers at once) is acted on just after.
  const started: { command?: StreamedCommand } = {};

  const finish = (reason: string) => {
    if (ended !== undefined) return;
    ended = reason;
    ready = false;
    signalling.clear();
    started.command?.stop();
  };

  const apply = (items: unknown) => {
    if (!Array.isArray(items)) return finish('pw-dump --monitor printed a batch that is not a JSON array');
    for (const item of items) {
      if (typeof item !== 'object' || item === null) continue;
      const { id } = item as { id?: unknown };
      if (typeof id !== 'number') continue;
      if (signalOf(item)) signalling.add(id);
      else signalling.delete(id); // removed, or changed into something that is not a signal
    }
    ready = true;
  };

  const line = (text: string) => {
    if (batch === undefined) {
      if (text === '[') {
        batch = [text];
        batchBytes = text.length;
      } else if (text.trim() !== '') finish('pw-dump --monitor printed something that is not a batch of objects');
      return;
    }
    batch.push(text);
    batchBytes += text.length + 1;
    if (batchBytes > PW_DUMP_MAX_BYTES) return finish(`pw-dump --monitor printed a batch over ${PW_DUMP_MAX_BYTES} bytes`);
    if (text !== ']') return;
    const json = batch.join('\n');
    batch = undefined;
    try {
      apply(JSON.parse(json));
    } catch (error) {
      finish(`pw-dump --monitor printed something that is not JSON (${(error as Error).message})`);
    }
  };

  started.command = stream('pw-dump', ['--monitor', '--no-colors'], {
    onData(text) {
      if (ended !== undefined) return;
      const lines = (partial + text).split('\n');
      partial = lines.pop() ?? '';
      if (partial.length > PW_DUMP_MAX_BYTES) return finish(`pw-dump --monitor printed a line over ${PW_DUMP_MAX_BYTES} bytes`);
      for (const l of lines) {
        line(l);
        if (ended !== undefined) return;
      }
    },
    onEnd(reason) {
      finish(`pw-dump --monitor ${reason}`);
    },
  });
  if (!started.command) return undefined;
  if (ended !== undefined) started.command.stop();

  return {
    quiet: () => (ready && ended === undefined ? signalling.size === 0 : undefined),
    get ended() {
      return ended;
    },
    stop: () => finish('stopped'),
  };
}
