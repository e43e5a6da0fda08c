import type { NoticeFacts, Recording } from './notice-schema.js';

/** A likely mistake in a valid notice: it is shown and checked as written, and `--check` says what to look at. */
export interface FactWarning {
  path: (string | number)[];
  message: string;
}

const MADE = new Set<Recording['policy']>(['announced', 'always', 'some-meetings']);

/**
 * Warnings, never errors: each is something real notices get wrong (seen in drafts), but each also has notices where
 * it is right, so the notice is shown as written.
 */
export function factWarnings(facts: NoticeFacts, knownClients?: readonly string[]): FactWarning[] {
  const warnings: FactWarning[] = [];
  const warn = (path: (string | number)[], message: string) => warnings.push({ path, message });

  if (facts.dpo === undefined) {
    warn(['dpo'], 'no Data Protection Officer is named: public authorities and organisations processing health data at scale must have one (UK GDPR and GDPR Article 37; in the UK, parish and community councils need not: Data Protection Act 2018 section 7); the privacy contact is shown instead');
  }
  const recordings: [Recording, (string | number)[]][] = [
    [facts.recording, ['recording']],
    ...facts.channels.flatMap((c, i): [Recording, (string | number)[]][] => (c.recording ? [[c.recording, ['channels', i, 'recording']]] : [])),
  ];
  for (const [recording, path] of recordings) {
    if (MADE.has(recording.policy) && recording.announcement === undefined) {
      warn([...path, 'announcement'], `the policy "${recording.policy}" records calls, but nothing says how a recording is announced: add announcement.by (audio, video, chat, invitation, agenda, signage)`);
    }
    if ((recording.policy === 'always' || recording.policy === 'some-meetings') && recording.keptFor === undefined && facts.retention === undefined) {
      warn([...path, 'keptFor'], 'meetings are recorded, but nothing says how long recordings are kept: add keptFor (days and/or summary) or retention');
    }
  }
  if (facts.clientData !== undefined && facts.retention === undefined) {
    warn(['retention'], `the meeting app keeps ${facts.clientData.keeps.join(', ')}, but nothing says how long anything is kept: add retention (summary and/or days)`);
  }
  const keptDays = [facts.retention?.days, ...recordings.map(([r]) => r.keptFor?.days)].filter((d): d is number => d !== undefined && d > 0);
  if (facts.dataUsedOnlyDuringCall === true && (keptDays.length > 0 || recordings.some(([r]) => r.policy === 'always'))) {
    warn(['dataUsedOnlyDuringCall'], 'says data is used only during the call, but the notice also keeps something after it (recordings or a retention period): is that sentence still true?');
  }
  if (knownClients) {
    const known = new Set(knownClients);
    facts.platforms.forEach((p, i) => {
      if (p.client !== undefined && !known.has(p.client)) {
        warn(['platforms', i, 'client'], `"${p.client}" is not a meeting client Meeting Guard knows, so it will not watch or clean up for it (meeting-guard catalogue lists the ids it knows)`);
      }
    });
  }
  return warnings;
}
