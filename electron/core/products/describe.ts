import { joinList, resolveUiLanguage, translator, fill } from '../i18n/translate.js';
import { productWords } from '../i18n/product-words.js';
import type { Findings } from '../cleanup/findings.js';
import { allProducts, displayName, findProduct } from './index.js';
import type { ProductLocation } from './schema.js';
import { WEB_MEETINGS_ID, webMeetingsAdvice } from './catalogue-views.js';

/**
 * Plain words for what a data location holds, made from the product's name, the kind of place and what it holds:
 * "Zoom logs: IP addresses and names of participants". Ids never reach a person; this is what they read instead.
 */
export function describeLocation(locationId: string, language: string | undefined = 'en-GB'): string {
  const ui = resolveUiLanguage(language);
  const words = productWords(ui);
  const productId = locationId.split('.')[0] ?? '';
  const product = findProduct(productId);
  const name = product ? displayName(product, ui) : productId === 'browser' ? words.webMeetings : words.unknownClient;
  const location = product?.cleanup?.locations.find((l) => l.id === locationId);
  if (!location) return fill(words.extraLocation, { product: name });
  return locationWords(name, location, ui);
}

export function locationWords(productName: string, location: Pick<ProductLocation, 'what' | 'install' | 'holds'>, language: string | undefined = 'en-GB'): string {
  const ui = resolveUiLanguage(language);
  const words = productWords(ui);
  const holds = joinList(translator(ui), location.holds.map((h) => words.holds[h]), 'list.and');
  const template = location.install ? words.locationInstall : words.location;
  return fill(template, { product: productName, what: words.what[location.what], holds, ...(location.install ? { install: words.install[location.install] } : {}) });
}

/** "3 e-mail addresses, 12 IP addresses, 5 names and 2 device addresses (MAC)", or that nothing was found. */
export function describeFindings(findings: Findings, language: string | undefined = 'en-GB'): string {
  const ui = resolveUiLanguage(language);
  const words = productWords(ui);
  const count = (n: number, key: 'emails' | 'ips' | 'names' | 'macs') => (n === 1 ? words.foundOne[key] : fill(words.found[key], { count: n }));
  const parts: string[] = [];
  if (findings.emails.count > 0) parts.push(count(findings.emails.count, 'emails'));
  const ips = findings.ipv4.count + findings.ipv6.count;
  if (ips > 0) parts.push(count(ips, 'ips'));
  if (findings.accountNames.count > 0) parts.push(count(findings.accountNames.count, 'names'));
  if (findings.macAddresses.count > 0) parts.push(count(findings.macAddresses.count, 'macs'));
  return parts.length > 0 ? joinList(translator(ui), parts, 'list.and') : words.found.nothing;
}

/**
 * A product's name in the person's language, given the English name events carry (recorder sightings keep the
 * catalogue's `name`); a name no product has (one IT added) stays as it is.
 */
export function inLanguage(englishName: string, language: string | undefined): string {
  const product = allProducts().find((p) => displayName(p, 'en-GB') === englishName);
  return product ? displayName(product, language) : englishName;
}

/** The display name for a client or recorder id as events carry it; a name IT added through policy stays as typed. */
export function nameForId(id: string, language: string | undefined = 'en-GB', known: readonly { id: string; name: string }[] = []): string {
  const product = findProduct(id);
  if (product) return displayName(product, language);
  if (id === 'browser') return productWords(resolveUiLanguage(language)).webMeetings;
  const fromCatalogue = known.find((k) => k.id === id);
  if (fromCatalogue) return fromCatalogue.name;
  // Entries made from policy's process names (app/catalogue-from-policy.ts): the name IT typed is the best there is.
  const fromPolicy = /^policy-(?:client|recorder)-(.+)$/.exec(id);
  if (fromPolicy?.[1]) return fromPolicy[1];
  return productWords(resolveUiLanguage(language)).unknownClient;
}

/** What the vendor offers and what Meeting Guard cannot clear, in the person's language; undefined when unknown. */
export function cleanupAdvice(clientId: string, language: string | undefined = 'en-GB'): { vendorAction?: string; limits?: string } {
  const ui = resolveUiLanguage(language);
  const advice = clientId === WEB_MEETINGS_ID ? webMeetingsAdvice : findProduct(clientId)?.cleanup;
  if (!advice) return {};
  return { vendorAction: advice.vendorAction[ui], ...(advice.limits ? { limits: advice.limits[ui] } : {}) };
}
