import type { LocationInput } from './schema.js';

/** What a meeting app's own data folder holds: the sign-in, who the person met and named, their meetings. */
export const APP_DATA = ['login-email', 'display-names', 'meeting-history', 'sign-in-tokens'] as const;
/** What meeting apps' logs hold (the peers and servers of each call, the signed-in account). */
export const APP_LOGS = ['ip-addresses', 'display-names', 'login-email'] as const;

type Options = Partial<Pick<LocationInput, 'install' | 'keep' | 'note' | 'kind' | 'base' | 'clear'>>;

/**
 * One location of a client, written the way the product files list them: `<product>.<os>.<key>`, a folder below the
 * home unless said otherwise, cleared by a normal clear, signing the person out when it holds the sign-in.
 */
export function location(
  product: string,
  os: LocationInput['os'],
  key: string,
  path: string,
  what: LocationInput['what'],
  holds: readonly LocationInput['holds'][number][],
  source: string,
  options: Options = {},
): LocationInput {
  return {
    id: `${product}.${os}.${key}`,
    os,
    base: options.base ?? 'home',
    path,
    kind: options.kind ?? 'folder',
    what,
    holds: [...holds],
    clear: options.clear ?? 'clear',
    signsOut: holds.includes('sign-in-tokens'),
    source,
    ...(options.install ? { install: options.install } : {}),
    ...(options.keep ? { keep: options.keep } : {}),
    ...(options.note ? { note: options.note } : {}),
  };
}
