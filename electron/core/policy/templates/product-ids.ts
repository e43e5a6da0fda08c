import type { Localised, ProductIdList, SettingDefinition } from '../setting-kinds.js';
import { aliasId, allProducts, displayName } from '../../products/index.js';
import { cleanupCatalogue, WEB_MEETINGS_ID } from '../../products/catalogue-views.js';
import { productWords } from '../../i18n/product-words.js';
import type { Product } from '../../products/schema.js';

/**
 * The ids a product-naming setting accepts, read from the product definitions: the templates list them, so adding a
 * product (or renaming one and keeping its former id) changes every template and the drift test
 * (test/unit/policy/templates.test.ts) asks for `npm run policy:generate`.
 */
export interface IdEntry {
  id: string;
  names: Localised;
  /**
   * current: the product's id. former: an earlier id, still accepted in deployed policy files, meaning the product(s)
   * named. browser: a browser's id, which cleanup takes as meetings in a browser (`browser`).
   */
  kind: 'current' | 'former' | 'browser';
}

const names = (product: Product): Localised => ({ en: displayName(product, 'en-GB'), cy: displayName(product, 'cy') });

function productsFor(list: ProductIdList): Product[] {
  const all = allProducts();
  if (list === 'recorders') return all.filter((p) => p.role === 'recorder');
  if (list === 'meeting-clients') return all.filter((p) => p.role === 'meeting-client' || p.role === 'browser');
  const ids = new Set(cleanupCatalogue().map((c) => c.id));
  return all.filter((p) => ids.has(p.id));
}

export function productIdEntries(list: ProductIdList): IdEntry[] {
  const products = productsFor(list);
  const entries: IdEntry[] = products.map((p) => ({ id: p.id, names: names(p), kind: 'current' }));
  const browserEntries: IdEntry[] = [];
  if (list === 'cleanup-clients') {
    const web = { en: productWords('en-GB').webMeetings, cy: productWords('cy').webMeetings };
    entries.push({ id: WEB_MEETINGS_ID, names: web, kind: 'current' });
    // cleanup/catalogue findClient: any browser's id or former id stands for meetings in a browser.
    for (const b of allProducts().filter((p) => p.role === 'browser')) {
      for (const id of [b.id, ...b.aliases.map(aliasId)]) if (!browserEntries.some((e) => e.id === id)) browserEntries.push({ id, names: web, kind: 'browser' });
    }
  }
  // A former id shared by several products (browser-other) is listed once, naming each of them.
  const former = new Map<string, Product[]>();
  for (const p of products) for (const alias of p.aliases) former.set(aliasId(alias), [...(former.get(aliasId(alias)) ?? []), p]);
  for (const [id, owners] of former) {
    entries.push({ id, names: { en: owners.map((p) => displayName(p, 'en-GB')).join(', '), cy: owners.map((p) => displayName(p, 'cy')).join(', ') }, kind: 'former' });
  }
  return [...entries, ...browserEntries];
}

const WORDS: Record<keyof Localised, Record<IdEntry['kind'], string>> = {
  en: { current: 'Ids', former: 'Former ids, still accepted', browser: 'A browser\'s id means browser' },
  cy: { current: 'Idau', former: 'Idau blaenorol, a dderbynnir o hyd', browser: 'Mae id porwr yn golygu browser' },
};

/** "Ids: zoom (Zoom), teams (Microsoft Teams), …. Former ids, still accepted: teams-classic (Microsoft Teams)." */
export function idsSentence(list: ProductIdList, language: keyof Localised): string {
  const entries = productIdEntries(list);
  const show = (e: IdEntry) => (e.kind === 'browser' ? e.id : `${e.id} (${e.names[language]})`);
  return (['current', 'former', 'browser'] as const)
    .map((kind) => ({ kind, ids: entries.filter((e) => e.kind === kind).map(show) }))
    .filter((group) => group.ids.length > 0)
    .map((group) => `${WORDS[language][group.kind]}: ${group.ids.join(', ')}.`)
    .join(' ');
}

/** The setting's description, followed by the ids it accepts when it names products. */
export function describedSetting(d: SettingDefinition, language: keyof Localised): string {
  return d.names ? `${d.description[language]} ${idsSentence(d.names, language)}` : d.description[language];
}
