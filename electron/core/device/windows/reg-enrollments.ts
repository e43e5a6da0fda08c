import { keyLeaf, parseRegQuery, valueOf, type RegistryKey } from '../../registry/reg-query.js';
import type { Finding } from '../decide.js';

/**
 * MDM enrolments live one subkey each under HKLM\SOFTWARE\Microsoft\Enrollments\<GUID>. The key also holds
 * bookkeeping subkeys, so only a subkey with a ProviderID and EnrollmentState 1 (enrolled) counts, as public Intune
 * scripts and Fleet do. Input: `reg query HKLM\SOFTWARE\Microsoft\Enrollments /s`.
 */
export const ENROLLMENTS_KEY = 'HKLM\\SOFTWARE\\Microsoft\\Enrollments';
export const ENROLLMENTS_SOURCE = `reg query ${ENROLLMENTS_KEY} /s`;
const SIGNAL = 'MDM enrolment (registry)';

// Graph's enrollmentState values, as Fleet maps them.
const STATES: Record<number, string> = { 0: 'unknown', 1: 'enrolled', 2: 'pending reset', 3: 'failed', 4: 'not contacted', 5: 'blocked' };

export interface Enrollment {
  id: string;
  providerId: string;
  state: number | undefined;
}

export function listEnrollments(keys: readonly RegistryKey[]): Enrollment[] {
  const prefix = /\\SOFTWARE\\Microsoft\\Enrollments\\([^\\]+)$/i;
  return keys.flatMap((key) => {
    if (!prefix.test(key.path)) return [];
    const provider = valueOf(key, 'ProviderID');
    if (!provider || typeof provider.data !== 'string' || provider.data.trim() === '') return [];
    const state = valueOf(key, 'EnrollmentState');
    return [{ id: keyLeaf(key.path), providerId: provider.data.trim(), state: typeof state?.data === 'number' ? state.data : undefined }];
  });
}

export function mdmName(providerId: string): string {
  if (providerId === 'MS DM Server') return 'Intune';
  return providerId;
}

export function judgeRegEnrollments(text: string): Finding {
  const { keys, problems } = parseRegQuery(text);
  if (keys.length === 0 && problems.length > 0) {
    const first = problems[0];
    return unavailableFinding(`the registry output could not be read (line ${first?.line}: ${first?.reason})`);
  }
  const enrollments = listEnrollments(keys);
  // Output cut short at the key limit cannot show that no enrolment exists further on.
  const cut = problems.find((p) => p.reason.includes('the rest of the output is not read'));
  if (cut && !enrollments.some((e) => e.state === 1)) return unavailableFinding(`the registry output is too long to read whole (line ${cut.line}: ${cut.reason})`);
  return judgeEnrollments(enrollments);
}

export function judgeEnrollments(enrollments: readonly Enrollment[]): Finding {
  const enrolled = enrollments.filter((e) => e.state === 1);
  const describe = (e: Enrollment) => `${e.providerId}: ${e.state === undefined ? 'no state' : (STATES[e.state] ?? `state ${e.state}`)}`;
  const detail = enrollments.length === 0 ? 'no MDM enrolment found' : enrollments.map(describe).join('; ');
  if (enrolled.length > 0) {
    const names = [...new Set(enrolled.map((e) => mdmName(e.providerId)))];
    return {
      evidence: { signal: SIGNAL, source: ENROLLMENTS_SOURCE, weight: 'decisive', status: 'positive', detail },
      phrase: `enrolled in ${names.join(' and ')}`,
      managedBy: names.join(', '),
    };
  }
  return {
    evidence: { signal: SIGNAL, source: ENROLLMENTS_SOURCE, weight: 'decisive', status: 'negative', detail },
    ...(enrollments.length > 0 ? { note: `An MDM enrolment exists but is not active (${enrollments.map(describe).join('; ')}).` } : {}),
  };
}

export function unavailableFinding(reason: string): Finding {
  return { evidence: { signal: SIGNAL, source: ENROLLMENTS_SOURCE, weight: 'decisive', status: 'unavailable', detail: reason } };
}
