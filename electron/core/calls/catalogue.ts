import type { z } from 'zod';
import {
  catalogueOverridesSchema,
  catalogueSchema,
  type Catalogue,
  type CatalogueOverridesInput,
} from './catalogue-schema.js';
import { builtInClientEntries, builtInRecorderEntries } from '../products/catalogue-views.js';
import { aliasTargets } from '../products/index.js';
import { checkedAtBuild } from '../util/checked-at-build.js';

/** Bumped whenever an entry changes, so a fleet report can say which catalogue a laptop used. */
export const CATALOGUE_VERSION = '2026.12.2';

/**
 * The built-in catalogues, validated: a mistake in the data fails here (and in the tests, and in the CLI's build), not
 * at a user's desk.
 */
export function builtInCatalogue(): Catalogue {
  return checkedAtBuild<Catalogue>('catalogue') ?? catalogueSchema.parse({ version: CATALOGUE_VERSION, clients: builtInClientEntries(), recorders: builtInRecorderEntries() });
}

export class CatalogueError extends Error {}

const OVERRIDE_LISTS = new Set(['addClients', 'addRecorders', 'ignore']);

/** Overrides the schema would take as adding and ignoring nothing: only its three lists, each empty. */
function addsNothing(overrides: unknown): boolean {
  if (typeof overrides !== 'object' || overrides === null || Object.getPrototypeOf(overrides) !== Object.prototype) return false;
  return Object.entries(overrides).every(([key, value]) => OVERRIDE_LISTS.has(key) && Array.isArray(value) && value.length === 0);
}

/**
 * Applies IT's additions and ignores. An added entry with the id of a built-in one replaces it (so IT can correct a
 * name without waiting for a release); an ignored id or process name drops the entry or that name.
 */
export function effectiveCatalogue(overrides: CatalogueOverridesInput | unknown = {}, base: Catalogue = builtInCatalogue()): Catalogue {
  // Nothing added or ignored (most fleets, every start without policy): the built-in entries as they are, without
  // building the overrides' 14 schemas to learn that three empty lists are three empty lists.
  if (addsNothing(overrides)) return { version: base.version, clients: [...base.clients], recorders: [...base.recorders] };
  const parsed = catalogueOverridesSchema.safeParse(overrides);
  if (!parsed.success) throw new CatalogueError(`catalogue policy: ${describeIssue(parsed.error)}`);
  const { addClients, addRecorders, ignore } = parsed.data;
  // No additions and nothing ignored (most fleets, every start without policy): the built-in entries as they are.
  if (addClients.length === 0 && addRecorders.length === 0 && ignore.length === 0) return { version: base.version, clients: [...base.clients], recorders: [...base.recorders] };
  const ignored = new Set(ignore.map(normaliseName));
  // A former id stands for its product, or (teams-classic) for the process names of one install of it.
  const ignoredIds = new Set(ignored);
  for (const name of ignore) {
    for (const target of aliasTargets(name)) {
      if (!target.processes) ignoredIds.add(target.product.id);
      else for (const names of Object.values(target.processes)) for (const n of names ?? []) ignored.add(normaliseName(n));
    }
  }
  // An added entry with a built-in id, or a former id of one product as a whole, replaces that entry.
  const replaces = (added: { id: string }, e: { id: string }) => added.id === e.id || aliasTargets(added.id).some((t) => !t.processes && t.product.id === e.id);
  const replace = <T extends { id: string }>(list: T[], added: T[]) => [
    ...list.filter((e) => !added.some((a) => replaces(a, e))),
    ...added,
  ];
  const keep = <T extends { id: string; processes: Record<string, string[] | undefined> }>(entry: T): T | undefined => {
    if (ignoredIds.has(normaliseName(entry.id))) return undefined;
    const processes = Object.fromEntries(
      Object.entries(entry.processes).map(([os, names]) => [os, names?.filter((n) => !ignored.has(normaliseName(n)))]),
    );
    return { ...entry, processes };
  };
  return {
    version: base.version,
    clients: replace(base.clients, addClients).flatMap((e) => keep(e) ?? []),
    recorders: replace(base.recorders, addRecorders).flatMap((e) => keep(e) ?? []),
  };
}

/** Process names compare without case and without `.exe`: Windows is case-insensitive and tools differ on the suffix. */
export function normaliseName(name: string): string {
  return name.trim().toLowerCase().replace(/\.exe$/, '');
}

/** True when `bundleId` equals a pattern or starts with a pattern ending in `*`. */
export function bundleIdMatches(pattern: string, bundleId: string): boolean {
  const p = pattern.toLowerCase();
  const b = bundleId.toLowerCase();
  return p.endsWith('*') ? b.startsWith(p.slice(0, -1)) : b === p;
}

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const where = issue.path.length ? issue.path.join('.') : 'value';
  return `${where}: ${issue.message}`;
}
