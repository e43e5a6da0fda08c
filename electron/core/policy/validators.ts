import { z } from 'zod';
import { nonEmptyLine, text } from './setting-kinds.js';

/**
 * Validators for the values IT types that need more than a type check. Each failure message says what to write
 * instead, because it is shown to the person who deployed the policy.
 */

/** A help or contact link: only https: and mailto:, re-serialised so the shell opens exactly what was checked. */
export const helpLink = () => text(2048).transform((value, ctx) => {
  const trimmed = value.trim();
  if (trimmed === '') return '';
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    ctx.addIssue({ code: 'custom', message: `"${trimmed.slice(0, 80)}" is not a link; write https://… or mailto:…` });
    return z.NEVER;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'mailto:') {
    ctx.addIssue({ code: 'custom', message: `links must start with https: or mailto:, not ${url.protocol}` });
    return z.NEVER;
  }
  if (url.protocol === 'https:' && (url.username || url.password)) {
    ctx.addIssue({ code: 'custom', message: 'links must not contain a user name or password' });
    return z.NEVER;
  }
  return url.href;
});

const WINDOWS_ABSOLUTE = /^[a-z]:\\/i;
const UNC = /^\\\\[^\\]+\\[^\\]+/;

/** A notice file: an absolute path on the OS the policy is for (a policy file may be checked on another OS). */
export const absolutePath = () => nonEmptyLine(1024).refine((p) => p.startsWith('/') || WINDOWS_ABSOLUTE.test(p) || UNC.test(p), {
  error: 'must be an absolute path such as /etc/meeting-guard/notice.md or C:\\ProgramData\\MeetingGuard\\notice.md',
});

/**
 * An extra folder or file to clear, relative to the user's home folder. Anything that could leave the home folder
 * (an absolute path, a drive, "..", "~") is refused: clearing runs with the user's rights over their own data only.
 */
export const homeRelativePath = () => nonEmptyLine(512).transform((value, ctx) => {
  const path = value.replace(/\\/g, '/');
  const reject = (message: string) => {
    ctx.addIssue({ code: 'custom', message: `"${value}" ${message}` });
    return z.NEVER;
  };
  if (path.startsWith('/') || /^[a-z]:/i.test(path)) return reject('must be relative to the home folder, e.g. "Documents/Zoom"');
  if (path.startsWith('~')) return reject('must be written without "~/": it is already relative to the home folder');
  if (/[%$]/.test(path)) return reject('must not contain environment variables such as %APPDATA% or $HOME');
  const parts = path.split('/').filter((part) => part !== '' && part !== '.');
  if (parts.includes('..')) return reject('must stay inside the home folder (no "..")');
  if (parts.length === 0) return reject('names the home folder itself; name a folder inside it');
  return parts.join('/');
});

/** A process name (as in the process list) or a catalogue id, never a path: paths differ per laptop. */
export const processName = () => nonEmptyLine(260).refine((s) => !/[/\\]/.test(s), {
  error: 'must be a process name such as "obs64.exe", not a path',
});

/** A meeting-client id from the cleanup catalogue, e.g. "zoom" or "teams". */
export const clientId = () => nonEmptyLine(64)
  .transform((s) => s.toLowerCase())
  .refine((s) => /^[a-z0-9][a-z0-9-]*$/.test(s), { error: 'must be a client id such as "zoom", "teams", "webex" or "slack"' });
