import type { FindingKind } from './findings.js';
import { engineInput, matchInput, room } from './engine.js';

/**
 * Told of each match with its byte range; `wide` when the bytes are UTF-16LE. The text is made only on demand
 * (`matchText`): counting a match costs no string. An object of a class, one per stream or batch, not a closure:
 * V8 then compiles one call target for every file.
 */
export interface MatchSink {
  found(kind: FindingKind, start: number, end: number, wide: boolean): void;
  /**
   * How many more matches of each kind (`tell[i]` for `findingKinds[i]`) to tell one by one; the engine only counts
   * the others and hands them over as a number (`counted`). Every match is told when absent. Asked before each
   * pass: once a tally keeps no more previews of a kind, its thousands of matches in a log cost no call each.
   */
  toTell?(tell: Int32Array): void;
  counted?(kind: FindingKind, n: number): void;
}

/**
 * A window of a stream, whose windows overlap: only matches starting in `[from, before)` count, and a match of a kind
 * that starts before the end of that kind's last one (`ends`, per kind in findingKinds' order, relative to this
 * window) does not; `ends` is updated. Judged in the engine, so a match left out costs nothing here.
 */
export interface MatchWindow {
  from: number;
  before: number;
  readonly ends: Int32Array;
}

/** Longest match the scanner reports in bytes (twice that for UTF-16); chunked readers overlap windows by more. */
export const MAX_MATCH_BYTES = 64 + 1 + 253 + 2;

/**
 * Finds e-mail addresses, IPv4/IPv6 addresses, MAC addresses and account names in `buf[0, end)`, in UTF-8 or
 * UTF-16LE text, in one pass (docs/cleanup.md, "The matcher"): the bytes are copied into the engine's memory, the
 * engine writes each match's kind and range to a results array, and each goes to `sink.found` in the order found
 * (as many as `sink.toTell` asks for; the others as counts to `sink.counted`).
 */
export function findMatches(buf: Uint8Array, end: number, sink: MatchSink, window?: MatchWindow): void {
  if (end <= 0) return;
  room(end);
  engineInput().set(end === buf.length ? buf : buf.subarray(0, end));
  matchInput(end, sink, window);
}

/** The text of a match, for previews: made only while a tally still collects them. */
export function matchText(buf: Uint8Array, start: number, end: number, wide: boolean): string {
  return Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString(wide ? 'utf16le' : 'utf8', start, end);
}
