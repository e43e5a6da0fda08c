import { isSettingKey } from './policy-schema.js';
import { unknownKeyMessage, validateValue, type InputLayerName, type LayerEntry, type PolicyProblem, type RawLayer } from './resolve.js';

/**
 * Merges the pieces of one layer (Linux policy files in name order, HKLM values and subkeys) so that a later piece
 * wins key by key. Each value is checked before it may replace an earlier one: a bad value in a later file reports a
 * problem and leaves the earlier file's good value standing.
 */
export function mergePieces(layer: InputLayerName, pieces: readonly RawLayer[], problems: PolicyProblem[]): RawLayer {
  const merged: Record<string, LayerEntry> = Object.create(null) as Record<string, LayerEntry>;
  for (const piece of pieces) {
    for (const [key, entry] of Object.entries(piece)) {
      if (!isSettingKey(key)) {
        problems.push({ layer, origin: entry.origin, setting: key, message: unknownKeyMessage(key) });
        continue;
      }
      const checked = validateValue(key, entry.value);
      if (!checked.ok) {
        problems.push({ layer, origin: entry.origin, setting: key, message: checked.message });
        continue;
      }
      merged[key] = { value: checked.value, origin: entry.origin };
    }
  }
  return merged;
}

/** Turns a parsed JSON object or plist dictionary into entries that all name the same origin. */
export function entriesOf(object: Readonly<Record<string, unknown>>, origin: string): RawLayer {
  // No prototype: a key "__proto__" stays a key (reported as not a setting) instead of vanishing into the prototype.
  const layer: Record<string, LayerEntry> = Object.create(null) as Record<string, LayerEntry>;
  for (const [key, value] of Object.entries(object)) layer[key] = { value, origin };
  return layer;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date) && !Buffer.isBuffer(value);
}
