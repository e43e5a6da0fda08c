import type { PolicySource } from './policy-source.js';
import { PreferencesError, type UserPreferencesStore } from './preferences.js';
import { entriesOf } from './merge.js';
import { resolve, type PolicyProblem, type RawLayer, type Resolution } from './resolve.js';

/** One full read: the OS's policy stores and the user's preferences, resolved. Never throws for bad input. */
export async function readSettings(source: PolicySource, preferences: UserPreferencesStore): Promise<Resolution> {
  const [readout, prefs] = await Promise.all([source.read(), readPreferences(preferences)]);
  return resolve(
    { 'machine-policy': readout.machine, 'user-policy': readout.user, 'user-preference': prefs.layer },
    [...readout.problems, ...prefs.problems],
  );
}

async function readPreferences(store: UserPreferencesStore): Promise<{ layer: RawLayer; problems: PolicyProblem[] }> {
  try {
    return { layer: entriesOf(await store.all(), store.location), problems: [] };
  } catch (error) {
    if (!(error instanceof PreferencesError)) throw error;
    return { layer: {}, problems: [{ layer: 'user-preference', origin: store.location, message: error.message }] };
  }
}
