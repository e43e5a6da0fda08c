import { maskEmail, maskIpv4, maskIpv6, maskMac, maskName } from './mask.js';

// No schema library here: the scanning threads load this module, and their bundle stays small (the report's
// schema is in scan-report.ts).
export const findingKinds = ['emails', 'ipv4', 'ipv6', 'accountNames', 'macAddresses'] as const;
export type FindingKind = (typeof findingKinds)[number];

export interface FindingSummary {
  count: number;
  previews: string[];
}

export type Findings = Record<FindingKind, FindingSummary>;

/** Previews kept per kind, of a file and of a location (location-entries.ts keeps the same ones, in any arrival order). */
export const MAX_PREVIEWS = 5;

/** A file's findings as they come from a scanning thread (job-answer.ts): only the kinds it found something of. */
export type SentFindings = Partial<Findings>;

/** Every kind's summary, in the report's order (the order its JSON lists them in). */
export function findingsOf(one: (kind: FindingKind) => FindingSummary): Findings {
  return { emails: one('emails'), ipv4: one('ipv4'), ipv6: one('ipv6'), accountNames: one('accountNames'), macAddresses: one('macAddresses') };
}

/** A sent file's findings with every kind again, in the report's order. */
export function everyKind(sent: SentFindings): Findings {
  return findingsOf((k) => sent[k] ?? { count: 0, previews: [] });
}

const maskers: Record<FindingKind, (value: string) => string> = {
  emails: maskEmail,
  ipv4: maskIpv4,
  ipv6: maskIpv6,
  accountNames: maskName,
  macAddresses: maskMac,
};
// After this many matches of a kind, no more previews are made: masking every hit in a huge log costs more than it tells.
const PREVIEW_ATTEMPTS = 256;

/** A kind's place in `findingKinds`, as a switch: a look-up by a name that varies from call to call is slow in V8. */
export function slotOf(kind: FindingKind): number {
  switch (kind) {
    case 'emails':
      return 0;
    case 'ipv4':
      return 1;
    case 'ipv6':
      return 2;
    case 'accountNames':
      return 3;
    default:
      return 4;
  }
}

/** Counts what was found and keeps a few distinct masked previews; memory stays constant however much is found. */
export class FindingsTally {
  // A tally per file, thousands in a cache folder: a slot per kind (findingKinds' order), a kind's previews made
  // only when it has one.
  private readonly counts = new Float64Array(findingKinds.length);
  private readonly previews: Array<Set<string> | undefined> = [undefined, undefined, undefined, undefined, undefined];

  /**
   * Counts one match; true while previews of its kind are still collected, and only then does the caller make the
   * match's text and hand it to `preview`: a count costs no string.
   */
  count(kind: FindingKind): boolean {
    const slot = slotOf(kind);
    const seen = (this.counts[slot] = this.counts[slot]! + 1);
    return (this.previews[slot]?.size ?? 0) < MAX_PREVIEWS && seen <= PREVIEW_ATTEMPTS;
  }

  /**
   * How many more matches of each kind (`tell[i]` for `findingKinds[i]`) `count` could still ask a preview of: the
   * matcher tells only these one by one and counts the rest itself (text-matcher.ts). Never fewer than `count`
   * would accept, as previews and counts only grow.
   */
  toTell(tell: Int32Array): void {
    for (let i = 0; i < findingKinds.length; i++) {
      tell[i] = (this.previews[i]?.size ?? 0) < MAX_PREVIEWS ? Math.max(0, PREVIEW_ATTEMPTS - this.counts[i]!) : 0;
    }
  }

  /** Counts `n` matches of a kind beyond what `toTell` asked for: no previews of them would be kept. */
  countMore(kind: FindingKind, n: number): void {
    const slot = slotOf(kind);
    this.counts[slot] = this.counts[slot]! + n;
  }

  /** Keeps the masked form of a match `count` asked for. */
  preview(kind: FindingKind, value: string): void {
    const slot = slotOf(kind);
    const set = (this.previews[slot] ??= new Set());
    if (set.size < MAX_PREVIEWS) set.add(maskers[kind](value));
  }

  add(kind: FindingKind, value: string): void {
    if (this.count(kind)) this.preview(kind, value);
  }

  addAll(other: Findings): void {
    for (let slot = 0; slot < findingKinds.length; slot++) {
      // Older reports (before MAC addresses were a kind) lack a kind: nothing to add then.
      const theirs = other[findingKinds[slot]!] as FindingSummary | undefined;
      if (!theirs) continue;
      this.counts[slot] = this.counts[slot]! + theirs.count;
      for (const p of theirs.previews) {
        const set = (this.previews[slot] ??= new Set());
        if (set.size < MAX_PREVIEWS) set.add(p);
      }
    }
  }

  get total(): number {
    return this.counts.reduce((sum, n) => sum + n, 0);
  }

  toJSON(): Findings {
    return findingsOf((k) => ({ count: this.counts[slotOf(k)]!, previews: [...(this.previews[slotOf(k)] ?? [])] }));
  }
}
