// Every parser linear in its input: each fuzz target on inputs made to be slow, at one size and four times that size
// (the input doubled twice), timed in CPU time (what this process did, whatever else the shared machine runs), the
// fastest of several runs. Linear parsing grows about 4×, quadratic 16×; the bound sits between, with room for noise.
// The bench runs every shape; npm test the two that found quadratic parsers (a run on one line, a line repeated).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fuzzTargets } from '../../support/fuzz-targets.js';
import { growth, shapes } from '../../support/linearity.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const BOUND = 10;

describe('parsers stay linear on inputs made to be slow', () => {
  for (const target of fuzzTargets(root)) {
    it(`${target.name}: four times the input costs less than ${BOUND} times the time`, () => {
      const picked = shapes(target.sample).filter((s) => s.name === 'runs of each unit on one line' || s.name === 'a sample line repeated as lines');
      for (const shape of picked) {
        let g = growth(target, shape, { minMs: 2, runs: 3, maxChars: 1_000_000 });
        // A quadratic parser is slow every time; a busy moment of the shared machine is not: a ratio over the bound
        // must show again, measured afresh with more runs, before it counts.
        if (g.ratio >= BOUND) g = growth(target, shape, { minMs: 4, runs: 5, maxChars: 2_000_000 });
        // Under 5 ms of CPU for the larger input, any growth is too small to stall anything (and mostly timer noise).
        if (g.largeMs < 5) continue;
        expect(g.ratio, `${shape.name}: ${g.smallMs.toFixed(1)} ms at ${g.m}, ${g.largeMs.toFixed(1)} ms at ${4 * g.m}`).toBeLessThan(BOUND);
      }
    });
  }

  it('the bound catches a quadratic parser (positive control)', () => {
    // Compares every line with every earlier one: the shape of the bugs this test exists for.
    const quadratic = { name: 'quadratic', sample: 'a\n', judge: (input: string | Uint8Array) => (String(input).split('\n').filter((l, i, all) => all.indexOf(l) === i), 'accepted' as const) };
    const g = growth(quadratic, { name: 'distinct lines', make: (m) => Array.from({ length: m / 10 }, (_, i) => `line ${i}`).join('\n') }, { minMs: 2, runs: 3 });
    expect(g.ratio).toBeGreaterThan(BOUND);
  });
});
