/**
 * Data of the product's own (the products, the built-in call catalogue) is checked against its schema with zod, which
 * also fills in its defaults. The result is the same at every start of one build, so the CLI's build computes it once
 * and carries it as JSON: checking 200 products again at every command's start cost more than the rest of
 * `catalogue --json`. The CLI's bundles replace this module with one answering from that data (scripts/build.mjs,
 * carryCheckedData). Run from the sources (tests, the app) there is none, and the data is checked on first use.
 */
declare const __MEETING_GUARD_CHECKED_AT_BUILD__: Record<string, string> | undefined;

export type CheckedAtBuild = 'products' | 'catalogue';

export function checkedAtBuild<T>(name: CheckedAtBuild): T | undefined {
  const json = typeof __MEETING_GUARD_CHECKED_AT_BUILD__ === 'undefined' ? undefined : __MEETING_GUARD_CHECKED_AT_BUILD__[name];
  return json === undefined ? undefined : (JSON.parse(json) as T);
}
