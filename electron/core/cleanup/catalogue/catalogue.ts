import type { OsName } from '../../platform/platform.js';
import type { ClientCatalogueEntry, ClientId, DataLocation } from './types.js';
import { cleanupCatalogue, cleanupLocationsFor } from '../../products/catalogue-views.js';
import { findProduct } from '../../products/index.js';

/** The cleanup catalogue is a view of the product definitions (products/); nothing about a client is written here. */
export const clientCatalogue: readonly ClientCatalogueEntry[] = cleanupCatalogue();

export const clientIds: readonly ClientId[] = clientCatalogue.map((c) => c.id);

/** A client by id, former id (`teams-classic` is Teams) or display name, case ignored. */
export function findClient(id: string): ClientCatalogueEntry | undefined {
  const wanted = id.trim().toLowerCase();
  const direct = clientCatalogue.find((c) => c.id === wanted || c.name.toLowerCase() === wanted);
  if (direct) return direct;
  const product = findProduct(wanted);
  if (product?.role === 'browser') return clientCatalogue.find((c) => c.id === 'browser');
  return product ? clientCatalogue.find((c) => c.id === product.id) : undefined;
}

export function locationsFor(client: ClientCatalogueEntry, os: OsName): DataLocation[] {
  return cleanupLocationsFor(client, os);
}
