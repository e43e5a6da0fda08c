// One table for every figure, each beside the peer measured in the same run and its goal.

/**
 * @typedef {{ name: string, value: number, unit: string, peer: string, peerValue: number, ratio: number, goal: string, pass: boolean, range?: { min: number, max: number } }} BenchRow
 * `range`: the smallest and largest ratio over interleaved pairs; `ratio` is then their median.
 */

/** @param {BenchRow[]} rows */
export function assertComplete(rows) {
  const missing = rows.filter((r) => !r.peer || !Number.isFinite(r.peerValue) || r.peerValue <= 0);
  if (missing.length > 0) {
    throw new Error(`benchmark peer missing for: ${missing.map((r) => r.name).join(', ')} — a figure without its reference is not reported`);
  }
}

/** @param {BenchRow[]} rows */
export function formatTable(rows) {
  // Below 1, three decimals: a CPU share of 0.054 % against a 0.05 % goal must not print as the goal itself.
  const fmt = (n) => (Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : Math.abs(n) >= 1 || n === 0 ? n.toFixed(2) : n.toFixed(3));
  const header = ['figure', 'ours', 'peer', 'peer value', 'ratio (min–max)', 'goal', 'met'];
  const ratio = (r) => (r.range ? `${fmt(r.ratio)}× (${fmt(r.range.min)}–${fmt(r.range.max)})` : `${fmt(r.ratio)}×`);
  const body = rows.map((r) => [r.name, `${fmt(r.value)} ${r.unit}`, r.peer, `${fmt(r.peerValue)} ${r.unit}`, ratio(r), r.goal, r.pass ? 'yes' : 'NO']);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Smallest, middle and largest of a list. */
export function spread(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return { min: sorted[0], median: median(sorted), max: sorted[sorted.length - 1] };
}

/**
 * Runs `a` and `b` in turn, A B A B …, `rounds` times after `warm` untimed rounds, and returns each one's times and
 * the ratio a/b taken pair by pair: load that comes and goes on a shared machine falls on both sides of a pair, so
 * the ratio holds where absolute times drift. Both functions return milliseconds (or a number to compare).
 */
export async function interleaved(a, b, { rounds = 10, warm = 1 } = {}) {
  for (let i = 0; i < warm; i++) {
    await a();
    await b();
  }
  const as = [];
  const bs = [];
  const ratios = [];
  for (let i = 0; i < rounds; i++) {
    const x = await a();
    const y = await b();
    as.push(x);
    bs.push(y);
    ratios.push(x / y);
  }
  return { a: spread(as), b: spread(bs), ratio: spread(ratios) };
}

/** "1.23× (1.10–1.41)": the median ratio with its range over the pairs. */
export function ratioText(r) {
  const f = (x) => (x >= 10 ? x.toFixed(1) : x.toFixed(2));
  return `${f(r.median)}× (${f(r.min)}–${f(r.max)})`;
}
