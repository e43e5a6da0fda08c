import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { MANIFEST_NAME, readManifest } from '../../cleanup/quarantine-manifest.js';
import type { StateRecorder } from '../../state/state-recorder.js';
import type { UserPreferencesStore } from '../../policy/preferences.js';
import { isSettingKey } from '../../policy/policy-schema.js';
import { keptIdSchema, type KeptId, type KeptView, type Locale } from '../views.js';
import { label } from './labels.js';
import { LinkOnTheWay, removeBelow } from '../../cleanup/held-folder.js';
import { ContractError } from '../errors.js';
import { shortPath } from './cleanup-service.js';
import type { LocaleStore } from './app-service.js';

export interface KeptServiceDeps {
  preferences: UserPreferencesStore;
  localeStore: LocaleStore;
  quarantine: string;
  /** The home the quarantine is in: it is removed from there without following a linked parent; shown as "~". */
  home?: string;
  state: StateRecorder;
  /** The fleet status file the running app writes for IT's reporting tools. */
  statusFile: string;
  locale: () => Promise<Locale>;
}


const isFile = (path: string) => stat(path).then((s) => s.isFile(), () => false);

/** When a file was last written and how big it is, for the person to see beside it. */
const fileFacts = (path: string) =>
  stat(path).then(
    (s) => (s.isFile() ? { updatedAt: s.mtime.toISOString(), sizeBytes: s.size } : {}),
    () => ({}),
  );

/** The language's own name in the window's language: never the tag ("cy") itself. */
const LANGUAGE_NAMES: Record<Locale, Record<Locale, string>> = {
  'en-GB': { 'en-GB': 'English', cy: 'Welsh (Cymraeg)' },
  cy: { 'en-GB': 'Saesneg (English)', cy: 'Cymraeg' },
};

/** The quarantine's batches: the newest clearing and the day the last of them is deleted for good. */
async function quarantineFacts(folder: string): Promise<{ updatedAt?: string; expiresAt?: string }> {
  const names = await readdir(folder).catch(() => [] as string[]);
  const manifests = await Promise.all(names.map((name) => readManifest(join(folder, name, MANIFEST_NAME)).catch(() => undefined)));
  const known = manifests.filter((m) => m !== undefined);
  if (known.length === 0) return {};
  const latest = (values: string[]) => values.sort().at(-1);
  return { updatedAt: latest(known.map((m) => m.createdAt)), expiresAt: latest(known.map((m) => m.expiresAt)) };
}

/**
 * "What Meeting Guard keeps": the user's own settings, the state file (when the notice was last confirmed and data
 * last cleared), the fleet status file and the cleanup quarantine. Policy is IT's and is not the user's to clear.
 */
export function createKeptService(deps: KeptServiceDeps) {
  const list = async (): Promise<KeptView> => {
    const locale = await deps.locale();
    const items: KeptView['items'] = [];
    const preferences = Object.keys(await deps.preferences.all());
    if (preferences.length > 0) {
      items.push({
        id: 'preferences',
        label: label(locale, 'keptPreferences'),
        detail: label(locale, preferences.length === 1 ? 'keptPreferencesDetailOne' : 'keptPreferencesDetail', { count: preferences.length }),
        location: deps.preferences.location,
        ...(await fileFacts(deps.preferences.location)),
      });
    }
    const chosen = await deps.localeStore.get();
    if (chosen) {
      items.push({ id: 'language', label: label(locale, 'keptLanguage'), detail: label(locale, 'keptLanguageDetail', { language: LANGUAGE_NAMES[locale][chosen] }), location: deps.localeStore.location, ...(await fileFacts(deps.localeStore.location)) });
    }
    if (await isFile(deps.state.file)) {
      items.push({ id: 'state', label: label(locale, 'keptState'), detail: label(locale, 'keptStateDetail'), location: deps.state.file, ...(await fileFacts(deps.state.file)) });
    }
    if (await isFile(deps.statusFile)) {
      items.push({ id: 'status', label: label(locale, 'keptStatus'), detail: label(locale, 'keptStatusDetail'), location: deps.statusFile, ...(await fileFacts(deps.statusFile)) });
    }
    const batches = await readdir(deps.quarantine).catch(() => [] as string[]);
    if (batches.length > 0 && (await stat(deps.quarantine)).isDirectory()) {
      items.push({ id: 'quarantine', label: label(locale, 'keptQuarantine'), detail: label(locale, 'keptQuarantineDetail'), location: deps.quarantine, ...(await quarantineFacts(deps.quarantine)) });
    }
    // People know their home folder as "~"; the full path would also show the account name to anyone looking on.
    return { items: deps.home ? items.map((item) => ({ ...item, location: shortPath(item.location, deps.home as string) })) : items };
  };
  /** One way to clear each kept thing; clearing everything is all of them, in this order. */
  const clearers: Record<KeptId, () => Promise<void>> = {
    preferences: async () => {
      for (const key of Object.keys(await deps.preferences.all())) {
        if (isSettingKey(key)) await deps.preferences.delete(key);
      }
    },
    language: () => deps.localeStore.clear(),
    quarantine: async () => {
      if (!deps.home) return rm(deps.quarantine, { recursive: true, force: true });
      await removeBelow(deps.home, deps.quarantine).catch((error: unknown) => {
        if (!(error instanceof LinkOnTheWay)) throw error;
        throw new ContractError('not-allowed', `${error.path} is a link, so the quarantine was left in place (Meeting Guard never follows a link when removing).`);
      });
    },
    state: () => deps.state.forget(),
    // Removed now; while the app runs it writes a fresh one (the detail text says so).
    status: () => rm(deps.statusFile, { force: true }),
  };
  return {
    list,
    async clear(): Promise<KeptView> {
      for (const id of keptIdSchema.options) await clearers[id]();
      return list();
    },
    /** Clears one kept thing; the others stay as they are. */
    async clearItem(id: KeptId): Promise<KeptView> {
      await clearers[id]();
      return list();
    },
  };
}
