import { z } from 'zod';
import type { OsName } from '../platform/platform.js';
import { decide, type Finding } from './decide.js';
import type { DeviceStatus } from './types.js';
import { judgeDsregcmd } from './windows/dsregcmd.js';
import { judgeRegEnrollments } from './windows/reg-enrollments.js';
import { judgeProfilesStatus } from './macos/profiles-status.js';
import { judgeRealmList } from './linux/realm-list.js';
import { judgeSssdConf } from './linux/sssd-conf.js';
import { judgeLandscape } from './linux/landscape.js';

/** The outputs an IT helpdesk can paste into `meeting-guard device --parse KIND`, each judged as the live probe would. */
const judges = {
  dsregcmd: { os: 'windows', judge: judgeDsregcmd },
  'reg-enrollments': { os: 'windows', judge: judgeRegEnrollments },
  'profiles-status': { os: 'macos', judge: judgeProfilesStatus },
  'realm-list': { os: 'linux', judge: judgeRealmList },
  'sssd-conf': { os: 'linux', judge: (text: string) => judgeSssdConf(text, 'pasted sssd.conf') },
  'landscape-conf': { os: 'linux', judge: (text: string) => judgeLandscape(text, undefined, 'pasted client.conf') },
} satisfies Record<string, { os: OsName; judge: (text: string) => Finding }>;

export const parseKindSchema = z.enum(Object.keys(judges) as [keyof typeof judges, ...(keyof typeof judges)[]], {
  error: (issue) => `unknown kind "${String(issue.input)}"; expected one of ${Object.keys(judges).join(', ')}`,
});
export type ParseKind = z.infer<typeof parseKindSchema>;

export function judgePasted(kind: ParseKind, text: string): DeviceStatus {
  const { os, judge } = judges[kind];
  return decide(os as OsName, [judge(text)]);
}
