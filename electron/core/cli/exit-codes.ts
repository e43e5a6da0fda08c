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

/** What each exit code means for one command, in its own words. Usage (2) and internal error (4) apply to all. */
export type ExitCodeMeanings = Readonly<Partial<Record<ExitCode, string>>>;

const EVERY_COMMAND: ExitCodeMeanings = { [ExitCode.usage]: 'usage error', [ExitCode.internal]: 'internal error' };

/** Every code a command can end with, in order: the ones it states and the two every command shares. */
export function exitCodesOf(meanings: ExitCodeMeanings): [ExitCode, string][] {
  const all = { ...EVERY_COMMAND, ...meanings };
  return (Object.keys(all).map(Number) as ExitCode[]).sort((a, b) => a - b).map((code) => [code, all[code] as string]);
}

/** The line each command's --help ends with. */
export function exitCodesLine(meanings: ExitCodeMeanings): string {
  return `Exit codes: ${exitCodesOf(meanings).map(([code, meaning]) => `${code} ${meaning}`).join(', ')}.`;
}
