// No schema library here: the scanning threads load this module, and their bundle stays small (the report's
// schema is in scan-report.ts).
export const findingKinds = ['emails', 'ipv4', 'ipv6', 'accountNames'] as const;
export type FindingKind = (typeof findingKinds)[number];

export interface FindingSummary {
  count: number;
  previews: string[];
}

export type Findings = Record<FindingKind, FindingSummary>;

const MAX_PREVIEWS = 5;
// After this many matches of a kind, no more previews are made: masking every hit in a huge log costs more than it tells.
const PREVIEW_ATTEMPTS = 256;

/** Counts what was found and keeps a few distinct masked previews; memory stays constant however much is found. */
export class FindingsTally {
  private readonly counts: Record<FindingKind, number> = { emails: 0, ipv4: 0, ipv6: 0, accountNames: 0 };
  private readonly previews: Record<FindingKind, Set<string>> = {
    emails: new Set(),
    ipv4: new Set(),
    ipv6: new Set(),
    accountNames: new Set(),
  };

  /** `mask` is called only while previews are still being collected. */
  add(kind: FindingKind, value: string, mask: (value: string) => string): void {
    const seen = (this.counts[kind] += 1);
    const set = this.previews[kind];
    if (set.size < MAX_PREVIEWS && seen <= PREVIEW_ATTEMPTS) set.add(mask(value));
  }

  addAll(other: Findings): void {
    for (const kind of findingKinds) {
      this.counts[kind] += other[kind].count;
      for (const p of other[kind].previews) if (this.previews[kind].size < MAX_PREVIEWS) this.previews[kind].add(p);
    }
  }

  get total(): number {
    return findingKinds.reduce((sum, k) => sum + this.counts[k], 0);
  }

  toJSON(): Findings {
    const one = (k: FindingKind): FindingSummary => ({ count: this.counts[k], previews: [...this.previews[k]] });
    return { emails: one('emails'), ipv4: one('ipv4'), ipv6: one('ipv6'), accountNames: one('accountNames') };
  }
}
