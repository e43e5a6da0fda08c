import type { z } from 'zod';

/**
 * One IPC channel: a schema for what the renderer may send and one for what it gets back. The wrapper's types require
 * both, so a channel without validation does not compile.
 */
export interface ChannelSpec<Req extends z.ZodType = z.ZodType, Res extends z.ZodType = z.ZodType> {
  request: Req;
  response: Res;
}

export function channel<Req extends z.ZodType, Res extends z.ZodType>(request: Req, response: Res): ChannelSpec<Req, Res> {
  return { request, response };
}

/** `domain:verb`: the domain groups functions in the renderer's API, the verb names the function. */
export type ChannelName = `${string}:${string}`;

export type ContractMap = Record<ChannelName, ChannelSpec>;

export type RequestOf<S> = S extends ChannelSpec<infer Req, z.ZodType> ? z.input<Req> : never;
export type ResponseOf<S> = S extends ChannelSpec<z.ZodType, infer Res> ? z.output<Res> : never;

/** Splits a channel name; the renderer's API is `api[domain][verb](request)`. */
export function splitChannel(name: string): { domain: string; verb: string } {
  const match = /^([a-z][a-zA-Z]*):([a-z][a-zA-Z]*)$/.exec(name);
  if (!match) throw new Error(`IPC channel "${name}" is not of the form domain:verb (letters only).`);
  return { domain: match[1] as string, verb: match[2] as string };
}
