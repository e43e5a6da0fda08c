import type { Channel, Request, Response } from './channels.js';
import type { IpcResult } from './errors.js';
import type { PushEvent } from './push-events.js';

type DomainOf<C extends string> = C extends `${infer D}:${string}` ? D : never;
type VerbOf<C extends string> = C extends `${string}:${infer V}` ? V : never;

// A channel whose request has no required field can be called with no argument.
type Fn<C extends Channel> = Record<never, never> extends Request<C>
  ? (request?: Request<C>) => Promise<IpcResult<Response<C>>>
  : (request: Request<C>) => Promise<IpcResult<Response<C>>>;

/** The type of `window.meetingGuard`, derived from the contract (the renderer imports this type only). */
export type MeetingGuardApi = {
  [D in DomainOf<Channel>]: { [C in Channel as DomainOf<C> extends D ? VerbOf<C> : never]: Fn<C> };
} & {
  /** The push channel (push.ts): `listen` returns the function that stops listening. */
  events: { listen(listener: (event: PushEvent) => void): () => void };
};
