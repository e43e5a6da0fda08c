import type { OsName } from '../platform/platform.js';
import type { ClientEntry, RecorderEntry } from '../calls/catalogue-schema.js';
import type { ClientCatalogueEntry, DataLocation } from '../cleanup/catalogue/types.js';
import { productWords } from '../i18n/product-words.js';
import { aliasId, allProcessNames, allProducts, displayName, productsWithRole, textIn } from './index.js';
import type { Product } from './schema.js';

/** Both UI languages' names, for `catalogue --json` and for screens that look a name up by id. */
const names = (p: Product) => ({ 'en-GB': displayName(p, 'en-GB'), cy: displayName(p, 'cy') });
const aliases = (p: Product) => [...new Set(p.aliases.map(aliasId))];

/** A meeting client or browser as call detection reads it (the `catalogue --json` entry). */
export function clientEntry(p: Product): ClientEntry {
  return {
    id: p.id,
    name: displayName(p),
    kind: p.role === 'browser' ? 'browser' : 'app',
    processes: p.processes,
    bundleIds: p.bundleIds,
    packageFamilies: p.packageFamilies,
    inCallProcesses: p.inCall,
    audioStreamNames: p.audioStreamNames,
    recordingFolders: p.recordingFolders,
    sources: p.sources,
    names: names(p),
    aliases: aliases(p),
  };
}

export function recorderEntry(p: Product): RecorderEntry {
  return {
    id: p.id,
    name: displayName(p),
    category: p.category ?? 'screen-recorder',
    processes: p.processes,
    bundleIds: p.bundleIds,
    ambiguous: p.mayBeIdle,
    argRules: p.argRules,
    sources: p.sources,
    names: names(p),
    aliases: aliases(p),
  };
}

export const builtInClientEntries = () => [...productsWithRole('meeting-client'), ...productsWithRole('browser')].map(clientEntry);
export const builtInRecorderEntries = () => productsWithRole('recorder').map(recorderEntry);

/** A product with cleanup locations, as the cleanup code reads it (English words; screens translate by id). */
function cleanupEntry(p: Product): ClientCatalogueEntry {
  const cleanup = p.cleanup!;
  return {
    id: p.id,
    name: displayName(p),
    processes: { windows: allProcessNames(p, 'windows'), macos: allProcessNames(p, 'macos'), linux: allProcessNames(p, 'linux') },
    locations: cleanup.locations as DataLocation[],
    vendorAction: textIn(cleanup.vendorAction, 'en-GB'),
    ...(cleanup.limits ? { limits: textIn(cleanup.limits, 'en-GB') } : {}),
  };
}

/**
 * Meetings joined in a browser keep their data in the browser profile, mixed with every other site's: deleting
 * profile files would sign the person out of everything. So this entry lists no locations and says what to do in
 * the browser instead; its id `browser` stands for every browser product.
 */
export const WEB_MEETINGS_ID = 'browser';
export const webMeetingsAdvice = {
  vendorAction: {
    'en-GB':
      'In the browser: Settings > Privacy > Clear browsing data, or site settings for teams.microsoft.com, zoom.us, webex.com > Delete data. A private window keeps nothing after it closes.',
    cy: 'Yn y porwr: Gosodiadau > Preifatrwydd > Clirio data pori, neu osodiadau’r wefan ar gyfer teams.microsoft.com, zoom.us, webex.com > Dileu data. Nid yw ffenestr breifat yn cadw dim ar ôl iddi gau.',
  },
  limits: {
    'en-GB': 'Meeting Guard does not touch browser profiles: they hold every other site\'s data too.',
    cy: 'Nid yw Meeting Guard yn cyffwrdd â phroffiliau porwr: maen nhw’n dal data pob gwefan arall hefyd.',
  },
};

function webMeetingsEntry(): ClientCatalogueEntry {
  return {
    id: WEB_MEETINGS_ID,
    name: productWords('en-GB').webMeetings,
    processes: { windows: [], macos: [], linux: [] },
    locations: [],
    vendorAction: webMeetingsAdvice.vendorAction['en-GB'],
    limits: webMeetingsAdvice.limits['en-GB'],
  };
}

let cleanupList: readonly ClientCatalogueEntry[] | undefined;

/** The clients cleanup knows: every product with cleanup locations, then meetings in a browser. */
export function cleanupCatalogue(): readonly ClientCatalogueEntry[] {
  cleanupList ??= [...allProducts().filter((p) => p.cleanup).map(cleanupEntry), webMeetingsEntry()];
  return cleanupList;
}

export function cleanupLocationsFor(client: ClientCatalogueEntry, os: OsName): DataLocation[] {
  return client.locations.filter((l) => l.os === os);
}
