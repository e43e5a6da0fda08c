// Inputs made to be slow, at two sizes four times apart, for every fuzz target: a linear parser takes about four
// times as long on the larger one, a quadratic one sixteen. Shared by the property test (npm test) and the bench.
import type { FuzzTarget } from './fuzz-targets.js';

/** The characters that open a nesting level, a quote, an escape or a field in some format read here. */
export const SLOW_UNITS = ['a', ': ', ' ', '\t', '\\', '"', "'", '=', '[', '{', '(', '<', '>', '*', '_', '~', '`', '&a ', '- ', '> ', '#', ',', '0x', '\r', '<dict>', '<key>a</key>'];

export interface Shape {
  name: string;
  /** The input for size `m` (about m units of adversarial text, or m copies of the sample). */
  make(m: number): string;
}

export function shapes(sample: string, units: readonly string[] = SLOW_UNITS): Shape[] {
  const lines = sample.split('\n');
  const at = sample.lastIndexOf('\n', Math.floor(sample.length * 0.75)) + 1;
  const inside = (text: string) => sample.slice(0, at) + text + sample.slice(at);
  // A continuation line where the format has them (.reg hex data), else a line three quarters in.
  const line = lines.find((l) => l.trimEnd().endsWith('\\')) ?? lines[Math.floor(lines.length * 0.75)] ?? '';
  const per = (m: number) => Math.max(1, Math.floor(m / units.length));
  return [
    { name: 'the sample repeated', make: (m) => sample.repeat(Math.max(1, Math.ceil(m / Math.max(1, sample.length)))) },
    { name: 'runs of each unit on one line', make: (m) => inside(`${units.map((u) => u.repeat(per(m))).join('')}x\n`) },
    { name: 'runs of each unit, one per line', make: (m) => inside(`${units.map((u) => `${u.repeat(per(m))}x`).join('\n')}\n`) },
    { name: 'a sample line with trailing spaces', make: (m) => inside(`${line}${' '.repeat(m)}x\n`) },
    { name: 'a sample line repeated as lines', make: (m) => inside(`${line}\n`.repeat(Math.max(1, Math.ceil(m / Math.max(1, line.length + 1))))) },
    { name: 'a sample line repeated without line breaks', make: (m) => inside(`${line.repeat(Math.max(1, Math.ceil(m / Math.max(1, line.length))))}\n`) },
  ];
}


/**
 * CPU time of this process for one parse, in milliseconds: unlike the wall clock it does not grow while seven other
 * engineers' processes have the CPU, so it stands for the work done.
 */
function timeOnce(target: FuzzTarget, input: string): number {
  const start = process.cpuUsage();
  try {
    target.judge(input);
  } catch {
    // A crash is the fuzz property's business; here only the time counts.
  }
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

export interface Growth {
  target: string;
  shape: string;
  m: number;
  smallMs: number;
  largeMs: number;
  ratio: number;
}

/**
 * Times the shape at m and 4m (the fastest of `runs`, since load on a shared machine only ever adds time, the two
 * sizes interleaved so a busy moment hits both alike), with m
 * grown until the small input takes at least `minMs` (so timer resolution and JIT warm-up do not decide) or the large
 * one would pass `maxChars`.
 */
export function growth(target: FuzzTarget, shape: Shape, options: { minMs?: number; runs?: number; maxChars?: number } = {}): Growth {
  const { minMs = 3, runs = 5, maxChars = 2_000_000 } = options;
  let m = 1_000;
  timeOnce(target, shape.make(m)); // warm-up
  while (m < maxChars && 4 * shape.make(m * 2).length <= maxChars && Math.min(timeOnce(target, shape.make(m)), timeOnce(target, shape.make(m))) < minMs) m *= 2;
  const small = shape.make(m);
  const large = shape.make(4 * m);
  const smalls: number[] = [];
  const larges: number[] = [];
  for (let i = 0; i < runs; i++) {
    smalls.push(timeOnce(target, small));
    larges.push(timeOnce(target, large));
  }
  const smallMs = Math.min(...smalls);
  const largeMs = Math.min(...larges);
  // Below a tenth of a millisecond both are noise: call it linear.
  const ratio = largeMs < 0.1 ? 1 : largeMs / Math.max(smallMs, 0.025);
  return { target: target.name, shape: shape.name, m, smallMs, largeMs, ratio };
}
