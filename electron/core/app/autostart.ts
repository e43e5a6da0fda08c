import type { OsName } from '../platform/platform.js';

/**
 * The flag every login entry passes: the Linux /etc/xdg/autostart entry, the macOS LaunchAgent, the Windows
 * installer's Run value and the login item the app registers itself. A start without it is a person's own.
 */
export const AUTOSTART_FLAG = '--autostart';

/** True when this launch came from a login entry rather than from the person. */
export function startedAtLogin(argv: readonly string[]): boolean {
  return argv.includes(AUTOSTART_FLAG);
}

/**
 * Whether this launch should go on: a login entry cannot be removed by the app on every OS (the installers own
 * them), so a start from one when `startAtLogin` is false ends at once. A person starting the app always gets it.
 */
export function startDecision(argv: readonly string[], startAtLogin: boolean): 'start' | 'quit' {
  return startedAtLogin(argv) && !startAtLogin ? 'quit' : 'start';
}

/**
 * The login item the app keeps for the user on Windows and macOS (Electron's setLoginItemSettings). On Linux the
 * package's /etc/xdg/autostart entry is the only one, so there is nothing to set: undefined.
 */
export function loginItemSettings(os: OsName, startAtLogin: boolean): { openAtLogin: boolean; args: string[] } | undefined {
  if (os === 'linux') return undefined;
  return { openAtLogin: startAtLogin, args: [AUTOSTART_FLAG] };
}
