import { z } from 'zod';
import type { Finding } from '../decide.js';
import { forEachLine } from '../../input/lines.js';

/**
 * `profiles status -type enrollment` (unprivileged), macOS 10.13.4 and later, prints "Key: Value" lines:
 *   Enrolled via DEP: Yes
 *   MDM enrollment: Yes (User Approved)                 (a plain "Yes" when enrolled but not user approved)
 *   MDM server: https://mdm.example.com/mdm/server     (omitted when not enrolled)
 * macOS 10.13.0 to 10.13.3 printed one sentence instead, "An enrollment profile is currently installed on this
 * system" or "There is no enrollment profile installed on this system" (see test/fixtures/device/macos/README.md).
 * Any other value is not understood and reads as unknown, as Chromium's parser does.
 */
export const PROFILES_SOURCE = 'profiles status -type enrollment';
const SIGNAL = 'MDM enrolment (profiles)';

const fieldsSchema = z.object({
  'MDM enrollment': z.enum(['Yes', 'Yes (User Approved)', 'No'], {
    error: (issue) => (issue.input === undefined ? 'the "MDM enrollment" line is missing' : `"MDM enrollment" has an unexpected value "${String(issue.input)}"`),
  }),
  'Enrolled via DEP': z.enum(['Yes', 'No']).optional(),
  'MDM server': z.string().optional(),
});

export function parseProfilesStatus(text: string): Record<string, string> {
  const fields: Record<string, string> = {};
  forEachLine(text, (raw) => {
    // Split at the first colon and trim, rather than one regular expression whose lazy groups backtrack over long
    // runs of spaces (a line of 2 MB took 40 s).
    const colon = raw.indexOf(':');
    const key = raw.slice(0, Math.max(0, colon)).trim();
    if (colon > 0 && /^[A-Za-z][A-Za-z ]*$/.test(key)) fields[key] = raw.slice(colon + 1).trim();
  });
  return fields;
}

/** The vendor behind an MDM server address, for a sentence a person recognises. */
export function mdmVendor(serverUrl: string | undefined): string {
  const host = hostOf(serverUrl);
  if (!host) return 'MDM';
  const known: [RegExp, string][] = [
    [/(^|\.)manage\.microsoft\.com$/, 'Intune'],
    [/(^|\.)jamfcloud\.com$/, 'Jamf Pro'],
    [/(^|\.)kandji\.io$/, 'Kandji'],
    [/(^|\.)mosyle\.com$/, 'Mosyle'],
    [/(^|\.)(awmdm|airwatch)\.com$/, 'Workspace ONE'],
    [/(^|\.)addigy\.com$/, 'Addigy'],
    [/(^|\.)simplemdm\.com$/, 'SimpleMDM'],
    [/(^|\.)fleetdm\.com$/, 'Fleet'],
  ];
  return known.find(([pattern]) => pattern.test(host))?.[1] ?? host;
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

const LEGACY_ENROLLED = 'An enrollment profile is currently installed on this system';
const LEGACY_NOT_ENROLLED = 'There is no enrollment profile installed on this system';

/** The 10.13.0–10.13.3 sentence, if the output is one. */
function legacyAnswer(text: string): boolean | undefined {
  let first = '';
  forEachLine(text, (line) => (line.trim() === '' ? undefined : ((first = line.trim().replace(/\.$/, '')), false)));
  if (first === LEGACY_ENROLLED) return true;
  if (first === LEGACY_NOT_ENROLLED) return false;
  return undefined;
}

export function judgeProfilesStatus(text: string): Finding {
  const legacy = legacyAnswer(text);
  if (legacy !== undefined) {
    const detail = `${legacy ? LEGACY_ENROLLED : LEGACY_NOT_ENROLLED} (macOS 10.13.0–10.13.3 wording: no server or approval shown)`;
    if (!legacy) return { evidence: { signal: SIGNAL, source: PROFILES_SOURCE, weight: 'decisive', status: 'negative', detail } };
    return { evidence: { signal: SIGNAL, source: PROFILES_SOURCE, weight: 'decisive', status: 'positive', detail }, phrase: 'enrolled in your organisation’s MDM', managedBy: 'MDM' };
  }
  const parsed = fieldsSchema.safeParse(parseProfilesStatus(text));
  if (!parsed.success) {
    return {
      evidence: { signal: SIGNAL, source: PROFILES_SOURCE, weight: 'decisive', status: 'unavailable', detail: `profiles could not be read: ${parsed.error.issues[0]?.message ?? 'unexpected output'}` },
    };
  }
  const fields = parsed.data;
  const enrolled = fields['MDM enrollment'] !== 'No';
  const dep = fields['Enrolled via DEP'] === 'Yes';
  const approved = fields['MDM enrollment'] === 'Yes (User Approved)';
  const detail = `MDM enrollment: ${fields['MDM enrollment']}; enrolled via DEP: ${fields['Enrolled via DEP'] ?? 'not shown'}${fields['MDM server'] ? `; server ${hostOf(fields['MDM server']) ?? fields['MDM server']}` : ''}`;
  if (!enrolled) {
    return { evidence: { signal: SIGNAL, source: PROFILES_SOURCE, weight: 'decisive', status: 'negative', detail } };
  }
  const vendor = mdmVendor(fields['MDM server']);
  const how = dep ? ' through Automated Device Enrollment' : '';
  return {
    evidence: { signal: SIGNAL, source: PROFILES_SOURCE, weight: 'decisive', status: 'positive', detail },
    phrase: `enrolled in ${vendor === 'MDM' ? 'your organisation’s MDM' : vendor}${how}${approved || dep ? '' : ' (not user approved, so some settings cannot be enforced)'}`,
    managedBy: vendor,
  };
}
