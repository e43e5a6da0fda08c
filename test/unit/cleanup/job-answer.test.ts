import { describe, expect, it } from 'vitest';
import { entriesOf, FIELDS, packEntries } from '../../../electron/core/cleanup/job-answer.js';
import { FindingsTally } from '../../../electron/core/cleanup/findings.js';
import { sentFindings } from '../../support/sent-findings.js';
import type { FileScan } from '../../../electron/core/cleanup/scan-report.js';

function findings(values: Array<[Parameters<FindingsTally['add']>[0], string]>) {
  const tally = new FindingsTally();
  for (const [kind, value] of values) tally.add(kind, value);
  return tally.toJSON();
}

// Entries shaped like a job of a Zoom data folder: a database with findings, a log, an encrypted store (a note, no
// findings), a file that matched nothing, and a note together with findings.
const entries: FileScan[] = [
  { path: 'zoomus.db', size: 4_533_248, kind: 'sqlite', findings: findings([['emails', 'ana@example.org'], ['ipv4', '192.0.2.7'], ['ipv4', '198.51.100.3'], ['ipv4', '192.0.2.7']]) },
  { path: 'logs/zoom_stdout.log', size: 912, kind: 'bytes', findings: findings([['accountNames', 'display_name: Ana Lima']]) },
  { path: 'data/zoomus.enc.db', size: 81_920, kind: 'encrypted', note: 'encrypted: contents not readable, removed as a whole' },
  { path: 'Cache/f_00001a', size: 3, kind: 'bytes', findings: findings([]) },
  { path: 'IndexedDB/000003.log', size: 2_048, kind: 'leveldb', note: 'LevelDB: read as bytes; compressed blocks are not decoded', findings: findings([['macAddresses', '00:1a:2b:3c:4d:5e']]) },
];
const streamed = [0, 912, 0, 3, 2_048];
const sent = entries.map((e) => (e.findings ? { ...e, findings: sentFindings(e.findings) } : e));

describe('a job\'s answer, packed on a scanning thread and checked on the calling thread', () => {
  it('gives back each entry as sent, with only the kinds found, and what progress counted', () => {
    const back = entriesOf(structuredClone(packEntries(entries, streamed)), entries.length);
    expect(back).toEqual({ entries: sent, streamed });
    // The key order the report's JSON prints in.
    if (typeof back !== 'string') expect(back.entries.map((e) => Object.keys(e))).toEqual(sent.map((e) => Object.keys(e)));
  });

  it('refuses an answer that is not what a thread of this build packs', () => {
    const tampered = (change: (p: ReturnType<typeof packEntries>) => void, files = entries.length) => {
      const packed = structuredClone(packEntries(entries, streamed));
      change(packed);
      return entriesOf(packed, files);
    };
    expect(tampered(() => undefined, 4)).toBe('answer for another number of files');
    expect(tampered((p) => p.paths.pop())).toBe('answer for another number of files');
    expect(tampered((p) => (p.numbers[1] = -1))).toBe('a count that is no count');
    expect(tampered((p) => (p.numbers[FIELDS + 6] = 1.5))).toBe('a count that is no count');
    expect(tampered((p) => (p.numbers[0] = Number.NaN))).toBe('a count that is no count');
    expect(tampered((p) => (p.numbers[2] = 4))).toBe('a file kind that is none');
    expect(tampered((p) => (p.numbers[3] = 2))).toBe('a mark that is neither 0 nor 1');
    expect(tampered((p) => p.notes.pop())).toBe('a note missing');
    expect(tampered((p) => p.notes.push('one more'))).toBe('texts left over');
    expect(tampered((p) => p.previews.push('x***@example.org'))).toBe('texts left over');
    expect(tampered((p) => (p.numbers[10] = 6))).toBe('previews missing or too many');
  });
});
