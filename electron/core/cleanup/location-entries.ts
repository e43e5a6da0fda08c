import { everyKind, findingKinds, findingsOf, MAX_PREVIEWS, type FindingKind, type Findings, type FindingSummary } from './findings.js';
import type { FileScan, SentFileScan } from './scan-report.js';

/** A preview and where a walk-order tally would first meet it: the file's walk index, then its place in the file's list. */
interface Candidate {
  value: string;
  index: number;
  position: number;
}

const before = (a: Candidate, index: number, position: number) => a.index < index || (a.index === index && a.position < position);

/**
 * The first MAX_PREVIEWS distinct previews of one kind in walk order, whatever order the files arrive in: of every
 * distinct value it keeps the earliest place it was seen, and only the MAX_PREVIEWS earliest values. A value pushed
 * out can never come back at that place (MAX_PREVIEWS others were seen before it, and arrivals only add more); seen
 * again at an earlier place it is offered anew. So at most MAX_PREVIEWS + 1 strings a kind, and the result is what
 * FindingsTally.addAll over all files in walk order keeps.
 */
class FirstPreviews {
  private readonly kept: Candidate[] = [];

  offer(value: string, index: number, position: number): void {
    const kept = this.kept;
    const at = kept.findIndex((c) => c.value === value);
    if (at >= 0) {
      if (before(kept[at]!, index, position)) return;
      kept.splice(at, 1);
    } else if (kept.length >= MAX_PREVIEWS && before(kept[kept.length - 1]!, index, position)) {
      return;
    }
    let to = kept.length;
    while (to > 0 && !before(kept[to - 1]!, index, position)) to -= 1;
    kept.splice(to, 0, { value, index, position });
    if (kept.length > MAX_PREVIEWS) kept.pop();
  }

  get values(): string[] {
    return this.kept.map((c) => c.value);
  }

  get size(): number {
    return this.kept.length;
  }
}

/**
 * One location's scan results while its files finish, in any order (threads, scan-pool.ts): the entries the report
 * lists (the first `maxListed` in walk order) are kept; of the others only their counts and the previews the
 * location's findings could still show. Memory is bounded by `maxListed`, not by the number of files, and the result
 * is the same whatever the order of arrival.
 */
export class LocationEntries {
  private readonly listed: (FileScan | undefined)[];
  private readonly seen: Uint8Array;
  private readonly counts: Record<FindingKind, number> = { emails: 0, ipv4: 0, ipv6: 0, accountNames: 0, macAddresses: 0 };
  private readonly previews: Partial<Record<FindingKind, FirstPreviews>> = {};
  private added = 0;
  private listedCount = 0;

  /** `files`: how many the walk listed; each is added once, by its walk index. */
  constructor(
    readonly files: number,
    maxListed: number,
  ) {
    this.listed = new Array<FileScan | undefined>(Math.min(files, Math.max(0, maxListed)));
    this.seen = new Uint8Array(files);
  }

  /** A file's result, its findings with every kind or (from a scanning thread) only those found. */
  add(index: number, entry: FileScan | SentFileScan): void {
    if (!Number.isInteger(index) || index < 0 || index >= this.files) throw new RangeError(`scan result for a file the walk did not list (${index})`);
    if (this.seen[index]) throw new Error(`scan result for the same file twice (${index})`);
    this.seen[index] = 1;
    this.added += 1;
    if (index < this.listed.length) {
      this.listed[index] = entry.findings ? { ...entry, findings: everyKind(entry.findings) } : (entry as FileScan);
      this.listedCount += 1;
    }
    if (!entry.findings) return;
    for (const kind of findingKinds) {
      // Older reports (before MAC addresses were a kind) lack a kind: nothing to add then.
      const theirs = entry.findings[kind] as FindingSummary | undefined;
      if (!theirs) continue;
      this.counts[kind] += theirs.count;
      if (theirs.previews.length === 0) continue;
      const first = (this.previews[kind] ??= new FirstPreviews());
      theirs.previews.forEach((value, position) => first.offer(value, index, position));
    }
  }

  /** What it holds now: entries, and preview strings of all kinds (the bound its tests check). */
  get held(): { entries: number; previews: number } {
    return { entries: this.listedCount, previews: findingKinds.reduce((sum, k) => sum + (this.previews[k]?.size ?? 0), 0) };
  }

  /** Every file the walk listed has its result. */
  get complete(): boolean {
    return this.added === this.files;
  }

  /** The listed entries in walk order, how many more there were, and the findings of all of them. */
  result(): { files: FileScan[]; filesNotListed: number; findings: Findings } {
    if (!this.complete) throw new Error(`location results asked for with ${this.files - this.added} files still unscanned`);
    return {
      files: this.listed as FileScan[],
      filesNotListed: this.files - this.listed.length,
      findings: findingsOf((k) => ({ count: this.counts[k], previews: this.previews[k]?.values ?? [] })),
    };
  }
}
