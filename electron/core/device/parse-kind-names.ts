import { z } from 'zod';

/**
 * The outputs an IT helpdesk can paste into `meeting-guard device --parse KIND`. The names alone, apart from the
 * judges (parse-kinds.ts, which holds one judge for each of these): checking the arguments of `device` builds none of
 * the three OSes' judges, which a plain `device` never runs.
 */
export const PARSE_KINDS = ['dsregcmd', 'reg-enrollments', 'profiles-status', 'realm-list', 'sssd-conf', 'landscape-conf'] as const;
export type ParseKind = (typeof PARSE_KINDS)[number];

export const parseKindSchema = z.enum(PARSE_KINDS, {
  error: (issue) => `unknown kind "${String(issue.input)}"; expected one of ${PARSE_KINDS.join(', ')}`,
});
