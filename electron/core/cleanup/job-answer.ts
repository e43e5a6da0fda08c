import { findingKinds, MAX_PREVIEWS, type SentFindings } from './findings.js';
import type { FileScan, SentFileScan } from './scan-report.js';

// No schema library here: the scanning threads load this module (the answer's schema is in scan-messages.ts).

/**
 * A job's entries as a scanning thread sends them: the numbers of all its files in one typed array, their texts in
 * three string arrays. Structured clone copies a typed array as one block and a string array without an object per
 * file, and the calling thread checks the whole answer with one schema of five fields and a loop over numbers
 * (`entriesOf`), where an object per file, and per finding kind, cost it 0.1-0.2 s of a 194 MB scan.
 */
export interface PackedEntries {
  /** Per file, FIELDS numbers: see the offsets below. */
  numbers: Float64Array;
  /** Per file, its path as the report shows it. */
  paths: string[];
  /** The notes of the files that have one, in file order (NOTE says which). */
  notes: string[];
  /** The previews of every file and kind, in file order, then kind order (PREVIEWS says how many each). */
  previews: string[];
}

const FILE_KINDS = ['sqlite', 'encrypted', 'leveldb', 'bytes'] as const satisfies readonly FileScan['kind'][];
const SIZE = 0;
const STREAMED = 1;
const KIND = 2;
/** 1 where the file has findings (an object, perhaps of no kind), 0 where it has none (not read). */
const HAS_FINDINGS = 3;
/** 1 where the file has a note (the next of `notes`). */
const NOTE = 4;
const COUNTS = 5;
const PREVIEWS = COUNTS + findingKinds.length;
export const FIELDS = PREVIEWS + findingKinds.length;

/** Packs a job's entries (with, per file, how much of it progress already counted) for the calling thread. */
export function packEntries(entries: readonly FileScan[], streamed: readonly number[]): PackedEntries {
  const numbers = new Float64Array(entries.length * FIELDS);
  const packed: PackedEntries = { numbers, paths: [], notes: [], previews: [] };
  entries.forEach((entry, n) => {
    const at = n * FIELDS;
    numbers[at + SIZE] = entry.size;
    numbers[at + STREAMED] = streamed[n]!;
    numbers[at + KIND] = FILE_KINDS.indexOf(entry.kind);
    packed.paths.push(entry.path);
    if (entry.note !== undefined) {
      numbers[at + NOTE] = 1;
      packed.notes.push(entry.note);
    }
    if (!entry.findings) return;
    numbers[at + HAS_FINDINGS] = 1;
    findingKinds.forEach((kind, k) => {
      const { count, previews } = entry.findings![kind];
      numbers[at + COUNTS + k] = count;
      numbers[at + PREVIEWS + k] = previews.length;
      for (const p of previews) packed.previews.push(p);
    });
  });
  return packed;
}

/**
 * The entries back, with how much of each file progress already counted; a message naming what is wrong where the
 * answer is not what `packEntries` makes of `files` entries (a count that is no count, a file kind that is none,
 * more previews than a file keeps, texts left over or missing). Each file's findings name only the kinds it has
 * something of (findings.ts SentFindings).
 */
export function entriesOf(packed: PackedEntries, files: number): { entries: SentFileScan[]; streamed: number[] } | string {
  const { numbers, paths, notes, previews } = packed;
  if (numbers.length !== files * FIELDS || paths.length !== files) return 'answer for another number of files';
  const entries: SentFileScan[] = [];
  const streamed: number[] = [];
  let note = 0;
  let preview = 0;
  for (let n = 0; n < files; n++) {
    const at = n * FIELDS;
    for (let f = at; f < at + FIELDS; f++) if (!Number.isSafeInteger(numbers[f]) || numbers[f]! < 0) return 'a count that is no count';
    const kind = FILE_KINDS[numbers[at + KIND]!];
    if (kind === undefined) return 'a file kind that is none';
    if (numbers[at + HAS_FINDINGS]! > 1 || numbers[at + NOTE]! > 1) return 'a mark that is neither 0 nor 1';
    const entry: SentFileScan = { path: paths[n]!, size: numbers[at + SIZE]!, kind };
    if (numbers[at + NOTE] === 1) {
      if (note >= notes.length) return 'a note missing';
      entry.note = notes[note++]!;
    }
    if (numbers[at + HAS_FINDINGS] === 1) {
      const findings: SentFindings = {};
      for (let k = 0; k < findingKinds.length; k++) {
        const count = numbers[at + COUNTS + k]!;
        const shown = numbers[at + PREVIEWS + k]!;
        if (shown > MAX_PREVIEWS || preview + shown > previews.length) return 'previews missing or too many';
        if (count > 0 || shown > 0) findings[findingKinds[k]!] = { count, previews: previews.slice(preview, preview + shown) };
        preview += shown;
      }
      entry.findings = findings;
    }
    entries.push(entry);
    streamed.push(numbers[at + STREAMED]!);
  }
  if (note !== notes.length || preview !== previews.length) return 'texts left over';
  return { entries, streamed };
}
