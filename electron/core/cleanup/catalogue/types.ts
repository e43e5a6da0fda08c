import type { OsName } from '../../platform/platform.js';
import type { z } from 'zod';
import type { personalDataSchema, ProductLocation } from '../../products/schema.js';

/** A product id with cleanup locations (products/), or `browser` for meetings in a web browser. */
export type ClientId = string;

/** What a location may hold that the privacy notices name (login e-mail, names, IP addresses) and what else. */
export type PersonalData = z.infer<typeof personalDataSchema>;

/**
 * How clearing treats a location:
 * - `clear`: moved to quarantine by a normal clear;
 * - `consent`: the user's own files (recordings): only with a separate, explicit choice, never by default;
 * - `never`: shared with other apps or the OS (WAM, Keychain), or the person's own messages and their keys (Element): listed so people know why it stays, never touched.
 */
export type ClearRule = ProductLocation['clear'];

/** Where a path starts. Windows folders are derived from the home folder so `--home` works for any user. */
export type PathBase = ProductLocation['base'];

/** One place a client keeps data (defined in its product file; policy's extra paths have the same shape). */
export interface DataLocation {
  id: string;
  os: OsName;
  base: PathBase;
  /** Relative to `base`, `/`-separated; `*` stands for a name that varies. */
  path: string;
  kind: 'folder' | 'file';
  /** Kind of place and install: with `holds`, these make its plain description (products/describe.ts). */
  what?: ProductLocation['what'];
  install?: ProductLocation['install'];
  holds: readonly PersonalData[];
  clear: ClearRule;
  /** Clearing this location ends the sign-in: the user has to sign in again. */
  signsOut: boolean;
  /** Paths inside a folder that clearing leaves in place (custom backgrounds, settings people chose). */
  keep?: readonly string[];
  note?: string;
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
