// One table for every figure, each beside the peer measured in the same run and its goal.

/**
 * @typedef {{ name: string, value: number, unit: string, peer: string, peerValue: number, ratio: number, goal: string, pass: boolean }} BenchRow
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
  const fmt = (n) => (Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(2));
  const header = ['figure', 'ours', 'peer', 'peer value', 'ratio', 'goal', 'met'];
  const body = rows.map((r) => [r.name, `${fmt(r.value)} ${r.unit}`, r.peer, `${fmt(r.peerValue)} ${r.unit}`, `${fmt(r.ratio)}×`, r.goal, r.pass ? 'yes' : 'NO']);
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
