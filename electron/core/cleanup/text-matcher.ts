import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findingKinds, type FindingKind } from './findings.js';

/**
 * Told of each match with its byte range; `wide` when the bytes are UTF-16LE. The text is made only on demand
 * (`matchText`): counting a match costs no string. An object of a class, one per stream or batch, not a closure:
 * V8 then compiles one call target for every file.
 */
export interface MatchSink {
  found(kind: FindingKind, start: number, end: number, wide: boolean): void;
}

/** Longest match the scanner reports in bytes (twice that for UTF-16); chunked readers overlap windows by more. */
export const MAX_MATCH_BYTES = 64 + 1 + 253 + 2;

/** The engine's exports (wasm/cleanup-matcher/index.ts). */
interface Engine {
  memory: { readonly buffer: ArrayBuffer; grow(pages: number): number };
  scan(from: number, end: number): number;
  matches(): number;
  resultsAt(): number;
  inputAt(): number;
}

// Set by the build (scripts/build-engine.mjs): the engine's bytes, base64, inside the bundle.
declare const __MEETING_GUARD_MATCHER_WASM__: string | undefined;

const ENGINE_FILE = join('dist', 'engine', 'cleanup-matcher.wasm');

/** Folders from `dir` up to the root. */
function upFrom(dir: string): string[] {
  const out = [dir];
  while (dirname(out[out.length - 1]!) !== out[out.length - 1]) out.push(dirname(out[out.length - 1]!));
  return out;
}

function engineBytes(): Buffer {
  if (typeof __MEETING_GUARD_MATCHER_WASM__ === 'string') return Buffer.from(__MEETING_GUARD_MATCHER_WASM__, 'base64');
  // Run from the sources (tests, a tool's own bundle): the file the build wrote, in the checkout this module or the
  // working folder is in.
  const file = [...upFrom(dirname(fileURLToPath(import.meta.url))), ...upFrom(process.cwd())].map((dir) => join(dir, ENGINE_FILE)).find((f) => existsSync(f));
  if (file === undefined) throw new Error(`the scan's matcher is not built (no ${ENGINE_FILE}): run npm run build`);
  return readFileSync(file);
}

// Node's types (without the DOM library) declare no WebAssembly values; these are the two the engine needs.
const wasm = (globalThis as unknown as { WebAssembly: { Module: new (bytes: Uint8Array) => object; Instance: new (module: object, imports: object) => { exports: unknown } } }).WebAssembly;

const PAGE = 64 * 1024;
let engine: Engine | undefined;
let input = 0;
let heap = new Uint8Array(0);
let results = new Int32Array(0);

/** Compiled and started once per thread, on first use: the module is 14 KB and compiles and starts in under a millisecond. */
function start(): Engine {
  const exports = new wasm.Instance(new wasm.Module(engineBytes()), {}).exports as Engine;
  engine = exports;
  input = exports.inputAt();
  view();
  return exports;
}

// Views of the engine's memory: taken again whenever it grows, as growing detaches the old ones.
function view(): void {
  heap = new Uint8Array(engine!.memory.buffer);
  results = new Int32Array(engine!.memory.buffer, engine!.resultsAt(), 3 * 4096);
}

function room(bytes: number): void {
  // The engine's block loads read up to 17 bytes from a block's start: 32 bytes past the end are kept for them.
  const need = input + bytes + 32 - heap.length;
  if (need > 0) {
    engine!.memory.grow(Math.ceil(need / PAGE));
    view();
  }
}

/**
 * Finds e-mail addresses, IPv4/IPv6 addresses, MAC addresses and account names in `buf[0, end)`, in UTF-8 or
 * UTF-16LE text, in one pass (docs/cleanup.md, "The matcher"): the bytes are copied into the engine's memory, the
 * engine writes each match's kind and range to a results array, and each goes to `sink.found` in the order found.
 */
export function findMatches(buf: Uint8Array, end: number, sink: MatchSink): void {
  const e = engine ?? start();
  if (end <= 0) return;
  room(end);
  heap.set(end === buf.length ? buf : buf.subarray(0, end), input);
  let from = 0;
  do {
    from = e.scan(from, end);
    const n = e.matches();
    for (let k = 0; k < 3 * n; k += 3) {
      const code = results[k]!;
      sink.found(findingKinds[code & 7]!, results[k + 1]!, results[k + 2]!, code >= 8);
    }
  } while (from < end);
}

/** The text of a match, for previews: made only while a tally still collects them. */
export function matchText(buf: Uint8Array, start: number, end: number, wide: boolean): string {
  return Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString(wide ? 'utf16le' : 'utf8', start, end);
}
