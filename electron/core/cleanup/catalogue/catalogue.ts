import type { OsName } from '../../platform/platform.js';
import type { ClientCatalogueEntry, ClientId, DataLocation } from './types.js';
import { zoomClient } from './zoom.js';
import { teamsClient } from './teams.js';
import { slackClient, webexClient } from './webex-slack.js';
import { browserClient } from './browser.js';

export const clientCatalogue: readonly ClientCatalogueEntry[] = [zoomClient, teamsClient, webexClient, slackClient, browserClient];

export const clientIds: readonly ClientId[] = clientCatalogue.map((c) => c.id);

export function findClient(id: string): ClientCatalogueEntry | undefined {
  const wanted = id.toLowerCase();
  return clientCatalogue.find((c) => c.id === wanted || c.name.toLowerCase() === wanted);
}

export function locationsFor(client: ClientCatalogueEntry, os: OsName): DataLocation[] {
  return client.locations.filter((l) => l.os === os);
}
