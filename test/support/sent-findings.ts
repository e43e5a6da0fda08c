import { findingKinds, type Findings, type SentFindings } from '../../electron/core/cleanup/findings.js';

/**
 * A file's findings in the form a scanning thread's answer gives them (job-answer.ts `entriesOf`): the kinds with
 * nothing found left out. The tests' statement of that form, which entriesOf builds from numbers without it.
 */
export function sentFindings(findings: Findings): SentFindings {
  const sent: SentFindings = {};
  for (const kind of findingKinds) if (findings[kind].count > 0 || findings[kind].previews.length > 0) sent[kind] = findings[kind];
  return sent;
}
