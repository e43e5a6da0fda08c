/**
 * Exit codes are part of the interface IT scripts against: never renumber them.
 * 0 all good · 1 the check found a problem · 2 usage error · 3 could not check · 4 internal error.
 */
export const ExitCode = {
  ok: 0,
  finding: 1,
  usage: 2,
  cannotCheck: 3,
  internal: 4,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
