import type { OsName } from '../platform/platform.js';
import type { DeviceStatus, Evidence } from './types.js';
import { toOneLine } from '../util/one-line.js';

/** A signal together with what it means in words, as the per-OS judges report it. */
export interface Finding {
  evidence: Evidence;
  /** For a positive decisive signal: completes "This laptop is …", e.g. "enrolled in Intune". */
  phrase?: string;
  /** The MDM or directory behind a positive signal, e.g. "Intune", "Active Directory". */
  managedBy?: string;
  organisation?: string;
  /** A sentence added to a not-managed verdict, e.g. why a work account alone does not count. */
  note?: string;
}

export const NOT_MANAGED_SENTENCE = "This laptop is not managed by your organisation: don't use it for video calls.";

/**
 * The one rule for every OS: any decisive positive signal makes the device managed; otherwise a decisive signal that
 * could not be read makes it unknown (never managed); only when every decisive signal was read and said no is the
 * device not managed.
 */
export function decide(os: OsName, input: readonly Finding[]): DeviceStatus {
  const findings = input.map(oneLine);
  const evidence = findings.map((f) => f.evidence);
  const decisive = findings.filter((f) => f.evidence.weight === 'decisive');
  const positive = decisive.filter((f) => f.evidence.status === 'positive');
  const organisation = positive.find((f) => f.organisation)?.organisation;
  const managedBy = unique(positive.flatMap((f) => (f.managedBy ? [f.managedBy] : [])));
  const base = { schema: 'meeting-guard/device@1' as const, os, evidence, managedBy, ...(organisation ? { organisation } : {}) };

  if (positive.length > 0) {
    // Two signals for the same directory (realmd and sssd for one AD domain) make one clause, not two.
    const byDirectory = new Map<string, string>();
    for (const f of positive) {
      const key = `${f.managedBy ?? ''}|${f.organisation?.toLowerCase() ?? f.phrase ?? ''}`;
      if (f.phrase && !byDirectory.has(key)) byDirectory.set(key, f.phrase);
    }
    const phrases = unique([...byDirectory.values()]);
    return { ...base, verdict: 'managed', summary: `This laptop is ${joinPhrases(phrases)}.` };
  }
  const unavailable = decisive.filter((f) => f.evidence.status === 'unavailable');
  if (unavailable.length > 0 || decisive.length === 0) {
    const because = unavailable.length > 0 ? joinPhrases(unavailable.map((f) => f.evidence.detail)) : 'no signal could be read';
    return {
      ...base,
      verdict: 'unknown',
      summary: `Meeting Guard could not check whether this laptop is managed by your organisation because ${because}${/[.?!]$/.test(because) ? '' : '.'} Ask your IT team before using it for video calls.`,
    };
  }
  const notes = unique(findings.flatMap((f) => (f.note ? [f.note] : [])));
  return { ...base, verdict: 'not-managed', summary: [NOT_MANAGED_SENTENCE, ...notes].join(' ') };
}

const clean = <T extends string | undefined>(text: T): T => (text === undefined ? text : (toOneLine(text) as T));

function oneLine(f: Finding): Finding {
  return {
    ...f,
    evidence: { ...f.evidence, detail: clean(f.evidence.detail) },
    ...(f.phrase !== undefined ? { phrase: clean(f.phrase) } : {}),
    ...(f.organisation !== undefined ? { organisation: clean(f.organisation) } : {}),
    ...(f.note !== undefined ? { note: clean(f.note) } : {}),
  };
}

function joinPhrases(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** Evidence for a command or file that could not be read, worded for the "because …" of an unknown verdict. */
export function unavailable(signal: string, source: string, reason: string, weight: Evidence['weight'] = 'decisive'): Finding {
  return { evidence: { signal, source, weight, status: 'unavailable', detail: reason } };
}
