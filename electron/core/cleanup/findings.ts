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

/** Counts what was found and keeps a few distinct masked previews; memory stays constant however much is found. */
export class FindingsTally {
  // A tally per file, thousands in a cache folder: plain fields, and a kind's previews made only when it has one.
  private readonly counts: Record<FindingKind, number> = { emails: 0, ipv4: 0, ipv6: 0, accountNames: 0, macAddresses: 0 };
  private readonly previews: Partial<Record<FindingKind, Set<string>>> = {};

  /**
   * Counts one match; true while previews of its kind are still collected, and only then does the caller make the
   * match's text and hand it to `preview`: a count costs no string.
   */
  count(kind: FindingKind): boolean {
    const seen = (this.counts[kind] += 1);
    return (this.previews[kind]?.size ?? 0) < MAX_PREVIEWS && seen <= PREVIEW_ATTEMPTS;
  }

  /** Keeps the masked form of a match `count` asked for. */
  preview(kind: FindingKind, value: string): void {
    const set = (this.previews[kind] ??= new Set());
    if (set.size < MAX_PREVIEWS) set.add(maskers[kind](value));
  }

  add(kind: FindingKind, value: string): void {
    if (this.count(kind)) this.preview(kind, value);
  }

  addAll(other: Findings): void {
    for (const kind of findingKinds) {
      // Older reports (before MAC addresses were a kind) lack a kind: nothing to add then.
      const theirs = other[kind] as FindingSummary | undefined;
      if (!theirs) continue;
      this.counts[kind] += theirs.count;
      for (const p of theirs.previews) {
        const set = (this.previews[kind] ??= new Set());
        if (set.size < MAX_PREVIEWS) set.add(p);
      }
    }
  }

  get total(): number {
    return findingKinds.reduce((sum, k) => sum + this.counts[k], 0);
  }

  toJSON(): Findings {
    return findingsOf((k) => ({ count: this.counts[k], previews: [...(this.previews[k] ?? [])] }));
  }
}
