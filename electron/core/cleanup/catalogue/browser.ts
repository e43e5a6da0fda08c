import type { ClientCatalogueEntry } from './types.js';

/**
 * Meetings joined in a browser (Teams, Zoom, Webex on the web) keep their data in the browser profile, mixed with
 * every other site's: deleting profile files would sign the user out of everything and lose unrelated data. So the
 * catalogue lists no locations and the result says what to do in the browser instead.
 */
export const browserClient: ClientCatalogueEntry = {
  id: 'browser',
  name: 'Meetings in a web browser',
  processes: { windows: [], macos: [], linux: [] },
  locations: [],
  vendorAction:
    'In the browser: Settings > Privacy > Clear browsing data, or site settings for teams.microsoft.com, zoom.us, webex.com > Delete data. ' +
    'A private window keeps nothing after it closes.',
  limits: 'Meeting Guard does not touch browser profiles: they hold every other site\'s data too.',
};
