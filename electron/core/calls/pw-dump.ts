import { z } from 'zod';
import type { MediaSignal } from './media-signal.js';

/** A desktop's whole PipeWire graph: a few hundred KB on a busy one, so 8 MiB leaves room and still bounds memory. */
export const PW_DUMP_MAX_BYTES = 8 * 1024 * 1024;

/** The stream name GNOME's Mutter gives every screen cast (built-in recorder and portal screen sharing). */
export const MUTTER_SCREEN_CAST = 'meta-screen-cast-src';

// Made at their first parse (z.lazy): most laptops the CLI starts on have no pw-dump, and a start need not build them.
const propValue = z.lazy(() => z.union([z.string(), z.number(), z.boolean(), z.null()]).optional());
const nodeSchema = z.lazy(() =>
  z.object({
    id: z.number(),
    type: z.literal('PipeWire:Interface:Node'),
    info: z.object({
      state: z.string().nullable().optional(),
      props: z.record(z.string(), z.unknown()).default({}),
    }),
  }),
);

/**
 * Parser for `pw-dump` (PipeWire 0.3.x and 1.x): a JSON array of objects; nodes carry `info.props` with
 * `media.class` (`Stream/Input/Audio` = something records audio, `Stream/Input/Video` = something consumes a camera
 * or screen, `Stream/Output/Video` named meta-screen-cast-src = GNOME is casting the screen).
 */
export function parsePwDump(text: string): { signals: MediaSignal[]; problem?: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { signals: [], problem: `pw-dump printed something that is not JSON (${(error as Error).message})` };
  }
  if (!Array.isArray(raw)) return { signals: [], problem: 'pw-dump output is not a JSON array' };
  return { signals: raw.map(signalOf).filter((signal): signal is MediaSignal => signal !== undefined) };
}

/**
 * What one object of pw-dump's output says: a signal for a node that records audio, consumes video or casts the
 * screen; undefined for anything else (links, ports, clients, devices, other nodes, a node in error).
 */
export function signalOf(item: unknown): MediaSignal | undefined {
  const node = nodeSchema.safeParse(item);
  if (!node.success) return undefined;
  const props = node.data.info.props;
  const text = (key: string) => {
    const v = propValue.safeParse(props[key]);
    return v.success && v.data !== null && v.data !== undefined ? String(v.data) : undefined;
  };
  const device = deviceFor(text('media.class'), text('media.name'), text('node.name'));
  if (!device || node.data.info.state === 'error') return undefined;
  const signal: MediaSignal = { device, source: 'pw-dump' };
  const pid = Number(text('application.process.id'));
  if (Number.isInteger(pid) && pid > 0) signal.pid = pid;
  const binary = text('application.process.binary');
  if (binary) signal.processName = binary;
  const label = text('application.name') ?? text('media.name');
  if (label) signal.label = label;
  return signal;
}

function deviceFor(mediaClass: string | undefined, mediaName: string | undefined, nodeName: string | undefined): MediaSignal['device'] | undefined {
  if (mediaClass === 'Stream/Input/Audio') return 'microphone';
  if (mediaClass === 'Stream/Input/Video') return 'camera';
  if (mediaClass === 'Stream/Output/Video' && (mediaName === MUTTER_SCREEN_CAST || nodeName === MUTTER_SCREEN_CAST)) return 'screen';
  return undefined;
}
