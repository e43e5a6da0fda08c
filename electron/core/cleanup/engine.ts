import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findingKinds } from './findings.js';
import type { MatchSink, MatchWindow } from './text-matcher.js';

/**
 * The scan's WebAssembly engine (wasm/cleanup-matcher/), one instance per thread: its memory, laid out as the
 * engine reads it (the input from `inputAt()` on), and the one loop that matches the input and tells a sink. The
 * matcher (text-matcher.ts) and the SQLite walk (sqlite-engine-walk.ts) fill the input; this runs it.
 */
export interface Engine {
  memory: { readonly buffer: ArrayBuffer; grow(pages: number): number };
  scan(from: number, end: number): number;
  matches(): number;
  resultsAt(): number;
  inputAt(): number;
  judge(windowed: number, from: number, before: number): void;
  tellAt(): number;
  countsAt(): number;
  endsAt(): number;
  openDatabase(pageSize: number, usable: number, pages: number, encoding: number, longest: number, payload: number, block: number, page: number, stack: number, visited: number): void;
  openTree(root: number): void;
  blockRead(start: number, length: number): void;
  walk(): number;
  textTaken(): void;
  textBytes(): number;
  neededPage(): number;
  failedPage(): number;
  rowsRead(): number;
  textRoom(longest: number): number;
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
let instance: Engine | undefined;
let input = 0;
let heap = new Uint8Array(0);
let inputView = new Uint8Array(0);
let results = new Int32Array(0);
let tell = new Int32Array(0);
let counts = new Int32Array(0);
let ends = new Int32Array(0);

/** Compiled and started once per thread, on first use: the module is 17 KB and compiles and starts in under a millisecond. */
export function engine(): Engine {
  if (instance) return instance;
  const exports = new wasm.Instance(new wasm.Module(engineBytes()), {}).exports as Engine;
  instance = exports;
  input = exports.inputAt();
  view();
  return exports;
}

// Views of the engine's memory: taken again whenever it grows, as growing detaches the old ones.
function view(): void {
  const { buffer } = instance!.memory;
  heap = new Uint8Array(buffer);
  inputView = heap.subarray(input);
  results = new Int32Array(buffer, instance!.resultsAt(), 3 * 4096);
  tell = new Int32Array(buffer, instance!.tellAt(), findingKinds.length);
  counts = new Int32Array(buffer, instance!.countsAt(), findingKinds.length);
  ends = new Int32Array(buffer, instance!.endsAt(), findingKinds.length);
}

/** Makes the input `bytes` long; the engine's block loads read up to 17 bytes past its end, so 32 more are kept. */
export function room(bytes: number): void {
  const e = engine();
  const need = input + bytes + 32 - heap.length;
  if (need > 0) {
    e.memory.grow(Math.ceil(need / PAGE));
    view();
  }
}

/** The engine's input (its memory from `inputAt()` on): valid until the memory next grows (`room`). */
export function engineInput(): Uint8Array {
  return inputView;
}

/** Matches the first `end` bytes of the input, in as many passes as the results array needs. */
export function matchInput(end: number, sink: MatchSink, window?: MatchWindow): void {
  const e = engine();
  if (window) ends.set(window.ends);
  let from = 0;
  do {
    if (sink.toTell) sink.toTell(tell);
    else tell.fill(0x7fffffff);
    e.judge(window ? 1 : 0, window ? window.from : 0, window ? window.before : 0);
    from = e.scan(from, end);
    const n = e.matches();
    for (let k = 0; k < 3 * n; k += 3) {
      const code = results[k]!;
      sink.found(findingKinds[code & 7]!, results[k + 1]!, results[k + 2]!, code >= 8);
    }
    if (sink.counted) for (let i = 0; i < findingKinds.length; i++) if (counts[i]! > 0) sink.counted(findingKinds[i]!, counts[i]!);
  } while (from < end);
  if (window) window.ends.set(ends);
}
