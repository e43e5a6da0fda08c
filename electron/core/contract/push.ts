import { z } from 'zod';
import type { PushEvent } from './push-events.js';

export { PUSH_CHANNEL, type PushEvent, type PushListener } from './push-events.js';

export const pushEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('status:changed') }).strict(),
  z.object({ type: z.literal('settings:changed') }).strict(),
  z.object({ type: z.literal('notice:changed') }).strict(),
  z.object({ type: z.literal('kept:changed') }).strict(),
  z.object({ type: z.literal('cleanup:progress'), files: z.number().int().min(0), bytes: z.number().min(0), client: z.string().max(200) }).strict(),
]) satisfies z.ZodType<PushEvent>;

/** Delivers one event to one window; the shell's is webContents.send, the test harness's page.evaluate. */
export type PushSender = (windowId: string, event: PushEvent) => void;

/** Waiting events per window are capped: a window that never says it is ready must not hold memory forever. */
const MAX_WAITING = 50;

/**
 * The app's side of the push channel, with the ready handshake: a window is told of events only once its page has
 * said (through `app:ready`) that it listens. Until then events wait for it, so nothing sent while the page loads
 * is lost. Every event is validated against the schema before it leaves, like every request/response channel.
 */
export function createPushHub() {
  const waiting = new Map<string, PushEvent[]>();
  const ready = new Set<string>();
  let send: PushSender | undefined;
  const deliver = (windowId: string, event: PushEvent) => {
    if (ready.has(windowId) && send) send(windowId, event);
    else {
      const queue = waiting.get(windowId);
      if (!queue) return;
      // The same "changed" twice says nothing more; only the newest progress counts.
      const same = queue.findIndex((e) => e.type === event.type);
      if (same >= 0) queue.splice(same, 1);
      queue.push(event);
      if (queue.length > MAX_WAITING) queue.shift();
    }
  };
  return {
    /** Who delivers; set once by the shell (or the harness). */
    attach(sender: PushSender): void {
      send = sender;
    },
    /** A window was created: events wait for it from now on, until its page is ready. */
    opened(windowId: string): void {
      ready.delete(windowId);
      if (!waiting.has(windowId)) waiting.set(windowId, []);
    },
    /** The page listens now (`app:ready`): what waited is delivered, in order. A reload calls this again. */
    ready(windowId: string): void {
      const queue = waiting.get(windowId) ?? [];
      waiting.delete(windowId);
      ready.add(windowId);
      for (const event of queue) send?.(windowId, event);
    },
    /** The window is gone (or is loading a new page): nothing more is sent or kept for it until it opens again. */
    closed(windowId: string): void {
      ready.delete(windowId);
      waiting.delete(windowId);
    },
    /** To every window that is open. */
    publish(event: PushEvent): void {
      const checked = pushEventSchema.parse(event);
      for (const windowId of new Set([...ready, ...waiting.keys()])) deliver(windowId, checked);
    },
    /** To one window (a scan's progress goes to the window that started it). */
    publishTo(windowId: string, event: PushEvent): void {
      deliver(windowId, pushEventSchema.parse(event));
    },
  };
}

export type PushHub = ReturnType<typeof createPushHub>;
