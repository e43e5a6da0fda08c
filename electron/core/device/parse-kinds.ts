import type { OsName } from '../platform/platform.js';
import { decide, type Finding } from './decide.js';
import type { DeviceStatus } from './types.js';
import { judgeDsregcmd } from './windows/dsregcmd.js';
import { judgeRegEnrollments } from './windows/reg-enrollments.js';
import { judgeProfilesStatus } from './macos/profiles-status.js';
import { judgeRealmList } from './linux/realm-list.js';
import { judgeSssdConf } from './linux/sssd-conf.js';
import { judgeLandscape } from './linux/landscape.js';
import { readOutput, unreadableFinding } from './read-output.js';
import { tooLarge } from '../input/read-text.js';
import { parseKindSchema, type ParseKind } from './parse-kind-names.js';

/** The outputs an IT helpdesk can paste into `meeting-guard device --parse KIND`, each judged as the live probe would. */
const judges = {
  dsregcmd: { os: 'windows', what: 'the dsregcmd output', judge: judgeDsregcmd },
  'reg-enrollments': { os: 'windows', what: 'the reg query output', judge: judgeRegEnrollments },
  'profiles-status': { os: 'macos', what: 'the profiles output', judge: judgeProfilesStatus },
  'realm-list': { os: 'linux', what: 'the realm list output', judge: judgeRealmList },
  'sssd-conf': { os: 'linux', what: 'the pasted sssd.conf', judge: (text: string) => judgeSssdConf(text, 'pasted sssd.conf') },
  'landscape-conf': { os: 'linux', what: 'the pasted client.conf', judge: (text: string) => judgeLandscape(text, undefined, 'pasted client.conf') },
} satisfies Record<ParseKind, { os: OsName; what: string; judge: (text: string) => Finding }>;

export { parseKindSchema, type ParseKind };

/** Judges a pasted output, given as the bytes of a file or as text; the encoding found is named in the evidence. */
export function judgePasted(kind: ParseKind, input: string | Uint8Array): DeviceStatus {
  const { os, what, judge } = judges[kind];
  return decide(os as OsName, [readOutput(input, what, judge, `pasted ${kind}`)]);
}

/** The verdict for a pasted output over the size limit, which is never read: `size` when known (a file), else "more than". */
export function judgeUnreadable(kind: ParseKind, maxBytes: number, size?: number): DeviceStatus {
  const { os, what, judge } = judges[kind];
  return decide(os as OsName, [unreadableFinding(judge, tooLarge(what, size, maxBytes), `pasted ${kind}`)]);
}
