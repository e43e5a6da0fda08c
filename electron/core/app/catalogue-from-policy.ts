import type { CatalogueOverridesInput } from '../calls/catalogue-schema.js';
import type { Settings } from '../policy/policy-schema.js';

type CatalogueSettings = Pick<Settings, 'extraMeetingClients' | 'ignoredMeetingClients' | 'extraRecorders' | 'ignoredRecorders'>;

/**
 * IT names extra programs by process name in policy; the catalogue wants whole entries. Each name becomes an entry
 * of its own on every OS (a name IT typed is matched the same way as built-in ones: no case, no `.exe`).
 */
export function catalogueOverridesFromPolicy(settings: CatalogueSettings): CatalogueOverridesInput {
  const entry = (kind: string, processName: string) => ({
    id: `policy-${kind}-${processName.toLowerCase().replace(/\.exe$/, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'unnamed'}`,
    name: processName.replace(/\.exe$/i, ''),
    processes: { windows: [processName], macos: [processName], linux: [processName] },
    sources: [`your organisation's policy (${kind === 'client' ? 'extraMeetingClients' : 'extraRecorders'})`],
  });
  return {
    addClients: settings.extraMeetingClients.map((n) => entry('client', n)),
    addRecorders: settings.extraRecorders.map((n) => ({ ...entry('recorder', n), category: 'screen-recorder' as const })),
    ignore: [...settings.ignoredMeetingClients, ...settings.ignoredRecorders],
  };
}
