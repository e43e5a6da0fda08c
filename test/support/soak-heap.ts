// Run in a child process started with --expose-gc: heap after a warm-up against heap after the soak, and the same
// loop with a reducer that does nothing (the peer: what matching and diffing alone cost).
import { runSoak, type Reducer } from './soak.js';

declare const gc: () => void;
const noop: Reducer = (state) => ({ state, effects: [] });

export function soakHeap(cycles: number, withPeer = false): { result: ReturnType<typeof runSoak>; growthBytes: number; ms: number; peerMs?: number } {
  runSoak(2_000, 7); // warm-up: JIT, catalogue and matcher caches
  gc();
  gc();
  const before = process.memoryUsage().heapUsed;
  const start = process.hrtime.bigint();
  const result = runSoak(cycles, 42);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  gc();
  gc();
  const growthBytes = process.memoryUsage().heapUsed - before;
  if (!withPeer) return { result, growthBytes, ms };
  const peerStart = process.hrtime.bigint();
  runSoak(cycles, 42, noop);
  return { result, growthBytes, ms, peerMs: Number(process.hrtime.bigint() - peerStart) / 1e6 };
}
