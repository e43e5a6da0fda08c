import fc from 'fast-check';

// npm test (and so CI) replays the same generated inputs on every run, so a failure never depends on luck and is
// reproduced by its seed. FC_SEED=N replays another sequence; FC_SEED=random explores (fast-check prints the seed of
// any failure). The bench's fuzz rows explore at volume, 100,000 inputs per parser.
const chosen = process.env.FC_SEED;
if (chosen !== 'random') fc.configureGlobal({ seed: chosen ? Number(chosen) : 20_261_123 });
