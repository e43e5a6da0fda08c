import { z } from 'zod';
import type { Finding } from '../decide.js';

/**
 * `profiles status -type enrollment` (unprivileged) prints "Key: Value" lines:
 *   Enrolled via DEP: Yes
 *   MDM enrollment: Yes (User Approved)
 *   MDM server: https://mdm.example.com/mdm/server     (omitted when not enrolled)
 * macOS 10.13.4 added "(User Approved)"; earlier releases print a plain "Yes". Any other value is not understood
 * and reads as unknown, as Chromium's parser does (chrome/browser/enterprise, "profiles status" parsing).
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
  for (const raw of text.split(/\r?\n/)) {
    const match = /^\s*([A-Za-z][A-Za-z ]*?)\s*:\s*(.*?)\s*$/.exec(raw);
    if (match?.[1]) fields[match[1]] = match[2] ?? '';
  }
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

export function judgeProfilesStatus(text: string): Finding {
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
