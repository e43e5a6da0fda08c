import type { OsName } from '../../platform/platform.js';

export type ClientId = 'zoom' | 'teams' | 'webex' | 'slack' | 'browser';

/** What a location may hold that the privacy notices name (login e-mail, names, IP addresses) and what else. */
export type PersonalData =
  | 'login-email'
  | 'display-names'
  | 'contacts'
  | 'meeting-history'
  | 'chat-messages'
  | 'ip-addresses'
  | 'dns-cache'
  | 'sign-in-tokens'
  | 'settings'
  | 'recordings';

/**
 * How clearing treats a location:
 * - `clear`: moved to quarantine by a normal clear;
 * - `consent`: the user's own files (recordings): only with a separate, explicit choice, never by default;
 * - `never`: shared with other apps or the OS (WAM, Keychain): listed so people know why it stays, never touched.
 */
export type ClearRule = 'clear' | 'consent' | 'never';

/** Where a path starts. Windows folders are derived from the home folder so `--home` works for any user. */
export type PathBase = 'home' | 'appData' | 'localAppData';

export interface DataLocation {
  /** Stable id used in JSON output and by policy (`zoom.linux.data`). */
  id: string;
  os: OsName;
  base: PathBase;
  /** Relative to `base`, `/`-separated. Only the last segment may hold `*` (vendor folders carry variable suffixes). */
  path: string;
  kind: 'folder' | 'file';
  holds: readonly PersonalData[];
  clear: ClearRule;
  /** Clearing this location ends the sign-in: the user has to sign in again. */
  signsOut: boolean;
  /** Paths inside a folder that clearing leaves in place (custom backgrounds, settings people chose). */
  keep?: readonly string[];
  note?: string;
  /** Where the path and its contents are documented; tags are explained in docs/cleanup.md. */
  source: string;
}

export interface ClientCatalogueEntry {
  id: ClientId;
  name: string;
  /** Process names per OS, including helpers; a trailing `*` matches a prefix. Matched case-insensitively. */
  processes: Readonly<Record<OsName, readonly string[]>>;
  locations: readonly DataLocation[];
  /** What the vendor itself offers; shown next to the result because it is the better first step. */
  vendorAction: string;
  /** What Meeting Guard cannot clear for this client, said plainly. */
  limits?: string;
}
