import { describe, expect, it } from 'vitest';
import { everyKind, FindingsTally, findingKinds, type Findings } from '../../../electron/core/cleanup/findings.js';
import { sentFindings } from '../../support/sent-findings.js';
import { LocationEntries } from '../../../electron/core/cleanup/location-entries.js';
import type { FileScan } from '../../../electron/core/cleanup/scan-report.js';

/** A deterministic shuffle (xorshift), so a failure names the seed that found it. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    const j = (s >>> 0) % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

// Masked values as the scanner's masks make them (mask.ts); documentation ranges (RFC 5737, RFC 3849, RFC 2606).
// Few distinct values, repeated across files, so that which file shows a value first is what is being tested.
const values = {
  emails: (n: number) => `${'abcdefgh'[n % 8]}***@example.org`,
  ipv4: (n: number) => `192.0.2.x${n % 7 === 0 ? '' : ` (${n % 11})`}`,
  ipv6: (n: number) => `2001:db8:${n % 9}:x:x:x:x:x`,
  accountNames: (n: number) => `${'JSMKLP'[n % 6]}*** D***`,
  macAddresses: (n: number) => `00:00:5e:00:53:${(n % 13).toString(16)}x`,
};

function entry(i: number): FileScan {
  const tally = new FindingsTally();
  // Files of every sort: none found, one kind only, several kinds, the same value many times.
  for (const kind of findingKinds) {
    const n = (i * 7 + kind.length) % 10;
    for (let k = 0; k < n; k++) tally.add(kind, '');
  }
  const findings = tally.toJSON();
  for (const kind of findingKinds) {
    const count = findings[kind].count;
    findings[kind].previews = Array.from({ length: Math.min(count, 5) }, (_, k) => values[kind](i * 3 + k * 5 + kind.length));
  }
  const file: FileScan = { path: `Cache/Cache_Data/${i.toString(16).padStart(16, '0')}_0`, size: i * 10, kind: 'bytes' };
  return i % 17 === 0 ? { ...file, note: 'not read: EACCES' } : { ...file, findings };
}

/** What the report showed before: every entry kept, folded in walk order (scan.ts before results were bounded). */
function inWalkOrder(entries: FileScan[], maxListed: number): { files: FileScan[]; filesNotListed: number; findings: Findings } {
  const tally = new FindingsTally();
  for (const e of entries) if (e.findings) tally.addAll(e.findings);
  return { files: entries.slice(0, maxListed), filesNotListed: Math.max(0, entries.length - maxListed), findings: tally.toJSON() };
}

describe('a location\'s results while its files finish in any order', () => {
  it('lists the first files in walk order and shows the previews a walk-order tally shows, whatever the arrival order', () => {
    for (const [count, maxListed] of [[0, 500], [1, 500], [40, 500], [40, 10], [3000, 500], [777, 0]] as const) {
      const entries = Array.from({ length: count }, (_, i) => entry(i));
      const expected = JSON.stringify(inWalkOrder(entries, maxListed));
      const orders = [entries.map((_, i) => i), entries.map((_, i) => count - 1 - i), ...[1, 2, 3, 99].map((seed) => shuffled(entries.map((_, i) => i), seed))];
      for (const order of orders) {
        const location = new LocationEntries(count, maxListed);
        for (const i of order) location.add(i, entries[i]!);
        expect(JSON.stringify(location.result()), `${count} files, ${maxListed} listed`).toBe(expected);
      }
    }
  });

  it('holds only the listed entries and a few previews a kind, however many files there are', () => {
    const count = 20_000;
    const location = new LocationEntries(count, 500);
    for (const i of shuffled(Array.from({ length: count }, (_, i) => i), 7)) {
      location.add(i, entry(i));
      expect(location.held.entries).toBeLessThanOrEqual(500);
      expect(location.held.previews).toBeLessThanOrEqual((5 + 1) * findingKinds.length);
    }
    expect(location.held.entries).toBe(500);
    expect(location.result().filesNotListed).toBe(count - 500);
  });

  it('refuses a result twice for one file, for a file the walk did not list, and a result before every file has one', () => {
    const location = new LocationEntries(3, 500);
    location.add(1, entry(1));
    expect(() => location.add(1, entry(1))).toThrow(/twice/);
    expect(() => location.add(3, entry(3))).toThrow(/did not list/);
    expect(() => location.add(-1, entry(0))).toThrow(/did not list/);
    expect(location.complete).toBe(false);
    expect(() => location.result()).toThrow(/2 files still unscanned/);
  });
});

describe('findings as a scanning thread sends them', () => {
  it('leave out only the kinds with nothing found, and a location shows the same from them as from whole entries', () => {
    const entries = Array.from({ length: 900 }, (_, i) => entry(i));
    const sent = entries.map((e) => (e.findings ? { ...e, findings: sentFindings(e.findings) } : e));
    const kindsSent = sent.reduce((n, e) => n + Object.keys(e.findings ?? {}).length, 0);
    const kindsFound = entries.reduce((n, e) => n + findingKinds.filter((k) => (e.findings?.[k].count ?? 0) > 0).length, 0);
    expect(kindsSent).toBe(kindsFound);
    expect(kindsSent).toBeLessThan(entries.filter((e) => e.findings).length * findingKinds.length);
    for (const e of entries) if (e.findings) expect(everyKind(sentFindings(e.findings))).toEqual(e.findings);
    const whole = new LocationEntries(900, 300);
    const fromSent = new LocationEntries(900, 300);
    for (const i of shuffled(entries.map((_, i) => i), 5)) {
      whole.add(i, entries[i]!);
      fromSent.add(i, sent[i]!);
    }
    expect(JSON.stringify(fromSent.result())).toBe(JSON.stringify(whole.result()));
  });
});
