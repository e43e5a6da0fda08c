import type { OsName } from '../platform/platform.js';
import type { PerOsNames } from '../calls/catalogue-schema.js';
import { resolveUiLanguage } from '../i18n/translate.js';
import type { Product, Text } from './schema.js';
import { checkProducts } from './check-products.js';
import { checkedAtBuild } from '../util/checked-at-build.js';

/**
 * Every product Meeting Guard knows, checked against the schema once, on first use. The catalogues of call detection
 * (calls/catalogue.ts) and of cleanup (cleanup/catalogue/catalogue.ts), policy ids, display names and the docs tables
 * are all views of this list.
 */
let checked: readonly Product[] | undefined;

export function allProducts(): readonly Product[] {
  // The CLI's bundles carry the list as checked when they were built.
  checked ??= checkedAtBuild<readonly Product[]>('products') ?? checkProducts();
  return checked;
}

export const productsWithRole = (role: Product['role']) => allProducts().filter((p) => p.role === role);

export const aliasId = (alias: Product['aliases'][number]) => (typeof alias === 'string' ? alias : alias.id);

/** The product with this id or a former id (case ignored). A former id shared by several products gives the first. */
export function findProduct(idOrAlias: string): Product | undefined {
  const wanted = idOrAlias.trim().toLowerCase();
  const all = allProducts();
  return all.find((p) => p.id === wanted) ?? all.find((p) => p.aliases.some((a) => aliasId(a) === wanted));
}

/**
 * What a former id stands for: whole products, or only some process names of one (`teams-classic` is the classic
 * install of Microsoft Teams). Used where policy names something to ignore.
 */
export function aliasTargets(alias: string): Array<{ product: Product; processes?: PerOsNames }> {
  const wanted = alias.trim().toLowerCase();
  return allProducts().flatMap((product) =>
    product.aliases.flatMap((a) => (aliasId(a) !== wanted ? [] : typeof a === 'string' ? [{ product }] : [{ product, processes: a.processes }])),
  );
}

export function textIn(text: string | Text, language: string | undefined): string {
  return typeof text === 'string' ? text : text[resolveUiLanguage(language)];
}

/** The name a person sees, in their language. */
export function displayName(product: Product, language: string | undefined = 'en-GB'): string {
  return textIn(product.name, language);
}

/** Every process name of a product on one OS: main, helpers and in-call ones (what cleanup waits for). */
export function allProcessNames(product: Product, os: OsName): string[] {
  return [...new Set([...(product.processes[os] ?? []), ...(product.helpers[os] ?? []), ...(product.inCall[os] ?? [])])];
}
