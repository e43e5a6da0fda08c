/**
 * How large each kind of outside input may be. Each is far above any real one (a `dsregcmd /status` is about 5 KB,
 * `reg query … /s` of a busy Enrollments key a few hundred KB), so reaching a limit means the wrong file or an
 * attack, and the input is refused with a message instead of being held in memory and parsed.
 */
export const INPUT_LIMITS = {
  /** A command's output, pasted or read live (`device --parse`, the probes). */
  commandOutput: 4 * 1024 * 1024,
  /** A configuration file read by a probe (sssd.conf, client.conf). */
  configFile: 1024 * 1024,
  /** A policy file (JSON, plist, mobileconfig, .reg). */
  policyFile: 4 * 1024 * 1024,
} as const;
